package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRemindCommand: October 2024 gives three reminders (Hội CCB tỉnh, Nga Sơn, Bá Thước),
// one PDF each in the folder; one unit to a Markdown file; wrong calls exit 2 or 1.
func TestRemindCommand(t *testing.T) {
	dir := t.TempDir()
	book := "../../data/tien-do/theo-doi.yaml"
	var out, errs bytes.Buffer
	t.Setenv("SOURCE_DATE_EPOCH", "1730851200") // 2024-11-06
	folder := filepath.Join(dir, "don-doc")
	if code := cmdRemind([]string{"-theo-doi", book, "-ky", "2024-10", "-o", folder}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	entries, _ := os.ReadDir(folder)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "hoi-cuu-chien-binh-tinh.pdf huyen-uy-ba-thuoc.pdf huyen-uy-nga-son.pdf" {
		t.Errorf("files: %v", names)
	}
	if b, _ := os.ReadFile(filepath.Join(folder, "huyen-uy-nga-son.pdf")); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("not a PDF")
	}
	md := filepath.Join(dir, "nga-son.md")
	// -ngay comes before SOURCE_DATE_EPOCH (06/11/2024, before November's end).
	if code := cmdRemind([]string{"-theo-doi", book, "-ky", "2024-11", "-ngay", "2024-12-06", "-don-vi", "huyen-uy-nga-son", "-o", md}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if b, _ := os.ReadFile(md); !strings.Contains(string(b), `ngay: "2024-12-06"`) || !strings.Contains(string(b), "| III.2 |") {
		t.Errorf("Markdown:\n%s", b)
	}
	out.Reset()
	if code := cmdRemind([]string{"-theo-doi", book, "-ky", "2024-11", "-ngay", "2024-12-06", "-don-vi", "huyen-uy-tho-xuan", "-o", folder}, &out, &errs); code != 0 || !strings.Contains(out.String(), "không có công văn") {
		t.Errorf("nothing owed: exit %d, %s", code, out.String())
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"-ky", "2024-11"}, 2},
		{[]string{"-theo-doi", book, "-ky", "2024-11", "-o", filepath.Join(dir, "x.pdf")}, 2},
		{[]string{"-theo-doi", book, "-ky", "2024-11", "-dinh-dang", "odt", "-o", folder}, 2},
		{[]string{"-theo-doi", book, "-ky", "2024-11", "-don-vi", "khong-co", "-o", folder}, 1},
		{[]string{"-theo-doi", book, "-ky", "thang-13", "-o", folder}, 1},
		{[]string{"-theo-doi", book, "-ky", "2024-11", "-o", folder}, 1}, // 06/11: November is not over
		{[]string{"-theo-doi", book, "-ky", "2024-11", "-ngay", "6/12/2024", "-o", folder}, 2},
		{[]string{"-theo-doi", book, "-ky", "2024-12", "-ngay", "2025-01-06", "-o", folder}, 1}, // no folder
	} {
		errs.Reset()
		if code := cmdRemind(c.args, &out, &errs); code != c.code || errs.Len() == 0 {
			t.Errorf("%v: exit %d, want %d; %s", c.args, code, c.code, errs.String())
		}
	}
}

// TestUnitPlanCommand writes Nga Sơn's skeleton plan, which "vanban check" passes.
func TestUnitPlanCommand(t *testing.T) {
	dir := t.TempDir()
	book := "../../data/tien-do/theo-doi.yaml"
	file := filepath.Join(dir, "ke-hoach-nga-son.yaml")
	var out, errs bytes.Buffer
	if code := cmdUnitPlan([]string{"-theo-doi", book, "-don-vi", "huyen-uy-nga-son", "-o", file}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	out.Reset()
	if code := cmdCheck([]string{file}, &out, &errs); code != 0 || !strings.Contains(out.String(), "0 lỗi, 0 cảnh báo") {
		t.Errorf("check: exit %d, %s", code, out.String())
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"-theo-doi", book}, 2},
		{[]string{"-theo-doi", book, "-don-vi", "huyen-uy-nga-son", "-o", filepath.Join(dir, "x.pdf")}, 2},
		{[]string{"-theo-doi", book, "-don-vi", "khong-co", "-o", file}, 1},
	} {
		errs.Reset()
		if code := cmdUnitPlan(c.args, &out, &errs); code != c.code || errs.Len() == 0 {
			t.Errorf("%v: exit %d, want %d; %s", c.args, code, c.code, errs.String())
		}
	}
}
