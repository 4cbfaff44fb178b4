package pipeline

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/layout"
	"vanban/internal/model"
	"vanban/internal/pdftest"
	"vanban/internal/profile"
)

// smallPlan is a minimal valid plan; body replaces BODY.
const smallPlan = `he_thong: nha_nuoc
loai: ke_hoach
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
ky_hieu: KH-UBND
dia_danh: Thanh Hóa
ngay: "2026-01-05"
trich_yeu: Thử nghiệm
nguoi_ky: {quyen_han: TM. ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A}
noi_nhan: [Sở Nội vụ]
luu: VT, NC
phan:
  - tieu_de: MỤC ĐÍCH
    muc:
      - doan: "BODY"
`

func plan(body string) []byte { return []byte(strings.Replace(smallPlan, "BODY", body, 1)) }

// TestNFDInput: text typed in decomposed form (as some Mac and web editors produce) comes
// out composed, so the marks sit on their letters.
func TestNFDInput(t *testing.T) {
	body := "Quán triệt Nghị quyết, bảo đảm ứng phó biến đổi khí hậu."
	nfd := norm.NFD.String(body)
	if nfd == body {
		t.Fatal("test input is not decomposed")
	}
	out, err := newBuilder(t).PDF("nfd.yaml", plan(nfd))
	if err != nil {
		t.Fatal(err)
	}
	text, err := pdftest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, body) {
		t.Errorf("PDF text does not hold the NFC sentence %q:\n%s", body, text)
	}
	if strings.Contains(text, "\u0301") || strings.Contains(text, "\u0323") {
		t.Error("PDF holds combining marks: input was not normalised")
	}
}

// TestMissingGlyph: a character the font cannot draw is an error that names it and the
// line it came from, never a blank in the PDF.
func TestMissingGlyph(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"emoji", "Hoàn thành 😀 đúng hạn", "thieu-chu.yaml:14:27: lỗi: phông Liberation Serif không có ký tự “😀” (U+1F600)"},
		{"cjk", "Chữ Hán 漢 trong văn bản", "thieu-chu.yaml:14:24: lỗi: phông Liberation Serif không có ký tự “漢” (U+6F22)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := newBuilder(t).PDF("thieu-chu.yaml", plan(c.text))
			if err == nil {
				t.Fatal("built a PDF with a character the font lacks")
			}
			msg := err.Error()
			if !strings.Contains(msg, c.want) || !strings.Contains(msg, "thieu-chu.yaml") || !strings.Contains(msg, "không có ký tự") {
				t.Errorf("error %q should name the file, the character %s and say the font lacks it", msg, c.want)
			}
		})
	}
}

