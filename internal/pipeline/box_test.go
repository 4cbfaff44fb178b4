package pipeline

import (
	"testing"

	"vanban/internal/model"
	"vanban/internal/pdftest"
)

// TestBox: a framed box and a kept-together block of official Markdown reach the PDF whole,
// on one page each, the framed lines centred and in their typed sizes.
func TestBox(t *testing.T) {
	b := newBuilder(t)
	src := read(t, "testdata/khung.md")
	doc, err := b.Document("khung.md", src)
	if err != nil {
		t.Fatal(err)
	}
	var boxes []*model.Box
	for _, bl := range doc.Blocks {
		if bx, ok := bl.(*model.Box); ok {
			boxes = append(boxes, bx)
		}
	}
	if len(boxes) != 2 || !boxes[0].Frame || len(boxes[0].Blocks) != 5 || boxes[1].Frame || len(boxes[1].Blocks) != 5 {
		t.Fatalf("boxes read as %+v", boxes)
	}
	out, err := b.PDF("khung.md", src)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, out)
	ps := pdftest.MustPages(t, out)
	big, ok := pdftest.Find(ps[0], "LĂM")
	if !ok || big.Size < 19.5 || !big.Bold {
		t.Errorf("the 20 pt bold line reads as %+v", big)
	}
}

// TestDataAppendixPages: a data file's phụ lục starts on a page of its own with its title
// kept on its typed lines; "sang_trang" on a block starts it on a new page; with
// "bang_sang_trang" the table of tasks starts on a new page after the appendix's text; no
// text is lost.
func TestDataAppendixPages(t *testing.T) {
	src := append(plan("Mở đầu."), `        nhiem_vu: {ma: I.1, ten: Nhiệm vụ thử, chu_tri: [Sở Nội vụ]}
phu_luc:
  - tieu_de: "DANH MỤC THỬ\nDÒNG HAI"
    ghi_chu: "(Kèm theo Kế hoạch số      /KH-UBND)"
    bang_nhiem_vu: true
    bang_sang_trang: true
    noi_dung:
      - doan: "Trang một của phụ lục."
      - doan: "Trang hai của phụ lục."
        sang_trang: true
`...)
	b := newBuilder(t)
	doc, err := b.Document("pl.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Appendices) != 1 || model.PlainText(doc.Appendices[0].Title) != "DANH MỤC THỬ\nDÒNG HAI" {
		t.Fatalf("appendices %+v", doc.Appendices)
	}
	out, err := b.PDF("pl.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, out)
	ps := pdftest.MustPages(t, out)
	page := func(word string) int {
		for i, p := range ps {
			if _, ok := pdftest.Find(p, word); ok {
				return i + 1
			}
		}
		return 0
	}
	if got := []int{page("DANH"), page("một"), page("hai"), page("STT")}; got[0] != 2 || got[1] != 2 || got[2] != 3 || got[3] != 4 {
		t.Errorf("appendix title, first text, text after sang_trang, task table on pages %v, want 2 2 3 4", got)
	}
	title, _ := pdftest.Find(ps[1], "DANH")
	second, _ := pdftest.Find(ps[1], "DÒNG")
	if second.Y <= title.Y {
		t.Errorf("the title's typed line break is not kept: %+v then %+v", title, second)
	}
}
