package data

import (
	"errors"
	"strings"
	"testing"

	"vanban/internal/diag"
)

// head is the front of a valid document of kind loai, with nothing of its body; line 7 is
// the first line after it.
func head(loai string) string {
	return `he_thong: nha_nuoc
loai: ` + loai + `
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
ky_hieu: "X-UBND"
dia_danh: "Thanh Hóa"
nguoi_ky: {chuc_vu: "CHỦ TỊCH", ho_ten: "Lê Minh Đức"}
`
}

// The body of each kind: what it must have, what it must not, and the new fields' checks.
// Each case is one document with exactly one problem (or none: msg "").
var kindCases = []struct {
	name      string
	src       string
	line, col int
	msg       string
}{
	// Kinds divided by sections.
	{"kế hoạch without sections", head("ke_hoach") + "mo_dau: [Mở đầu.]\n", 1, 1, "kế hoạch chưa có phần nào (trường “phan”)"},
	{"chương trình without sections", head("chuong_trinh") + "mo_dau: [Mở đầu.]\n", 1, 1, "chương trình chưa có phần nào (trường “phan”)"},
	{"kế hoạch with items outside sections", head("ke_hoach") + "phan: [{tieu_de: MỤC ĐÍCH}]\nmuc:\n  - doan: Mục.\n", 8, 1, "kế hoạch chia thành phần (“phan”): không có mục “muc” đứng ngoài phần"},
	{"kế hoạch with opening, sections and closing", head("ke_hoach") + "mo_dau: [Mở đầu.]\nphan: [{tieu_de: MỤC ĐÍCH}]\nket_thuc: [Kết thúc./.]\n", 0, 0, ""},
	// Kinds with a free body.
	{"công văn without a body", head("cong_van") + "ket_thuc: [Kết thúc./.]\n", 1, 1, "công văn chưa có nội dung: cần ít nhất một trong “mo_dau”, “phan”, “muc”"},
	{"công văn with opening only", head("cong_van") + "mo_dau: [Đề nghị các cơ quan thực hiện./.]\n", 0, 0, ""},
	{"công văn with items only", head("cong_van") + "muc:\n  - doan: Mục một.\n  - tieu_de: Mục hai\n    diem: [{doan: Điểm a.}]\n", 0, 0, ""},
	{"thông báo with sections and items", head("thong_bao") + "phan: [{tieu_de: NỘI DUNG}]\nmuc:\n  - doan: Mục.\n", 8, 1, "văn bản có cả phần (“phan”) lẫn mục ngoài phần (“muc”)"},
	{"báo cáo with articles", head("bao_cao") + "mo_dau: [Mở đầu.]\ndieu:\n  - doan: Điều.\n", 8, 1, "chỉ quyết định mới chia thành điều (“dieu”); báo cáo thì không"},
	{"tờ trình with the QUYẾT ĐỊNH line", head("to_trinh") + "mo_dau: [Mở đầu.]\nquyet_dinh: \"QUYẾT ĐỊNH:\"\n", 8, 1, "dòng “quyet_dinh” chỉ có trong quyết định"},
	{"blank opening paragraph", head("thong_bao") + "mo_dau:\n  - Mở đầu.\n  - \"  \"\n", 9, 5, "đoạn mở đầu thứ 2 để trống"},
	{"blank closing paragraph", head("thong_bao") + "mo_dau: [Mở đầu.]\nket_thuc:\n  - \"\"\n", 9, 5, "đoạn kết thúc thứ 1 để trống"},
	{"item of a công văn with both", head("cong_van") + "muc:\n  - tieu_de: Tên\n    doan: Đoạn.\n", 8, 5, "mục có cả “tieu_de” và “doan”"},
	{"kind without a template: checked as a free body", head("huong_dan") + "muc: [{doan: Mục.}]\n", 0, 0, ""},
	// Quyết định.
	{"quyết định without articles", head("quyet_dinh") + "mo_dau: [Mở đầu.]\n", 1, 1, "quyết định chưa có điều nào (trường “dieu”)"},
	{"quyết định with sections", head("quyet_dinh") + "phan: [{tieu_de: NỘI DUNG}]\ndieu: [{doan: Điều.}]\n", 7, 1, "quyết định chia thành điều (“dieu”), không có “phan”"},
	{"quyết định with items", head("quyet_dinh") + "dieu: [{doan: Điều.}]\nmuc:\n  - doan: Mục.\n", 8, 1, "quyết định chia thành điều (“dieu”), không có “muc”"},
	{"article with tieu_de and doan", head("quyet_dinh") + "dieu:\n  - doan: Điều một.\n  - tieu_de: Hiệu lực\n    doan: Có hiệu lực.\n", 9, 5, "điều có cả “tieu_de” và “doan”"},
	{"article with neither", head("quyet_dinh") + "dieu:\n  - khoan: [{doan: Khoản.}]\n", 8, 5, "điều thứ 1 thiếu cả “tieu_de” lẫn “doan”"},
	{"clause with neither", head("quyet_dinh") + "dieu:\n  - tieu_de: Thành lập\n    khoan:\n      - diem: [{doan: Điểm.}]\n", 10, 9, "mục thiếu cả “tieu_de” lẫn “doan”"},
	{"blank QUYẾT ĐỊNH line", head("quyet_dinh") + "quyet_dinh: \" \"\ndieu: [{doan: Điều.}]\n", 7, 13, "dòng “quyet_dinh” để trống"},
	{"task id of a clause used before", head("quyet_dinh") + "dieu:\n  - tieu_de: Giao nhiệm vụ\n    noi_dung:\n      - doan: Sở Nội vụ.\n        nhiem_vu: {ma: A, chu_tri: [Sở Nội vụ]}\n    khoan:\n      - doan: Sở Tài chính.\n        nhiem_vu: {ma: A, chu_tri: [Sở Tài chính]}\n", 14, 24, "mã nhiệm vụ “A” đã dùng ở dòng 11"},
	{"Party decision", head("quyet_dinh") + "quyet_dinh: \"BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:\"\ndieu:\n  - tieu_de: Thành lập\n    noi_dung: [{doan: Đoạn.}]\n    khoan: [{doan: Khoản một.}, {tieu_de: Khoản hai, diem: [{doan: Điểm a.}]}]\n  - doan: Hiệu lực.\n", 0, 0, ""},
}

