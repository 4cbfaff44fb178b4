package layout

import (
	"vanban/internal/model"
)

// table lays out a GFM table with borders. Column widths follow the content: each column
// gets at least its longest word and shares the rest by how much text it holds. Every row
// is a line of the box, so the table breaks between rows and repeats its header row.
func (e *engine) table(t *model.Table) box {
	ts := e.p.Table
	body, head := styleOf(ts.Style), styleOf(ts.Head)
	pad := ts.PaddingPT
	tw := e.right - e.left
	ncol := len(t.Header)
	for _, r := range t.Rows {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return box{}
	}
	widths := e.columnWidths(t, ncol, body, head, tw, pad)
	row := func(cells []model.Cell, st style, isHead bool) line {
		var items []Item
		h := 0.0
		x := e.left
		for c := 0; c < ncol; c++ {
			var runs []model.Run
			if c < len(cells) {
				runs = cells[c].Runs
			}
			align := model.AlignLeft
			if c < len(t.Aligns) && t.Aligns[c] != model.AlignDefault {
				align = t.Aligns[c]
			}
			if isHead {
				align = alignOf(ts.Head.Align, model.AlignCenter)
			}
			y := pad
			for _, l := range e.para(runs, st, x+pad, widths[c]-2*pad, 0, ts.LeadingPT, align) {
				items = append(items, shift(l.items, y)...)
				y += l.h
			}
			h = max(h, y+pad)
			x += widths[c]
		}
		h = max(h, ts.LeadingPT+2*pad)
		// Borders: the row's top and bottom, and a line left of every column and at the end.
		sw := ts.RuleWidthPT
		items = append(items,
			Item{Kind: RuleItem, X: e.left, Y: 0, W: tw, Stroke: sw},
			Item{Kind: RuleItem, X: e.left, Y: h, W: tw, Stroke: sw})
		x = e.left
		for c := 0; c <= ncol; c++ {
			items = append(items, Item{Kind: RuleItem, X: x, Y: 0, H: h, Stroke: sw})
			if c < ncol {
				x += widths[c]
			}
		}
		return line{h: h, items: items}
	}
	b := box{before: e.p.Body.ParagraphSpacePT}
	if len(t.Header) > 0 {
		hl := row(t.Header, head, true)
		b.lines = append(b.lines, hl)
		b.head = []line{hl}
	}
	for _, r := range t.Rows {
		b.lines = append(b.lines, row(r, body, false))
	}
	return b
}

// columnWidths shares the text width tw among ncol columns.
func (e *engine) columnWidths(t *model.Table, ncol int, body, head style, tw, pad float64) []float64 {
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	measure := func(cells []model.Cell, st style) {
		for c := 0; c < len(cells) && c < ncol; c++ {
			ws := e.words(cells[c].Runs, st)
			for _, w := range ws {
				minW[c] = max(minW[c], w.w+2*pad)
			}
			maxW[c] = max(maxW[c], lineWidth(ws)+2*pad)
		}
	}
	measure(t.Header, head)
	for _, r := range t.Rows {
		measure(r, body)
	}
	sumMin, sumMax := 0.0, 0.0
	for c := range minW {
		minW[c] = max(minW[c], 2*pad+body.size)
		maxW[c] = max(maxW[c], minW[c])
		sumMin += minW[c]
		sumMax += maxW[c]
	}
	out := make([]float64, ncol)
	switch {
	case sumMax <= tw:
		for c := range out {
			out[c] = maxW[c] * tw / sumMax
		}
	case sumMin >= tw:
		for c := range out {
			out[c] = minW[c] * tw / sumMin
		}
	default:
		k := (tw - sumMin) / (sumMax - sumMin)
		for c := range out {
			out[c] = minW[c] + (maxW[c]-minW[c])*k
		}
	}
	return out
}
