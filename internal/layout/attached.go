package layout

import "vanban/internal/form"

// attached lays out a document issued with the decision on portrait pages of its own: its
// header and title, its blocks, the signature when the form repeats it (kept with the last
// lines, as the decision's), then its appendices.
func (e *engine) attached(a *form.Attached) []box {
	e.geometry(false)
	e.pos = a.Pos
	head := e.header(a.Header)
	head.attached, head.keepNext = a, true
	boxes := append([]box{head}, e.title(a.Title)...)
	for _, b := range a.Blocks {
		e.pos = b.Position()
		boxes = append(boxes, e.block(b)...)
	}
	if a.Closing != nil {
		e.pos = form.Pos{}
		boxes[len(boxes)-1].keepNext = true
		boxes = append(boxes, e.closing(*a.Closing))
	}
	for _, ap := range a.Appendices {
		boxes = append(boxes, e.appendix(ap)...)
	}
	return boxes
}
