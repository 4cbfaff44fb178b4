package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"vanban/internal/pdftest"
)

// bigTable is a báo cáo holding one table of n rows in groups of five: a group row
// ("I | Nhóm …" across the table), then pairs of rows whose STT cell spans both, under a
// two-row header whose "Lâm Đồng" and "Đắk Nông" span two columns each.
func bigTable(n int) string {
	var b strings.Builder
	b.WriteString("---\nhe_thong: nha_nuoc\nloai: bao_cao\nco_quan_cap_tren: UBND TỈNH LÂM ĐỒNG\nco_quan: SỞ NỘI VỤ\n" +
		"so: \"184\"\nky_hieu: BC-SNV\ndia_danh: Lâm Đồng\nngay: \"2025-11-06\"\ntrich_yeu: Tình hình thực hiện các chỉ số\n" +
		"nguoi_ky: {quyen_han: KT. GIÁM ĐỐC, chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Nguyễn Văn A}\nnoi_nhan: [UBND tỉnh]\nluu: VT, CCHC\n---\n\n" +
		"Kết quả như sau:\n\n<!-- bảng: rộng 1 5 2 2 2 2; tổng -->\n" +
		"| STT | Nội dung | Lâm Đồng | << | Đắk Nông | << |\n" +
		"| ^^ | ^^ | Điểm số | Thứ hạng | Điểm số | Thứ hạng |\n" +
		"|:---:|---|:---:|:---:|:---:|:---:|\n")
	for i := range n {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "| G%d | Nhóm tiêu chí số %d | << | << | << | << |\n", i, i)
		case 1, 3:
			fmt.Fprintf(&b, "| S%d | Tiêu chí %d về cải cách thủ tục hành chính | %d,5 | %d/63 | %d,7 | %d/63 |\n", i, i, i, i%63, i, (i+7)%63)
		default:
			fmt.Fprintf(&b, "| ^^ | Tiêu chí %d về chính quyền số<br>và dịch vụ công | %d,2 | %d/63 | %d,4 | %d/63 |\n", i, i, i%63, i, (i+3)%63)
		}
	}
	b.WriteString("| CHỈ SỐ CHUNG | << | 83,1 | 62/63 | 86,6 | 50/63 |\n\nSau bảng.\n")
	return b.String()
}

// TestTableStress: a table of about forty pages with a two-row header, cells spanning
// columns and rows and group rows: every cell is in the PDF (nothing lost), both header
// rows open every page the table runs on, and no pair of rows tied by a spanning cell is
// split between pages.
func TestTableStress(t *testing.T) {
	start := time.Now()
	doc, out := docAndPDF(t, bigTable(800))
	pages := pdftest.MustPages(t, out)
	t.Logf("%d rows: %d pages in %v", 800, len(pages), time.Since(start))
	if len(pages) < 35 {
		t.Fatalf("%d pages, want about forty", len(pages))
	}
	pdftest.NothingLost(t, doc, out)
	for _, p := range pages[:len(pages)-1] {
		text := make([]string, len(p.Words))
		for i, w := range p.Words {
			text[i] = w.Text
		}
		joined := strings.Join(text, " ")
		if !strings.Contains(joined, "Tiêu chí") {
			continue
		}
		for _, h := range []string{"STT", "Nội dung", "Lâm Đồng", "Đắk Nông", "Thứ hạng"} {
			if !strings.Contains(joined, h) {
				t.Errorf("page %d: header “%s” missing", p.Number, h)
			}
		}
		// The row under a spanning STT cell is on the page of the row it belongs to.
		for i := 1; i < 800; i += 5 {
			for _, first := range []int{i, i + 2} {
				a, b := fmt.Sprintf("Tiêu chí %d ", first), fmt.Sprintf("Tiêu chí %d ", first+1)
				if strings.Contains(joined, a) != strings.Contains(joined, b) {
					t.Errorf("page %d: rows %d and %d, tied by a cell spanning both, are on different pages", p.Number, first, first+1)
				}
			}
		}
	}
}
