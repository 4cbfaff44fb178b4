package markdown_test

import (
	"os"
	"strings"
	"testing"

	"vanban/internal/markdown"
)

// TestAttached: the blocks after "<!-- văn bản kèm theo -->" are an attached document: its
// first two level-1 headings its type name and title, the italic line under them the
// decision's issuer or, opening with "(", its whole note; a phụ lục after it is its own, one
// before it the decision's.
func TestAttached(t *testing.T) {
	src, err := os.ReadFile("testdata/kem-theo.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markdown.Parse("kem-theo.md", src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	want := `H1 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUYẾT ĐỊNH:
P **Điều 1.** Ban hành kèm theo Quyết định này Quy chế làm việc.
PHỤ LỤC (dọc) Phụ lục | DANH SÁCH | *(Kèm theo Quyết định số 01-QĐ/TU)*
P Phụ lục của quyết định.
KÈM THEO QUY CHẾ | làm việc của Ban Chấp hành Đảng bộ tỉnh | *của Ban Chấp hành Đảng bộ tỉnh* | 
H1 Chương I
H1 QUY ĐỊNH CHUNG
H2 Điều 1. Phạm vi điều chỉnh
P Quy chế này quy định …
PHỤ LỤC (dọc) Phụ lục | MẪU BIÊN BẢN | 
P Phụ lục của Quy chế.
KÈM THEO QUY ĐỊNH | về chế độ báo cáo |  | *(Ban hành kèm theo Quyết định số 01-QĐ/TU, ngày …)*
H2 Điều 1. Báo cáo định kỳ
P Hằng tháng.
`
	if got := b.String(); got != want {
		t.Errorf("dump:\n%s\nwant:\n%s", got, want)
	}
}

// TestAttachedNumbering: an attached document's articles are numbered afresh from its own
// Điều 1, and a skip among them is found as in the body.
func TestAttachedNumbering(t *testing.T) {
	src := "---\nhe_thong: nha_nuoc\nloai: quyet_dinh\nco_quan: SỞ NỘI VỤ\nky_hieu: QĐ-SNV\ndia_danh: Lâm Đồng\nnguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: A}\n---\n\n" +
		"# QUYẾT ĐỊNH:\n\n**Điều 1.** Ban hành kèm theo Quyết định này Quy chế.\n\n**Điều 2.** Hiệu lực./.\n\n" +
		"<!-- văn bản kèm theo -->\n\n# QUY CHẾ\n\n# Làm việc\n\n## Điều 1. Phạm vi\n\nMột.\n\n## Điều 3. Hiệu lực\n\nHai./.\n"
	ds := markdown.Check("qc.md", []byte(src))
	if len(ds) != 1 || ds[0].Line != 26 || !strings.Contains(ds[0].Message, "3") {
		t.Errorf("findings %v, want one warning at the attached document's Điều 3 (line 26)", ds)
	}
}
