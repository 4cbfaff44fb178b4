package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "ke-hoach.md.tmpl")
	if err := os.WriteFile(bad, []byte("Kế hoạch\n{{ .phan }}\n  {{ .thoi_hn }}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		args  []string
		code  int
		wants []string
	}{
		{"examples and starters are clean", []string{"../../data/ke-hoach-ubnd-chuyen-doi-so-2026.yaml", "../../templates/ke-hoach.md.tmpl",
			"../../templates/vi-du/dang/ke-hoach.yaml", "../../templates/vi-du/nha-nuoc/ke-hoach.yaml"}, 0, []string{"4 tệp: 0 lỗi"}},
		{"every file is reported", []string{"testdata/bad/truong-la.yaml", "testdata/bad/ngay-khong-co.yaml", bad}, 1, []string{
			"testdata/bad/truong-la.yaml:10:1: lỗi: trường “luuu” không tồn tại",
			"testdata/bad/ngay-khong-co.yaml:6:7: lỗi: ngày “2026-02-31” không tồn tại",
			bad + ":3:6: lỗi: mẫu dùng trường “thoi_hn” mà dữ liệu không có",
			"3 tệp: 3 lỗi"}},
		{"format rules of the system", []string{"../../internal/rules/testdata/sai/dang-chep-tu-nha-nuoc.yaml"}, 1, []string{
			"dang-chep-tu-nha-nuoc.yaml:6:10: lỗi: ký hiệu “KH-UBND” viết theo kiểu văn bản nhà nước"}},
		{"seed: the one recipient typed with “;”", []string{"../../data/ke-hoach-81-kl-tw.yaml"}, 0, []string{
			"ke-hoach-81-kl-tw.yaml:187:5: cảnh báo: nơi nhận “Ban Cán sự đảng Bộ Tài nguyên và Môi trường;”", "1 tệp: 0 lỗi, 1 cảnh báo"}},
		{"no file", nil, 2, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(append([]string{"check"}, c.args...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, c.code, stdout, stderr)
			}
			for _, w := range c.wants {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
		})
	}
	code, stdout, _ := runCLI("check", "-json", "testdata/bad/truong-la.yaml")
	var got []map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != 1 || len(got) != 1 ||
		got[0]["dong"] != float64(10) || got[0]["muc_do"] != "lỗi" {
		t.Errorf("-json: exit %d, %v, %s", code, err, stdout)
	}
}

func TestNew(t *testing.T) {
	dir := t.TempDir()
	for _, system := range []string{"dang", "nha_nuoc"} {
		out := filepath.Join(dir, system+".yaml")
		if code, _, stderr := runCLI("new", "ke_hoach", "-he-thong", system, "-o", out); code != 0 {
			t.Fatalf("new: exit %d %s", code, stderr)
		}
		// What "new" writes builds as it is.
		if code, _, stderr := runCLI("build", out, "-o", filepath.Join(dir, system+".pdf")); code != 0 {
			t.Errorf("the %s starter does not build: %s", system, stderr)
		}
		if code, _, stderr := runCLI("new", "ke_hoach", "-he-thong", system, "-o", out); code != 1 || !strings.Contains(stderr, "đã có") {
			t.Errorf("new over an existing file: exit %d %s", code, stderr)
		}
	}
	if code, _, stderr := runCLI("new", "bao_gia"); code != 1 || !strings.Contains(stderr, "chưa có tệp khởi đầu cho loại “bao_gia”") || !strings.Contains(stderr, "ke_hoach") {
		t.Errorf("unknown kind: exit %d %s", code, stderr)
	}
}

func TestTemplates(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "partials", "muc.md.tmpl"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCLI("templates", "-mau", dir)
	if code != 0 || !strings.Contains(stdout, "partials/muc.md.tmpl") || !strings.Contains(stdout, dir) ||
		!strings.Contains(stdout, "ke-hoach.md.tmpl                         (có sẵn)") || !strings.Contains(stdout, "hd36, nd30") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

func TestConvert(t *testing.T) {
	want, err := os.ReadFile("../../internal/legacy/testdata/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, in := range []string{"testdata/bad/bang-ma-tcvn3.yaml", "testdata/bad/bang-ma-vni-mo-nham.yaml"} {
		out := filepath.Join(dir, filepath.Base(in))
		code, _, stderr := runCLI("chuyen-ma", in, "-o", out)
		if code != 0 || !strings.Contains(stderr, "sang Unicode") {
			t.Fatalf("%s: exit %d %s", in, code, stderr)
		}
		got, _ := os.ReadFile(out)
		// TCVN3 has no capitals with marks of its own: "Uỷ" comes back as "uỷ".
		if !strings.EqualFold(string(got), string(want)) {
			t.Errorf("%s converted to:\n%s\nwant:\n%s", in, got, want)
		}
	}
	if code, _, stderr := runCLI("chuyen-ma", "../../data/ke-hoach-81-kl-tw.yaml"); code != 1 || !strings.Contains(stderr, "không nhận ra bảng mã cũ") {
		t.Errorf("a Unicode file: exit %d %s", code, stderr)
	}
}
