package layout

import (
	"slices"
	"sort"

	"vanban/internal/form"
)

// columnGap keeps the recipients' longest lines off the signature column, in points.
const columnGap = 6

// closing is the block after the body, kept on one page: "Nơi nhận:" and the recipients
// on the left, the signature on the right, the label level with the authority line. A list
// of recipients too long for one page goes on over the next pages (see flowing).
func (e *engine) closing(c form.Closing) box {
	lx, lw, rx, rw := e.columns(c.LeftShare)
	var items []Item

	// Left: the label, then one line a recipient, the Lưu line last.
	ly := 0.0
	for _, l := range e.para(text(c.Label), c.LabelStyle, lx, lw, 0, c.LabelLeading, form.Left) {
		items = append(items, shift(l.items, ly)...)
		ly += l.h
	}
	hang := e.hang(c.Hang, c.RecipientStyle)
	for _, s := range c.Lines {
		for _, l := range e.para(text(s), c.RecipientStyle, lx+hang, lw-columnGap-hang, -hang, c.RecipientLeading, form.Left) {
			items = append(items, shift(l.items, ly)...)
			ly += l.h
		}
	}
	if c.Drafter != "" {
		var its []Item
		its, ly = e.drafter(c, items, lx+hang, lx+lw-columnGap, ly)
		items = append(items, its...)
	}

	// Right: authority, position, the space to sign, the name.
	its, ry, _ := e.stack(c.Signature, rx, rw, 0)
	items = append(items, its...)
	return e.flowing(line{h: max(ly, ry), items: items}, ry, box{before: c.Before})
}

// flowing makes a box of l, a block the format keeps on one page (the closing block, the
// title, Kính gửi). One that is taller than a page flows onto the next pages instead of
// running off the foot of the first: it is cut between its lines of text below keep (the
// signature stays whole, on the page of the end of the body).
func (e *engine) flowing(l line, keep float64, b box) box {
	if l.h <= e.bottom-e.top {
		b.lines, b.together = []line{l}, true
		return b
	}
	b.lines = cutLines(l, keep)
	return b
}

// cutLines turns one tall line of items into lines the paginator may break between: a
// cut falls midway between two consecutive text baselines, below from.
func cutLines(l line, from float64) []line {
	var bases []float64
	for _, it := range l.items {
		if it.Kind == TextItem {
			bases = append(bases, it.Y)
		}
	}
	slices.Sort(bases)
	bases = slices.Compact(bases)
	cuts := []float64{0}
	for i := 1; i < len(bases); i++ {
		if m := (bases[i-1] + bases[i]) / 2; m > from && m > cuts[len(cuts)-1]+0.5 {
			cuts = append(cuts, m)
		}
	}
	out := make([]line, len(cuts))
	for i, c := range cuts {
		end := l.h
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		out[i].h = end - c
	}
	for _, it := range l.items {
		i := max(sort.SearchFloat64s(cuts, it.Y+1e-9)-1, 0)
		it.Y -= cuts[i]
		out[i].items = append(out[i].items, it)
	}
	return out
}

// drafter places the drafter's initials and copies right after the Lưu line, the last of
// items, on its baseline; on a line of their own under it when the column has no room left.
// It returns the items and the new bottom of the column.
func (e *engine) drafter(c form.Closing, items []Item, x, right, y float64) ([]Item, float64) {
	st := c.DrafterStyle
	f := FontFor(st.Bold, st.Italic)
	e.checkGlyphs(f, c.Drafter)
	w := e.m.Width(f, st.Size, c.Drafter)
	it := Item{Kind: TextItem, Text: c.Drafter, Font: f, Size: st.Size, W: w}
	if n := len(items); n > 0 && items[n-1].Kind == TextItem {
		last := items[n-1]
		if end := last.X + last.W; end+w <= right {
			it.X, it.Y = end, last.Y
			return []Item{it}, y
		}
	}
	lead := st.Size * 1.2
	it.X, it.Y = x, y+baseline(lead, st.Size)
	return []Item{it}, y + lead
}

// hang is the width of the prefix a list line starts with, where its wrapped lines go on;
// nothing when the prefix is not among the lines' words.
func (e *engine) hang(prefix string, st form.Style) float64 {
	if prefix == "" {
		return 0
	}
	return e.m.Width(FontFor(st.Bold, st.Italic), st.Size, prefix)
}

// shift moves items down by dy.
func shift(items []Item, dy float64) []Item {
	for i := range items {
		items[i].Y += dy
	}
	return items
}
