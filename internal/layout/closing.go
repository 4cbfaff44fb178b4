package layout

import "vanban/internal/form"

// columnGap keeps the recipients' longest lines off the signature column, in points.
const columnGap = 6

// closing is the block after the body, kept on one page: "Nơi nhận:" and the recipients
// on the left, the signature on the right, the label level with the authority line.
func (e *engine) closing() box {
	c := e.doc.Closing
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

	// Right: authority, position, the space to sign, the name.
	its, ry, _ := e.stack(c.Signature, rx, rw, 0)
	items = append(items, its...)
	return box{lines: []line{{h: max(ly, ry), items: items}}, before: c.Before, together: true}
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
