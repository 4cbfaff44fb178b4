package layout

import (
	"vanban/internal/form"
)

// table lays out a GFM table with borders. Column widths follow the content: each column
// gets at least its longest word and shares the rest by how much text it holds. Every row
// is a line of the box, so the table breaks between rows and repeats its header row; a row
// taller than a page is cut into pieces that each fit on one.
func (e *engine) table(t *form.Table) box {
	body, head := t.Style, t.Head
	pad := t.Padding
	tw := e.right - e.left
	ncol := len(t.Header)
	for _, r := range t.Rows {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return box{}
	}
	widths := e.columnWidths(t, ncol, body, head, tw, pad)
	// cells lays out a row's cells, each as its own lines.
	cells := func(row []form.Cell, st form.Style, isHead bool) [][]line {
		out := make([][]line, ncol)
		x := e.left
		for c := 0; c < ncol; c++ {
			var runs []form.Run
			if c < len(row) {
				runs = row[c].Runs
			}
			align := t.Aligns[c]
			if isHead {
				align = t.HeadAlign
			}
			out[c] = e.para(runs, st, x+pad, widths[c]-2*pad, 0, t.Leading, align)
			x += widths[c]
		}
		return out
	}
	// piece draws the given lines of each cell as one row, or one part of a row: the top
	// border only on a row's first part, the bottom border only on its last.
	piece := func(cols [][]line, top, bottom bool) line {
		var items []Item
		// Padding stands above a row's first line and below its last, not between parts.
		above, below := 0.0, 0.0
		if top {
			above = pad
		}
		if bottom {
			below = pad
		}
		h := t.Leading
		var notes []int
		for _, ls := range cols {
			y := above
			for _, l := range ls {
				items = append(items, shift(append([]Item(nil), l.items...), y)...)
				notes = append(notes, l.notes...)
				y += l.h
			}
			h = max(h, y-above)
		}
		h += above + below
		// Borders: the top and bottom, and a line left of every column and at the end.
		sw := t.RuleWidth
		if top {
			items = append(items, Item{Kind: RuleItem, X: e.left, Y: 0, W: tw, Stroke: sw})
		}
		if bottom {
			items = append(items, Item{Kind: RuleItem, X: e.left, Y: h, W: tw, Stroke: sw})
		}
		x := e.left
		for c := 0; c <= ncol; c++ {
			items = append(items, Item{Kind: RuleItem, X: x, Y: 0, H: h, Stroke: sw})
			if c < ncol {
				x += widths[c]
			}
		}
		return line{h: h, items: items, notes: notes}
	}
	b := box{before: t.Before,
		rule: &Item{Kind: RuleItem, X: e.left, W: tw, Stroke: t.RuleWidth}}
	room := e.bottom - e.top // what one row may take on an empty page
	if len(t.Header) > 0 {
		hl := piece(cells(t.Header, head, true), true, true)
		b.lines = append(b.lines, hl)
		b.head = []line{hl}
		room -= hl.h
	}
	for _, r := range t.Rows {
		cols := cells(r, body, false)
		if row := piece(cols, true, true); row.h <= room {
			b.lines = append(b.lines, row)
			continue
		}
		// A row taller than a page goes line by line, so that it can break anywhere.
		b.lines = append(b.lines, rowLines(cols, piece)...)
	}
	return b
}

// rowLines cuts a row into parts of one line of each cell.
func rowLines(cols [][]line, piece func([][]line, bool, bool) line) []line {
	n := 0
	for _, ls := range cols {
		n = max(n, len(ls))
	}
	out := make([]line, n)
	for i := range out {
		part := make([][]line, len(cols))
		for c, ls := range cols {
			if i < len(ls) {
				part[c] = ls[i : i+1]
			}
		}
		out[i] = piece(part, i == 0, i == n-1)
	}
	return out
}

// columnWidths shares the text width tw among ncol columns.
func (e *engine) columnWidths(t *form.Table, ncol int, body, head form.Style, tw, pad float64) []float64 {
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	measure := func(cells []form.Cell, st form.Style) {
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
		minW[c] = max(minW[c], 2*pad+body.Size)
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
