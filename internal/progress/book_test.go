package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
)

// writeFiles writes files (name → text) under a new temporary folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func abs(t *testing.T, path string) string {
	t.Helper()
	a, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOpenProblems: what Open says of a theo-doi.yaml, a plan and a registry that do not
// fit. Positions in the seed plan: line 176 is `          chu_tri: ["Văn phòng Tỉnh ủy"]`,
// the name's opening quote at column 21.
func TestOpenProblems(t *testing.T) {
	seed := abs(t, "../../data/ke-hoach-81-kl-tw.yaml")
	registry := read(t, exampleRegistry)
	small := read(t, "testdata/ke-hoach-nho.yaml")
	smallReg := abs(t, "testdata/don-vi-nho.yaml")
	config := func(plan, reg, extra string) string {
		return "ke_hoach: " + plan + "\ndon_vi: " + reg + "\n" + extra
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		file  string // the file the finding is in, relative to the folder ("" = the seed plan)
		line  int
		col   int
		sev   diag.Severity
		msg   string
		hint  string
	}{
		{"a plan's unit missing from the registry (old tone mark placement)", map[string]string{
			"theo-doi.yaml": config(seed, "r.yaml", "bat_dau: \"2024-07\"\nhan_gui: 5\n"),
			"r.yaml":        strings.Replace(registry, `ten: "Văn phòng Tỉnh ủy"`, `ten: "Văn phòng Tỉnh uỷ"`, 1),
		}, "", 176, 21, diag.Error, "“Văn phòng Tỉnh ủy” không có trong danh sách đơn vị", "có phải ý bạn là “Văn phòng Tỉnh uỷ”?"},
		{"no han_gui", map[string]string{
			"theo-doi.yaml": config(seed, abs(t, exampleRegistry), "bat_dau: \"2024-07\"\n"),
		}, "theo-doi.yaml", 1, 1, diag.Error, "thiếu trường “han_gui”", "han_gui: 5"},
		{"negative han_gui", map[string]string{
			"theo-doi.yaml": config(seed, abs(t, exampleRegistry), "bat_dau: \"2024-07\"\nhan_gui: -1\n"),
		}, "theo-doi.yaml", 4, 10, diag.Error, "“han_gui” không được âm", ""},
		{"no bat_dau and the plan has no date", map[string]string{
			"theo-doi.yaml": config(seed, abs(t, exampleRegistry), "han_gui: 5\n"),
		}, "theo-doi.yaml", 1, 1, diag.Error, "thiếu trường “bat_dau”", "2024-07"},
		{"bat_dau misspelt", map[string]string{
			"theo-doi.yaml": config(seed, abs(t, exampleRegistry), "bat_dau: \"7/2024\"\nhan_gui: 5\n"),
		}, "theo-doi.yaml", 3, 10, diag.Error, "kỳ “7/2024” không đúng cách viết: có phải ý bạn là “2024-07”", ""},
		{"ket_thuc before bat_dau", map[string]string{
			"theo-doi.yaml": config(seed, abs(t, exampleRegistry), "bat_dau: \"2024-07\"\nket_thuc: \"2024-06\"\nhan_gui: 5\n"),
		}, "theo-doi.yaml", 4, 11, diag.Error, "kỳ kết thúc (tháng 6 năm 2024) trước kỳ bắt đầu (tháng 7 năm 2024)", ""},
		{"no such plan", map[string]string{
			"theo-doi.yaml": config("khong-co.yaml", abs(t, exampleRegistry), "bat_dau: \"2024-07\"\nhan_gui: 5\n"),
		}, "theo-doi.yaml", 1, 11, diag.Error, "không đọc được kế hoạch", "kiểm tra đường dẫn"},
		{"a deadline that names no day: a warning at the plan's line", map[string]string{
			// The plan's date (15/1/2026) starts the follow-up: no bat_dau needed.
			"theo-doi.yaml": config("ke-hoach.yaml", smallReg, "han_gui: 5\n"),
			"ke-hoach.yaml": strings.Replace(small, `thoi_han: "2026-04-15"`, `thoi_han: "khi có yêu cầu"`, 1),
		}, "ke-hoach.yaml", 15, 109, diag.Warning, "không đọc được thời hạn “khi có yêu cầu” của nhiệm vụ A.2 thành ngày", "Quý II/2026"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, tc.files)
			b, ds := Open(filepath.Join(dir, ConfigFile))
			if len(ds) != 1 {
				t.Fatalf("got %d findings, want 1:\n%v", len(ds), ds)
			}
			d := ds[0]
			file := seed
			if tc.file != "" {
				file = filepath.Join(dir, tc.file)
			}
			if d.File != file || d.Line != tc.line || d.Col != tc.col || d.Severity != tc.sev ||
				!strings.Contains(d.Message, tc.msg) || !strings.Contains(d.Hint, tc.hint) {
				t.Errorf("\ngot  %v\nwant %s:%d:%d: %v: %s (gợi ý: %s)", d, file, tc.line, tc.col, tc.sev, tc.msg, tc.hint)
			}
			if (b == nil) != (tc.sev == diag.Error) {
				t.Errorf("book returned: %v", b != nil)
			}
		})
	}
}

