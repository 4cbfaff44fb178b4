package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"vanban/internal/batch"
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

// copyTracking copies the bundled progress folder and its plan into a temporary folder and
// returns its theo-doi.yaml.
func copyTracking(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, src := range append(mustGlob(t, "../../data/tien-do/*.yaml"), append(mustGlob(t, "../../data/tien-do/20*/*.yaml"), "../../data/ke-hoach-81-kl-tw.yaml")...) {
		rel, _ := filepath.Rel("../../data", src)
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, rel), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "tien-do", "theo-doi.yaml")
}

func mustGlob(t *testing.T, pattern string) []string {
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: %v", pattern, err)
	}
	return files
}

// TestMonthlyBrokenFile is the unattended run of #11: a script runs thang on a folder where
// one value of Bá Thước's November file is mistyped (“cham tien do”). The run exits 1, names
// the file and its line in the summary and in danh-sach.tsv, builds every other document
// (the whole plan's report, 19 units' reports, Nga Sơn's công văn) and neither a report nor
// a công văn of Bá Thước, who is not called “chưa gửi”. -kiem-tra lists the same and writes
// nothing.
func TestMonthlyBrokenFile(t *testing.T) {
	book := copyTracking(t)
	file := filepath.Join(filepath.Dir(book), "2024-11", "huyen-uy-ba-thuoc.yaml")
	src, _ := os.ReadFile(file)
	if err := os.WriteFile(file, []byte(strings.Replace(string(src), "trang_thai: hoan_thanh", "trang_thai: cham tien do", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "ket-qua")
	script := fmt.Sprintf("cd %q && go run ./cmd/vanban thang -theo-doi %q -ky 2024-11 -o %q -ngay 2024-12-06", mustAbs(t, "../.."), book, out)
	cmd := exec.Command("sh", "-c", script)
	log, err := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit %d (%v), want 1:\n%s", code, err, log)
	}
	if !strings.Contains(string(log), "lỗi: 2024-11/huyen-uy-ba-thuoc.yaml: tệp tiến độ") || !strings.Contains(string(log), "huyen-uy-ba-thuoc.yaml:15:17: lỗi: trạng thái “cham tien do”") {
		t.Errorf("the file is not named:\n%s", log)
	}
	if !strings.Contains(string(log), "đã dựng 21/23 văn bản") {
		t.Errorf("summary:\n%s", log)
	}
	dir := filepath.Join(out, "2024-11")
	pdfs := mustGlob(t, filepath.Join(dir, "*.pdf"))
	var names []string
	for _, f := range pdfs {
		names = append(names, filepath.Base(f))
	}
	all := strings.Join(names, " ")
	if len(pdfs) != 21 || strings.Contains(all, "ba-thuoc") || !strings.Contains(all, "don-doc-huyen-uy-nga-son.pdf") || !strings.Contains(all, "bao-cao-tong-hop.pdf") {
		t.Errorf("%d files: %s", len(pdfs), all)
	}
	manifest, _ := os.ReadFile(filepath.Join(dir, "danh-sach.tsv"))
	if !strings.Contains(string(manifest), "2024-11/huyen-uy-ba-thuoc.yaml\tlỗi\thuyen-uy-ba-thuoc\ttien-do\n") ||
		!strings.Contains(string(manifest), "bao-cao-huyen-uy-ba-thuoc.pdf\tlỗi\thuyen-uy-ba-thuoc\tbao-cao\n") {
		t.Errorf("manifest:\n%s", manifest)
	}

	// The dry run: the same list, nothing written.
	dry := filepath.Join(t.TempDir(), "thu")
	var stdout, stderr bytes.Buffer
	if code := monthly([]string{"-theo-doi", book, "-ky", "2024-11", "-o", dry, "-ngay", "2024-12-06", "-kiem-tra"}, &stdout, &stderr, false, batch.ReminderJobs); code != 1 {
		t.Errorf("dry run: exit %d, want 1\n%s%s", code, stdout.String(), stderr.String())
	}
	s := stdout.String()
	if !strings.Contains(s, "2024-11/huyen-uy-ba-thuoc.yaml\tLỖI") || !strings.Contains(s, "don-doc-huyen-uy-nga-son.pdf\tgửi Huyện ủy Nga Sơn") ||
		!strings.Contains(s, "22 văn bản sẽ dựng") || strings.Contains(s, "don-doc-huyen-uy-ba-thuoc") {
		t.Errorf("dry run:\n%s", s)
	}
	if _, err := os.Stat(dry); !os.IsNotExist(err) {
		t.Errorf("the dry run wrote %s", dry)
	}
}

// A period outside the span or without its folder is an error, not reminders to everyone.
func TestMonthlyWrongPeriod(t *testing.T) {
	for _, c := range []struct{ ky, want string }{
		{"2026-01", "nằm ngoài thời gian theo dõi"},
		{"2024-12", "chưa có thư mục của kỳ"},
	} {
		out := t.TempDir()
		var stdout, stderr bytes.Buffer
		if code := monthly([]string{"-theo-doi", monthlyBook, "-ky", c.ky, "-o", out, "-ngay", "2026-02-06"}, &stdout, &stderr, false, batch.ReminderJobs); code != 1 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%s: exit %d, %s", c.ky, code, stderr.String())
		}
		if entries, _ := os.ReadDir(out); len(entries) != 0 {
			t.Errorf("%s: %d entries written", c.ky, len(entries))
		}
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