func TestKindBodies(t *testing.T) {
	for _, c := range kindCases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Load("x.yaml", []byte(c.src))
			if c.msg == "" {
				if err != nil {
					t.Fatalf("rejected:\n%v", err)
				}
				if p == nil {
					t.Fatal("nil document")
				}
				return
			}
			var l diag.List
			if !errors.As(err, &l) {
				t.Fatalf("error %T %v, want diag.List", err, err)
			}
			if len(l) != 1 || l[0].Line != c.line || l[0].Col != c.col || !strings.Contains(l[0].Message, c.msg) || l[0].Hint == "" {
				t.Errorf("got %v\nwant one diagnostic at %d:%d saying %q, with a hint", l, c.line, c.col, c.msg)
			}
		})
	}
}

// Every kind has a Vietnamese name and a body shape, and is found by its loai.
func TestKinds(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range Kinds {
		if got, ok := KindOf(k.Loai); !ok || got != k || k.Name == "" || seen[k.Loai] {
			t.Errorf("kind %+v", k)
		}
		seen[k.Loai] = true
	}
	if _, ok := KindOf("huong_dan"); ok {
		t.Error("huong_dan has no template yet")
	}
	if got := strings.Join(KindNames(), " "); got != "ke_hoach bao_cao thong_bao cong_van quyet_dinh to_trinh chuong_trinh" {
		t.Errorf("KindNames = %s", got)
	}
}

// Tasks outside sections (in items of a công văn, in articles) are listed too, with section 0.
func TestTasksOutsideSections(t *testing.T) {
	src := head("quyet_dinh") + `dieu:
  - tieu_de: Giao nhiệm vụ
    noi_dung:
      - y: Sở Nội vụ tổng hợp.
        nhiem_vu: {ma: D1.a, chu_tri: [Sở Nội vụ]}
    khoan:
      - doan: Sở Tài chính bố trí kinh phí.
        nhiem_vu: {ma: D1.1, chu_tri: [Sở Tài chính], thoi_han: "2026-03-31"}
`
	p, err := Load("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ts := p.Tasks()
	if len(ts) != 2 || ts[0].ID != "D1.a" || ts[0].Text != "Sở Nội vụ tổng hợp." || ts[1].ID != "D1.1" || ts[0].Section != 0 || ts[1].Section != 0 {
		t.Errorf("tasks %+v", ts)
	}
	p, err = Load("x.yaml", []byte(head("cong_van")+"muc:\n  - doan: Sở Nội vụ theo dõi.\n    nhiem_vu: {ma: M1, chu_tri: [Sở Nội vụ]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ts := p.Tasks(); len(ts) != 1 || ts[0].ID != "M1" || ts[0].Section != 0 {
		t.Errorf("tasks %+v", ts)
	}
}
