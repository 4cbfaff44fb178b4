package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const monthlyBook = "../../data/tien-do/theo-doi.yaml"

// TestMonthlyPlain: not a terminal — one plain line per report, a summary, exit 0; the 21
// reports of 2024-11 are in <out>/2024-11/.
func TestMonthlyPlain(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := cmdMonthly([]string{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-song-song", "2"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	// 21 reports and Nga Sơn's công văn đôn đốc, then the summary.
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 23 {
		t.Fatalf("%d lines, want 22 progress lines and a summary:\n%s", len(lines), stderr.String())
	}
	line := regexp.MustCompile(`^\[(\d+)/22\] (bao-cao|don-doc)-[a-z0-9-]+\.pdf: xong$`)
	for i, l := range lines[:22] {
		if m := line.FindStringSubmatch(l); m == nil || m[1] != strconv.Itoa(i+1) {
			t.Errorf("line %d: %q", i+1, l)
		}
	}
	if !strings.Contains(stderr.String(), "[") || strings.Contains(stderr.String(), "\r") {
		t.Error("carriage returns in plain output")
	}
	if s := lines[22]; !strings.Contains(s, "đã dựng 22/22") || !strings.Contains(s, "lỗi 0") {
		t.Errorf("summary %q", s)
	}
	for _, name := range []string{"bao-cao-tong-hop.pdf", "bao-cao-huyen-uy-nga-son.pdf", "don-doc-huyen-uy-nga-son.pdf"} {
		if _, err := os.Stat(filepath.Join(out, "2024-11", name)); err != nil {
			t.Error(err)
		}
	}
}

// TestMonthlyFailure: one report cannot be written (a folder holds its name): exit 1, the
// failure is told with its cause, the 20 others are built.
func TestMonthlyFailure(t *testing.T) {
	// A template folder whose report template fails for one unit only: the other reports
	// are built, the failure is told with its cause, and the run ends with exit 1.
	tmpl := t.TempDir()
	src, err := os.ReadFile("../../templates/bao-cao-tien-do.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(src), "{{ if .don_vi -}}",
		"{{ if and .don_vi (eq .don_vi.ma \"huyen-uy-nga-son\") }}{{ index .don_vi 7 }}{{ end }}{{ if .don_vi -}}", 1)
	if err := os.WriteFile(filepath.Join(tmpl, "bao-cao-tien-do.md.tmpl"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := monthly([]string{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-mau", tmpl}, &stdout, &stderr, true)
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, stderr.String())
	}
	s := stderr.String()
	if !strings.Contains(s, "\r[") {
		t.Error("no progress bar on a terminal")
	}
	if !strings.Contains(s, "lỗi: bao-cao-huyen-uy-nga-son.pdf:") || !strings.Contains(s, "đã dựng 20/21") || !strings.Contains(s, "lỗi 1") {
		t.Errorf("output:\n%s", s)
	}
	entries, _ := os.ReadDir(filepath.Join(out, "2024-11"))
	if len(entries) != 21 { // 20 PDFs and the manifest
		t.Errorf("%d entries in the period folder", len(entries))
	}
}

func TestMonthlyUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-theo-doi", monthlyBook, "-ky", "2024-11"},
		{"-theo-doi", monthlyBook, "-o", "x"},
		{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", "x", "thua"},
		{"-khong-co-co-nay"},
		{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", "x", "-song-song", "-1"},
	} {
		var stdout, stderr bytes.Buffer
		if code := monthly(args, &stdout, &stderr, false); code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := monthly([]string{"-theo-doi", "khong-co/theo-doi.yaml", "-ky", "2024-11", "-o", t.TempDir()}, &stdout, &stderr, false); code != 1 {
		t.Errorf("missing folder: exit %d, want 1", code)
	}
}

// TestMonthlyWithReminders: the command as run builds the reports and a công văn đôn đốc
// for each unit that owes something: in 2024-11 only Huyện ủy Nga Sơn (III.2 overdue 61
// days, November report missing).
func TestMonthlyWithReminders(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := cmdMonthly([]string{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	reminders, _ := filepath.Glob(filepath.Join(out, "2024-11", "don-doc-*.pdf"))
	reports, _ := filepath.Glob(filepath.Join(out, "2024-11", "bao-cao-*.pdf"))
	if len(reminders) != 1 || filepath.Base(reminders[0]) != "don-doc-huyen-uy-nga-son.pdf" || len(reports) != 21 {
		t.Errorf("reminders %v and %d reports, want Nga Sơn's alone and 21", reminders, len(reports))
	}
}
