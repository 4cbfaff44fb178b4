package tmpl_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"

	"vanban/internal/diag"
	"vanban/internal/markdown"
	"vanban/internal/tmpl"
	"vanban/templates"
)

// planData is a small plan in the shape templates receive: every key the built-in
// templates read is present, as the build package's JSON pass leaves them.
func planData() map[string]any {
	task := func(id, name string) map[string]any {
		return map[string]any{"ma": id, "ten": name, "noi_dung": "", "chu_tri": []any{"Văn phòng Tỉnh ủy"},
			"phoi_hop": []any{"Sở Nội vụ", "Sở Tài chính"}, "thoi_han": "2026-06-30", "san_pham": "Báo cáo | tổng hợp", "theo_doi": []any{"Văn phòng Tỉnh ủy"},
			"phan": 2, "muc": 1, "linh_vuc": "", "noi_tiep": false}
	}
	col := func(code string) map[string]any {
		return map[string]any{"ma": code, "ten": "", "rong": 0.0, "can_le": ""}
	}
	block := func(doan, y string, sub ...any) map[string]any {
		return map[string]any{"doan": doan, "y": y, "y_con": sub, "nhiem_vu": nil, "sang_trang": false}
	}
	item := func(title, doan string, content []any, points []any) map[string]any {
		return map[string]any{"so": "", "tieu_de": title, "doan": doan, "nhiem_vu": nil, "noi_dung": content, "diem": points}
	}
	return map[string]any{
		"he_thong": "dang", "loai": "ke_hoach", "co_quan": "TỈNH ỦY THANH HÓA", "ky_hieu": "KH/TU",
		"dia_danh": "Thanh Hóa", "ngay": "2024-06-04", "so": "", "trich_yeu": "thực hiện Kết luận số 81-KL/TW",
		"nguoi_ky": map[string]any{"quyen_han": "T/M BAN THƯỜNG VỤ", "chuc_vu": "PHÓ BÍ THƯ", "ho_ten": "Lại Thế Nguyên"},
		"noi_nhan": []any{map[string]any{"ten": "Ban Bí thư", "ghi_chu": "b/c"}, map[string]any{"ten": "Lưu Văn phòng", "ghi_chu": ""}},
		"mo_dau":   []any{"Thực hiện Kết luận số 81-KL/TW *ngày* 04/6/2024[^1]:"},
		"muc":      nil, "quyet_dinh": "", "dieu": nil, "ket_thuc": nil, "chu_thich": map[string]any{"1": "Nguồn: *Niên giám* 2024."}, "phu_luc": nil,
		"phan": []any{
			map[string]any{"so": "", "tieu_de": "mục đích, yêu cầu", "bang_nhiem_vu": false, "cot": nil, "noi_dung": []any{},
				"muc": []any{item("", "Quán triệt Kết luận.", nil, nil), item("", "1. Cụ thể hóa.", nil, nil)}},
			map[string]any{"so": "III.", "tieu_de": "nhiệm vụ", "bang_nhiem_vu": true, "cot": []any{col("stt"), col("ma"), col("nhiem_vu"), col("san_pham"), col("theo_doi")},
				"noi_dung": []any{block("Đoạn mở đầu.", ""), block("", "Ý một", block("", "Ý con"))},
				"muc": []any{item("Tuyên truyền", "", []any{block("Các cấp ủy…", "")},
					[]any{item("", "Điểm a.", nil, nil), item("Điểm có tên", "", nil, nil)})}},
		},
		"ds_nhiem_vu": []any{task("II.1.a", "Tuyên truyền"), task("II.1.b", "Kiểm tra")},
	}
}

// TestBuiltinTemplateMakesOfficialMarkdown runs the embedded plan template on planData and
// reads the result back: the template must produce official Markdown that Parse accepts.
func TestBuiltinTemplateMakesOfficialMarkdown(t *testing.T) {
	s, err := tmpl.New(templates.FS, "")
	if err != nil {
		t.Fatal(err)
	}
	src, err := s.Find("ke_hoach", "dang")
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Execute(src, planData())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markdown.Parse("ke-hoach.md", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var b strings.Builder
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"H2 I. MỤC ĐÍCH, YÊU CẦU", "P 2. 1. Cụ thể hóa.", "P Thực hiện Kết luận số 81-KL/TW *ngày* 04/6/2024[^1]:", "[^1]: Nguồn: *Niên giám* 2024.",
		"H2 III. NHIỆM VỤ", "H3 1. Tuyên truyền", "L1[-] Ý một", "L2[-] Ý con", "H4 b) Điểm có tên", "| 2 | II.1.b | Kiểm tra | Báo cáo | tổng hợp | Văn phòng Tỉnh ủy |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("model lacks %q:\n%s\nMarkdown:\n%s", want, b.String(), out)
		}
	}
}

// FuzzExecute: any template text, run on a fixed plan, must end within 2s without a panic
// and with either output or a diag.List.
func FuzzExecute(f *testing.F) {
	for _, pattern := range []string{"*.md.tmpl", "partials/*.tmpl"} {
		files, _ := fs.Glob(templates.FS, pattern)
		for _, p := range files {
			if b, err := fs.ReadFile(templates.FS, p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{
		"", "{{", "{{ .x }}", `{{ range $i, $p := .phan }}{{ la_ma (cong $i 1) }}{{ end }}`,
		`{{ define "a" }}` + strings.Repeat("Một dòng dài. ", 80) + `{{ template "a" . }}{{ end }}{{ template "a" . }}`,
		`{{ template "partials/muc.md.tmpl" (dict "so" "1." "muc" (index .phan 1 "muc" 0) "cap" 3) }}`,
		`{{ range 10 }}{{ ngay_thang .dia_danh .ngay }}{{ end }}`, `{{ phan_dau . }}`,
		`{{ so 1e300 }}{{ phan_tram -0.0 }}{{ chu_cai 100000 }}{{ han "2024-02" }}{{ noi .x ", " }}`,
	} {
		f.Add(s)
	}
	s, err := tmpl.New(templates.FS, "")
	if err != nil {
		f.Fatal(err)
	}
	s.MaxOutput = 1 << 16
	f.Fuzz(func(t *testing.T, text string) {
		type result struct {
			out []byte
			err error
		}
		done := make(chan result, 1)
		go func() {
			out, err := s.Execute(tmpl.Source{Path: "fuzz.md.tmpl", Layer: "(có sẵn)", Text: text}, planData())
			done <- result{out, err}
		}()
		select {
		case r := <-done:
			if r.err != nil {
				var l diag.List
				if !errors.As(r.err, &l) || len(l) == 0 {
					t.Fatalf("error %T %q, want a diag.List", r.err, r.err)
				}
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("Execute still running after 2s on %q", text)
		}
	})
}
