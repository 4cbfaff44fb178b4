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
			code, stdout, stderr := runCLI(append([]string{"kiem-tra"}, c.args...)...)
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
	code, stdout, _ := runCLI("kiem-tra", "-json", "testdata/bad/truong-la.yaml")
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
		if code, _, stderr := runCLI("tao", "ke_hoach", "-he-thong", system, "-o", out); code != 0 {
			t.Fatalf("new: exit %d %s", code, stderr)
		}
		// What "tao" writes builds as it is.
		if code, _, stderr := runCLI("dung", out, "-o", filepath.Join(dir, system+".pdf")); code != 0 {
			t.Errorf("the %s starter does not build: %s", system, stderr)
		}
		if code, _, stderr := runCLI("tao", "ke_hoach", "-he-thong", system, "-o", out); code != 1 || !strings.Contains(stderr, "đã có") {
			t.Errorf("new over an existing file: exit %d %s", code, stderr)
		}
	}
	if code, _, stderr := runCLI("tao", "bao_gia"); code != 1 || !strings.Contains(stderr, "chưa có tệp khởi đầu cho loại “bao_gia”") || !strings.Contains(stderr, "ke_hoach") {
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
	code, stdout, _ := runCLI("mau", "-mau", dir)
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

// TestCheckProgress: a unit's progress file is checked against the plan and the units of
// its progress folder (the theo-doi.yaml above it).
func TestCheckProgress(t *testing.T) {
	code, stdout, _ := runCLI("kiem-tra", "../../data/tien-do/2024-10/huyen-uy-ba-thuoc.yaml")
	if code != 0 || !strings.Contains(stdout, "huyen-uy-ba-thuoc.yaml:8:11: cảnh báo: gửi muộn 7 ngày") {
		t.Errorf("late file: exit %d\n%s", code, stdout)
	}
	// A copy of the folder with a mistyped task id.
	dir := t.TempDir()
	copyTree(t, "../../data/tien-do", filepath.Join(dir, "data", "tien-do"))
	plan, err := os.ReadFile("../../data/ke-hoach-81-kl-tw.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "data", "ke-hoach-81-kl-tw.yaml"), plan, 0o644); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, "data", "tien-do", "2024-11", "huyen-uy-tho-xuan.yaml")
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, []byte(strings.Replace(string(src), "ma: II.1.a", "ma: II.1.x", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runCLI("kiem-tra", f)
	if code != 1 || !strings.Contains(stdout, "lỗi: kế hoạch không có nhiệm vụ mã “II.1.x”") || !strings.Contains(stdout, "“II.1.a”") {
		t.Errorf("mistyped task: exit %d\n%s", code, stdout)
	}
	lone := filepath.Join(dir, "le.yaml")
	if err := os.WriteFile(lone, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ = runCLI("kiem-tra", lone); code != 1 || !strings.Contains(stdout, "không tìm thấy theo-doi.yaml") {
		t.Errorf("file outside a progress folder: exit %d\n%s", code, stdout)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReportWarnings: the folder's warnings of the period are printed (October: Bá Thước
// sent late), not those of other periods (November).
func TestReportWarnings(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		period string
		late   bool
	}{{"2024-10", true}, {"2024-11", false}} {
		code, _, stderr := runCLI("bao-cao", "-theo-doi", "../../data/tien-do/theo-doi.yaml", "-ky", c.period, "-o", filepath.Join(dir, c.period+".md"))
		if code != 0 || strings.Contains(stderr, "huyen-uy-ba-thuoc.yaml:8:11: cảnh báo: gửi muộn 7 ngày") != c.late {
			t.Errorf("%s: exit %d, stderr %q; want the late warning %v", c.period, code, stderr, c.late)
		}
	}
}
