package layout

import "vanban/internal/form"

// appendix lays out a phụ lục: its centred head (label, title, note), then its blocks, on
// pages of its own size. Widths are those of the appendix's pages, so the geometry is
// switched while its boxes are made and switched back by the caller.
func (e *engine) appendix(a *form.Appendix) []box {
	e.geometry(a.Landscape)
	e.pos = a.Pos
	tw := e.right - e.left
	var items []Item
	var notes []int
	y := 0.0
	for _, p := range a.Head {
		for _, l := range e.para(p.Runs, p.Style, e.left, tw, 0, p.Leading, p.Align) {
			items = append(items, shift(l.items, y)...)
			notes = append(notes, l.notes...)
			y += l.h
		}
	}
	head := box{lines: []line{{h: y + a.After, items: items, notes: notes}}, together: true, keepNext: true, appendix: a}
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
