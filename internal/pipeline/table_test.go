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
	doc, out := docAndPDF(t, "bang.md", []byte(bigTable(800)))
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

// TestGeneratedAnnexReadsAsIssued builds the task annex of the Lâm Đồng tracking copy from
// its data (bang_nhiem_vu, cot with the office's headers and widths) and compares it row by
// row with the annex as issued, copied by hand into the word-for-word plan: the same header
// (“Thời gian hoàn thành”, “Chủ trì thực hiện” …) and widths, 59 rows: seven group rows I–VII spanning the table, 52 tasks numbered from 1 in
// each area, the second task of VII's rows 2, 3 and 5 under merged STT and Nhiệm vụ cells
// (“^^”). Counted by hand, 16 rows differ, all in the unit columns as the office typed them:
// 13 join units with “;” (the data keeps them as lists, printed with “,”), 3 merge an empty
// Phối hợp into Chủ trì (“<<”: II.5, III.3, VI.7), 2 end a list with a full stop.
func TestGeneratedAnnexReadsAsIssued(t *testing.T) {
	b := newBuilder(t)
	table := func(path string) []string {
		md, err := b.Markdown(path, read(t, path))
		if err != nil {
			t.Fatal(err)
		}
		_, rest, ok := strings.Cut(string(md), "<!-- bảng: rộng 1.1 6.6 5.4 3.6 3 3.2 2.9 -->\n")
		if !ok {
			t.Fatalf("%s: no task table with the annex's widths", path)
		}
		rows, _, _ := strings.Cut(rest, "\n\n")
		return strings.Split(rows, "\n")
	}
	gen := table("../../data/tien-do-lam-dong/ke-hoach-cai-cach-hanh-chinh-2026.yaml")
	issued := table("../../data/ke-hoach-ubnd-lam-dong-cai-cach-hanh-chinh-2026.yaml")
	const head = "| STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc |"
	if gen[0] != head {
		t.Errorf("header %s\nwant   %s", gen[0], head)
	}
	if len(gen) != 61 || len(issued) != 61 {
		t.Fatalf("%d and %d lines, want 61 (header, rule, 59 rows)", len(gen), len(issued))
	}
	cellsOf := func(row string) []string { return strings.Split(strings.Trim(row, "| "), " | ") }
	var groups, merged []string
	differ := 0
	for i, row := range gen[2:] {
		cells, office := cellsOf(row), cellsOf(issued[2+i])
		switch {
		case cells[2] == "<<":
			groups = append(groups, cells[0]+" "+cells[1])
		case cells[0] == "^^":
			merged = append(merged, cellsOf(gen[2+i-1])[0])
		}
		if row == issued[2+i] {
			continue
		}
		differ++
		// The unit columns as the office typed them: “;” between units, an empty Phối hợp
		// merged into Chủ trì, a full stop after the last unit.
		for j := 4; j < len(office) && j < len(cells); j++ {
			office[j] = strings.TrimSuffix(strings.ReplaceAll(office[j], "; ", ", "), ".")
			if office[j] == "<<" {
				office[j] = ""
			}
		}
		if strings.Join(cells, " | ") != strings.Join(office, " | ") {
			t.Errorf("row %d:\n%s\nissued:\n%s", i+1, row, issued[2+i])
		}
	}
	if got := strings.Join(groups, "; "); got != "I Cải cách thể chế; II Cải cách thủ tục hành chính; III Cải cách tổ chức bộ máy hành chính nhà nước; IV Cải cách chế độ công vụ; V Cải cách tài chính công; VI Xây dựng và phát triển chính quyền điện tử, chính quyền số; VII Công tác chỉ đạo, điều hành" {
		t.Errorf("group rows: %s", got)
	}
	if got := strings.Join(merged, " "); got != "2 3 5" {
		t.Errorf("continuation rows under %s, want under VII's rows 2, 3 and 5", got)
	}
	if differ != 16 {
		t.Errorf("%d rows differ from the issued annex in their unit columns, want 16", differ)
	}
}
