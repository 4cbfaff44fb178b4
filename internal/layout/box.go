package layout

import "vanban/internal/form"

// keptBox lays out a box: its blocks one under the other, at the width inside its frame,
// as the lines of one box that the paginator keeps on a page, or moves whole to the next.
// Only a box taller than a page breaks, between its lines.
//
// A frame is a rectangle: its top rule and the padding under it are the box's first line,
// which goes again at the top of every page the box goes on to (as a table's header); every
// line carries the frame's sides; the padding and the bottom rule are the last line; where
// the box breaks, a rule closes the frame under the last line of the page.
func (e *engine) keptBox(b *form.Box) box {
	inset := 0.0
	if b.Frame {
		inset = b.Padding
	}
	left, right := e.left, e.right
	e.left, e.right = left+inset, right-inset
	out := box{before: b.Before, together: true}
	for _, blk := range b.Blocks {
		e.pos = blk.Position()
		for _, in := range e.block(blk) {
			ls := in.lines
			if len(out.lines) > 0 && len(ls) > 0 && in.before > 0 {
				// The space above a block inside the box belongs to its first line.
				first := line{h: ls[0].h + in.before, items: shift(append([]Item(nil), ls[0].items...), in.before), notes: ls[0].notes}
				ls = append([]line{first}, ls[1:]...)
			}
			out.lines = append(out.lines, ls...)
			out.keepNext = in.keepNext
		}
	}
	e.left, e.right = left, right
	if !b.Frame || len(out.lines) == 0 {
		return out
	}
	rule := func(y float64) Item { return Item{Kind: RuleItem, X: left, Y: y, W: right - left, Stroke: b.RuleWidth} }
	sides := func(l line) line {
		items := append(append([]Item(nil), l.items...),
			Item{Kind: RuleItem, X: left, H: l.h, Stroke: b.RuleWidth},
			Item{Kind: RuleItem, X: right, H: l.h, Stroke: b.RuleWidth})
		return line{h: l.h, items: items, notes: l.notes}
	}
	top := sides(line{h: b.Padding})
	top.items = append(top.items, rule(0))
	bottom := sides(line{h: b.Padding})
	bottom.items = append(bottom.items, rule(b.Padding))
	lines := []line{top}
	for _, l := range out.lines {
		lines = append(lines, sides(l))
	}
	out.lines = append(lines, bottom)
	out.head = []line{top}
	closing := rule(0)
	out.rule = &closing
	return out
}
