package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/model"
	"vanban/internal/pdftest"
)

// footnoted is a báo cáo of n paragraphs, each with a footnote; note long is long.
func footnoted(n, long int) string {
	var b strings.Builder
	b.WriteString("---\nhe_thong: nha_nuoc\nloai: bao_cao\nco_quan_cap_tren: UBND TỈNH LÂM ĐỒNG\nco_quan: SỞ NỘI VỤ\n" +
		"so: \"184\"\nky_hieu: BC-SNV\ndia_danh: Lâm Đồng\nngay: \"2025-11-06\"\ntrich_yeu: Tình hình thực hiện các chỉ số\n" +
		"nguoi_ky: {quyen_han: KT. GIÁM ĐỐC, chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Nguyễn Văn A}\nnoi_nhan: [UBND tỉnh]\nluu: VT, CCHC\n---\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Đoạn %d: tỉnh đã triển khai thí điểm 05 mô hình, sáng kiến cải cách hành chính[^%d]. %s\n\n", i, i,
			strings.Repeat("Kết quả được đánh giá theo từng lĩnh vực. ", i%5+1))
	}
	for i := 1; i <= n; i++ {
		note := fmt.Sprintf("Mô hình “Hồ sơ không hẹn” số %d", i)
		if i == long {
			note += strings.Repeat("; mô hình “Hồ sơ phi địa giới hành chính” đối với các thủ tục hành chính", 40)
		}
		fmt.Fprintf(&b, "[^%d]: %s.\n", i, note)
	}
	return b.String()
}

// TestFootnotesNothingLost: thirty footnotes, one of them longer than a page's foot: the
// PDF holds every character of the body and of every note, and each note's text is there.
func TestFootnotesNothingLost(t *testing.T) {
	doc, out := docAndPDF(t, "chu-thich.md", []byte(footnoted(30, 12)))
	if len(doc.Footnotes) != 30 {
		t.Fatalf("%d footnotes read, want 30", len(doc.Footnotes))
	}
	pdftest.NothingLost(t, doc, out)
}

// TestNothingLostCatchesLostNote: the checker fails when a footnote's text is not in the
// PDF, or a character of it is missing.
func TestNothingLostCatchesLostNote(t *testing.T) {
	doc, out := docAndPDF(t, "chu-thich.md", []byte(footnoted(5, 3)))
	for _, c := range []struct {
		name string
		note model.Footnote
	}{
		{"note not printed", model.Footnote{Runs: []model.Run{{Text: "Một chú thích không có trong PDF"}}}},
		{"character added to a note", model.Footnote{Runs: append(append([]model.Run{}, doc.Footnotes[1].Runs...), model.Run{Text: "ữ"})}},
	} {
		changed := *doc
		changed.Footnotes = append(append([]*model.Footnote{}, doc.Footnotes...), &c.note)
		if c.name != "note not printed" {
			changed.Footnotes = append(append([]*model.Footnote{}, doc.Footnotes[:1]...), &c.note)
			changed.Footnotes = append(changed.Footnotes, doc.Footnotes[2:]...)
		}
		r := &recorder{T: t}
		pdftest.NothingLost(r, &changed, out)
		if len(r.errs) == 0 {
			t.Errorf("%s: NothingLost saw nothing wrong", c.name)
		}
	}
}
