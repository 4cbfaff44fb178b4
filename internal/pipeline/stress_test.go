package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/pdftest"
)

// TestLongFrontMatter: a document whose front matter is far longer than a page — 300
// recipients, 100 Kính gửi lines, a trích yếu of 900 words — builds, and every character of
// every field is in the PDF: the title, Kính gửi and the recipients flow onto the next pages
// instead of running off the foot of the first; the signature stays whole.
func TestLongFrontMatter(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nhe_thong: nha_nuoc\nloai: cong_van\nco_quan_cap_tren: UBND TỈNH THANH HÓA\nco_quan: SỞ NỘI VỤ\n" +
		"ky_hieu: SNV-CCHC\ndia_danh: Thanh Hóa\nngay: \"2026-03-02\"\n")
	b.WriteString("trich_yeu: \"triển khai")
	for i := range 900 {
		fmt.Fprintf(&b, " việc%d", i)
	}
	b.WriteString("\"\nkinh_gui:\n")
	for i := range 100 {
		fmt.Fprintf(&b, "  - Ủy ban nhân dân xã số %d\n", i+1)
	}
	b.WriteString("nguoi_ky: {quyen_han: [KT. GIÁM ĐỐC], chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Lê Văn An}\nnoi_nhan:\n")
	for i := range 300 {
		fmt.Fprintf(&b, "  - Phòng Văn hóa - Xã hội xã số %d\n", i+1)
	}
	b.WriteString("luu: VT, CCHC\n---\n\nĐề nghị các đơn vị triển khai thực hiện./.\n")
	doc, out := docAndPDF(t, "noi-nhan.md", []byte(b.String()))
	pdftest.NothingLost(t, doc, out)
	text, err := pdftest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"việc899", "xã số 100", "xã số 300", "Lê Văn An"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q is not in the PDF", w)
		}
	}
	if n := len(pdftest.MustPages(t, out)); n < 8 {
		t.Errorf("%d pages: the long fields did not flow", n)
	}
}
