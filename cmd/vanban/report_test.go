package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "bao-cao.md")
	var out, errs bytes.Buffer
	t.Setenv("SOURCE_DATE_EPOCH", "1733097600") // 2024-12-02
	if code := run([]string{"bao-cao", "-theo-doi", "../../data/tien-do/theo-doi.yaml", "-ky", "2024-11", "-don-vi", "huyen-uy-nga-son", "-o", md}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(b); !strings.Contains(s, `ngay: "2024-12-02"`) || !strings.Contains(s, "của Huyện ủy Nga Sơn tháng 11 năm 2024") {
		t.Errorf("report Markdown:\n%.600s", s)
	}
	pdf := filepath.Join(dir, "bao-cao.pdf")
	if code := run([]string{"bao-cao", "-theo-doi", "../../data/tien-do/theo-doi.yaml", "-ky", "2024-11", "-o", pdf}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if b, _ := os.ReadFile(pdf); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("not a PDF")
	}
	errs.Reset()
	if code := run([]string{"bao-cao", "-ky", "2024-11"}, &out, &errs); code != 2 || !strings.Contains(errs.String(), "-theo-doi") {
		t.Errorf("missing -theo-doi: exit %d, %s", code, errs.String())
	}
	errs.Reset()
	if code := run([]string{"bao-cao", "-theo-doi", "../../data/tien-do/theo-doi.yaml", "-ky", "2024-11", "-don-vi", "khong-co", "-o", md}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "khong-co") {
		t.Errorf("unknown unit: exit %d, %s", code, errs.String())
	}
}

// TestReportStages: bao-cao honours -giai-doan as dung does: what a stage makes goes to the
// standard output; an unknown stage is a wrong call.
func TestReportStages(t *testing.T) {
	book := "../../data/tien-do/theo-doi.yaml"
	for _, c := range []struct{ stage, want string }{
		{"md", "loai: bao_cao"},
		{"mo-hinh", "H2 "},
		{"bo-cuc", "trang 1"},
	} {
		code, stdout, stderr := runCLI("bao-cao", "-theo-doi", book, "-ky", "2024-11", "-giai-doan", c.stage)
		if code != 0 || !strings.Contains(stdout, c.want) {
			t.Errorf("-giai-doan %s: exit %d, stderr %q, output lacks %q", c.stage, code, stderr, c.want)
		}
	}
	if code, _, stderr := runCLI("bao-cao", "-theo-doi", book, "-ky", "2024-11", "-giai-doan", "x"); code != 2 || !strings.Contains(stderr, "không có giai đoạn “x”") {
		t.Errorf("unknown stage: exit %d, %q", code, stderr)
	}
}