// TestBadData: data errors come back as diagnostics with file:line:col, not as a PDF.
func TestBadData(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"unknown key", strings.Replace(smallPlan, "luu:", "luuu:", 1), "bad.yaml:10:1: lỗi: trường “luuu” không tồn tại"},
		{"impossible date", strings.Replace(smallPlan, "2026-01-05", "2026-02-31", 1), "bad.yaml:6:"},
		{"unknown kind", strings.Replace(smallPlan, "loai: ke_hoach", "loai: ke_hoạch", 1), "chưa có mẫu cho loại văn bản"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := newBuilder(t).PDF("bad.yaml", []byte(c.src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

// TestOfficialMarkdownInput: a hand-written official Markdown file builds too.
func TestOfficialMarkdownInput(t *testing.T) {
	md := "---\nhe_thong: dang\nloai: thong_bao\nco_quan: HUYỆN ỦY ĐÔNG SƠN\nco_quan_cap_tren: ĐẢNG BỘ TỈNH THANH HÓA\nky_hieu: TB/HU\ndia_danh: Đông Sơn\nngay: \"2026-03-09\"\ntrich_yeu: kết luận của Ban Thường vụ Huyện ủy\nnguoi_ky: {quyen_han: T/L BAN THƯỜNG VỤ, chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn B}\nnoi_nhan: [Các chi, đảng bộ trực thuộc]\nluu: Văn phòng Huyện ủy\n---\n\nNgày 05/3/2026, Ban Thường vụ Huyện ủy **họp** và *kết luận*:\n\n- Một\n  - Hai\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
	doc, out := docAndPDF(t, "tb.md", []byte(md))
	pdftest.NothingLost(t, doc, out)
	text, err := pdftest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ĐẢNG BỘ TỈNH THANH HÓA", "THÔNG BÁO", "Đông Sơn, ngày 09 tháng 3 năm 2026", "- Một", "+ Hai", "Số", "-TB/HU"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

// TestNumberLeadingZero: a number under 10 is printed with a leading zero.
func TestNumberLeadingZero(t *testing.T) {
	src := strings.Replace(smallPlan, "ky_hieu: KH-UBND", "so: \"5\"\nky_hieu: KH-UBND", 1)
	out, err := newBuilder(t).PDF("so.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	text, err := pdftest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Số: 05/KH-UBND") {
		t.Errorf("number line not “Số: 05/KH-UBND”:\n%s", text)
	}
}

// TestProfileSystemMismatch: a State profile on a Party document is refused.
func TestProfileSystemMismatch(t *testing.T) {
	b, err := New(Options{Profile: "hd36"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.PDF("x.yaml", plan("Nội dung."))
	if err == nil || !strings.Contains(err.Error(), "thể thức “hd36” dành cho hệ thống “dang”") {
		t.Errorf("error %v, want the profile/system mismatch", err)
	}
}

// TestMarkdownIsChecked: official Markdown written to Markdown is checked on the way.
func TestMarkdownIsChecked(t *testing.T) {
	_, err := newBuilder(t).Markdown("x.md", []byte("---\nhe_thong: dang\n---\nThân.\n"))
	if err == nil || !strings.Contains(err.Error(), "thiếu trường “co_quan”") {
		t.Errorf("error %v, want the missing fields", err)
	}
}

// TestSchemaLine: the starter's schema line points at the schema from where it is written.
func TestSchemaLine(t *testing.T) {
	src := []byte("# yaml-language-server: $schema=../../../schema/ke-hoach.schema.json\nhe_thong: dang\n")
	t.Chdir("../..") // the repository, where schema/ is
	for _, c := range []struct{ out, want string }{
		{"data/moi.yaml", "$schema=../schema/ke-hoach.schema.json"},
		{"moi.yaml", "$schema=schema/ke-hoach.schema.json"},
		{"", "$schema=schema/ke-hoach.schema.json"},
	} {
		got := string(SchemaLine(src, c.out))
		if !strings.HasPrefix(got, "# yaml-language-server: "+c.want+"\n") || !strings.HasSuffix(got, "he_thong: dang\n") {
			t.Errorf("SchemaLine(%q) = %q, want %s", c.out, got, c.want)
		}
	}
}

// TestLetterAndDecisionParts: a công văn shows its trích yếu as "V/v …" under the number in
// the left column and has no type name; "Kính gửi:" lists its addressees, punctuated; a
// quyết định prints the line naming who decides between the trích yếu and the căn cứ.
func TestLetterAndDecisionParts(t *testing.T) {
	b := newBuilder(t)
	cv := read(t, "testdata/cong-van.md")
	out, err := b.PDF("cong-van.md", cv)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := b.Document("cong-van.md", cv)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, out)
	p1 := pdftest.MustPages(t, out)[0]
	so, _ := pdftest.Find(p1, "Số:")
	vv, ok := pdftest.Find(p1, "V/v")
	if !ok || vv.Y <= so.Y || vv.X > p1.Width/2 || vv.Size != 12 {
		t.Errorf("V/v at %+v, want under “Số:” (%+v) in the left column, 12 pt", vv, so)
	}
	text, _ := pdftest.Text(out)
	for _, want := range []string{"Kính gửi: - Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh;",
		"- Trưởng Ban Quản lý các khu công nghiệp;", "- Chủ tịch UBND các xã, phường, đặc khu."} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "CÔNG VĂN") {
		t.Error("a công văn printed a type name")
	}

	qd := read(t, "testdata/quyet-dinh.md")
	out, err = b.PDF("quyet-dinh.md", qd)
	if err != nil {
		t.Fatal(err)
	}
	p1 = pdftest.MustPages(t, out)[0]
	_, ty, _, ok1 := pdftest.FindPhrase(p1, "Về việc thành lập")
	ax, ay, aw, ok2 := pdftest.FindPhrase(p1, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA")
	_, cy, _, ok3 := pdftest.FindPhrase(p1, "Căn cứ Luật")
	if !ok1 || !ok2 || !ok3 || !(ty < ay && ay < cy) || math.Abs(ax+aw/2-p1.Width/2-(profile.MM(30)-profile.MM(15))/2) > 1 {
		t.Errorf("thẩm quyền line at %.1f,%.1f (w %.1f), want centred between the trích yếu (%.1f) and the căn cứ (%.1f)", ax, ay, aw, ty, cy)
	}
}

// TestAppendix: a phụ lục starts a new page, landscape when asked, numbers its pages from 1
// again (no number on its first page), and loses nothing.
func TestAppendix(t *testing.T) {
	src := string(read(t, "testdata/phu-luc.md"))
	var rows strings.Builder
	for i := 3; i <= 40; i++ {
		fmt.Fprintf(&rows, "| %d | Nhiệm vụ số %d của bảng phân công | Báo cáo | Quý IV/2026 | Sở Nội vụ | Các sở, ngành | Sở Nội vụ |\n", i, i)
	}
	src += rows.String()
	doc, out := docAndPDF(t, "phu-luc.md", []byte(src))
	if len(doc.Appendices) != 1 || !doc.Appendices[0].Landscape {
		t.Fatalf("appendices: %+v", doc.Appendices)
	}
	pdftest.NothingLost(t, doc, out)
	ps := pdftest.MustPages(t, out)
	if len(ps) < 3 {
		t.Fatalf("%d pages, want the body's page and an appendix of two or more", len(ps))
	}
	if ps[0].Width > ps[0].Height || ps[1].Width < ps[1].Height {
		t.Errorf("page sizes %.0f×%.0f, %.0f×%.0f: want the body portrait, the appendix landscape",
			ps[0].Width, ps[0].Height, ps[1].Width, ps[1].Height)
	}
	number := func(p pdftest.Page) string {
		for _, w := range p.Words {
			if w.Y < profile.MM(20) {
				return w.Text
			}
		}
		return ""
	}
	if n := number(ps[1]); n != "" {
		t.Errorf("the appendix's first page shows number %q, want none", n)
	}
	if n := number(ps[2]); n != "2" {
		t.Errorf("the appendix's second page shows number %q, want 2", n)
	}
	if l, ok := pdftest.Find(ps[1], "Phụ"); !ok || math.Abs(l.X+l.W/2-ps[1].Width/2) > 40 || !l.Bold {
		t.Errorf("label %+v not bold and centred on the landscape page", l)
	}
}

// TestChart: a "bieu-do" block draws one bar a unit, its length to scale (100% = the full
// bar width), each value printed after its bar; a block that is not a chart stays text.
func TestChart(t *testing.T) {
	b := newBuilder(t)
	src := read(t, "testdata/bieu-do.md")
	doc, err := b.Document("bieu-do.md", src)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := doc.Blocks[1].(*model.Chart)
	if !ok || len(c.Bars) != 5 || c.Bars[0].Value != 13.33 || c.Bars[4].Text != "75,5%" || c.Unit != "%" {
		t.Fatalf("chart read as %#v", doc.Blocks[1])
	}
	l, err := b.Layout("bieu-do.md", src)
	if err != nil {
		t.Fatal(err)
	}
	var bars []float64
	for _, it := range l.Pages[0].Items {
		if it.Kind == layout.BoxItem {
			bars = append(bars, it.W)
		}
	}
	if len(bars) != 5 || bars[1] <= 0 || math.Abs(bars[2]-bars[1]/2) > 0.01 || bars[3] != 0 || math.Abs(bars[4]-bars[1]*0.755) > 0.01 {
		t.Errorf("bar widths %v, want 13.33 : 100 : 50 : 0 : 75.5", bars)
	}
	out, err := b.PDF("bieu-do.md", src)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, out)
	broken := strings.Replace(string(src), "- Huyện ủy Nga Sơn: 0", "- Huyện ủy Nga Sơn: chưa có", 1)
	doc, err = b.Document("bieu-do.md", []byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	if _, isChart := doc.Blocks[1].(*model.Chart); isChart {
		t.Error("a block with a value that is not a number was read as a chart: its text would be lost")
	}
}
