package layout

import (
	"vanban/internal/model"
)

// appendix lays out a phụ lục: its label (bold, as written: "Phụ lục I"), its title (bold
// capitals) and its note (italic, "(Kèm theo … )"), centred, then its blocks, on pages of
// its own size. Widths are those of the appendix's pages, so the geometry is switched
// while its boxes are made and switched back by the caller.
func (e *engine) appendix(a *model.Appendix) []box {
	e.geometry(a.Landscape)
	e.pos = a.Pos
	st := e.p.Title
	tw := e.right - e.left
	var items []Item
	y := 0.0
	for _, part := range []struct {
		runs  []model.Run
		style style
	}{
		{a.Label, style{size: st.Subject.Size, bold: true}},
		{a.Title, style{size: st.Subject.Size, bold: true}},
		{blanks(a.Note), style{size: e.p.Body.Style.Size, italic: true}},
	} {
		for _, l := range e.para(part.runs, part.style, e.left, tw, 0, st.LineGapPT, model.AlignCenter) {
			items = append(items, shift(l.items, y)...)
			y += l.h
		}
	}
	head := box{lines: []line{{h: y + st.SpaceAfterPT, items: items}}, together: true, keepNext: true, appendix: a}
	if len(items) == 0 {
		head.lines = nil
	}
	boxes := []box{head}
	for _, b := range a.Blocks {
		e.pos = b.Position()
		boxes = append(boxes, e.block(b)...)
	}
	return boxes
}

// blanks keeps the clerk's blanks of a note ("Kế hoạch số      /KH-UBND") as they are typed.
func blanks(runs []model.Run) []model.Run {
	out := make([]model.Run, len(runs))
	for i, r := range runs {
		out[i] = r
		out[i].Text = keepBlanks(r.Text)
	}
	return out
}