// LoadAll reads period folders only; a folder not named after a period is an error, a stray
// file in a period folder a warning; files at the top are left alone.
func TestLoadAllLayout(t *testing.T) {
	report := func(unit, period, sent string) string {
		return "ke_hoach: ke-hoach-nho\ndon_vi: " + unit + "\nky: \"" + period + "\"\nngay_gui: \"" + sent +
			"\"\nnhiem_vu:\n  - {ma: B.1, trang_thai: dang_thuc_hien, ket_qua: \"Tổng hợp báo cáo.\"}\n"
	}
	dir := writeFiles(t, map[string]string{
		"theo-doi.yaml":             "ke_hoach: " + abs(t, "testdata/ke-hoach-nho.yaml") + "\ndon_vi: " + abs(t, "testdata/don-vi-nho.yaml") + "\nhan_gui: 5\n",
		"ghi-chu.md":                "Ghi chú của văn phòng.",
		"2026-03/van-phong.yaml":    report("van-phong", "2026-03", "2026-04-02"),
		"2026-03/doc-truoc.txt":     "…",
		"2026-quy-1/van-phong.yaml": report("van-phong", "2026-quy-1", "2026-04-03"),
		"thang-4/van-phong.yaml":    report("van-phong", "2026-04", "2026-05-02"),
	})
	b, ds := Open(filepath.Join(dir, ConfigFile))
	if b == nil || len(ds) > 0 {
		t.Fatal(ds)
	}
	subs, ds := b.LoadAll()
	if len(subs) != 2 {
		t.Errorf("%d submissions, want 2 (2026-03 and 2026-quy-1)", len(subs))
	}
	var got []string
	for _, d := range ds {
		got = append(got, strings.TrimPrefix(d.File, dir+string(filepath.Separator))+": "+d.Severity.String()+": "+d.Message)
	}
	want := []string{
		"2026-03/doc-truoc.txt: cảnh báo: bỏ qua “doc-truoc.txt”: không phải tệp tiến độ",
		"thang-4: lỗi: thư mục “thang-4” không phải tên một kỳ (kỳ “thang-4” không đúng dạng — viết " + periodForms + ")",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	march, ds := b.LoadPeriod(Period{Month, 2026, 3})
	if len(march) != 1 || len(ds) != 1 {
		t.Errorf("LoadPeriod(2026-03): %d submissions, findings %v", len(march), ds)
	}
	if none, ds := b.LoadPeriod(Period{Month, 2026, 9}); len(none) != 0 || len(ds) != 0 {
		t.Errorf("LoadPeriod of a period without a folder: %d, %v", len(none), ds)
	}
}
