package layout

import (
	"vanban/internal/model"
)

// table lays out a GFM table with borders. Column widths follow the content: each column
// gets at least its longest word and shares the rest by how much text it holds. Every row
// is a line of the box, so the table breaks between rows and repeats its header row; a row
// taller than a page is cut into pieces that each fit on one.
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
	// cells lays out a row's cells, each as its own lines.
	cells := func(row []model.Cell, st style, isHead bool) [][]line {
		out := make([][]line, ncol)
		x := e.left
		for c := 0; c < ncol; c++ {
			var runs []model.Run
			if c < len(row) {
				runs = row[c].Runs
			}
			align := model.AlignLeft
			if c < len(t.Aligns) && t.Aligns[c] != model.AlignDefault {
				align = t.Aligns[c]
			}
			if isHead {
				align = alignOf(ts.Head.Align, model.AlignCenter)
			}
			out[c] = e.para(runs, st, x+pad, widths[c]-2*pad, 0, ts.LeadingPT, align)
			x += widths[c]
		}
		return out
	}
	// piece draws the given lines of each cell as one bordered row.
	piece := func(cols [][]line) line {
		var items []Item
		h := ts.LeadingPT
		for _, ls := range cols {
			y := pad
			for _, l := range ls {
				items = append(items, shift(append([]Item(nil), l.items...), y)...)
				y += l.h
			}
			h = max(h, y-pad)
		}
		h += 2 * pad
		// Borders: the top and bottom, and a line left of every column and at the end.
		sw := ts.RuleWidthPT
		items = append(items,
			Item{Kind: RuleItem, X: e.left, Y: 0, W: tw, Stroke: sw},
			Item{Kind: RuleItem, X: e.left, Y: h, W: tw, Stroke: sw})
		x := e.left
		for c := 0; c <= ncol; c++ {
			items = append(items, Item{Kind: RuleItem, X: x, Y: 0, H: h, Stroke: sw})
			if c < ncol {
				x += widths[c]
			}
		}
		return line{h: h, items: items}
	}
	b := box{before: e.p.Body.ParagraphSpacePT}
	room := e.bottom - e.top - 2*pad // what a row piece may hold on an empty page
	if len(t.Header) > 0 {
		hl := piece(cells(t.Header, head, true))
		b.lines = append(b.lines, hl)
		b.head = []line{hl}
		room -= hl.h
	}
	for _, r := range t.Rows {
		b.lines = append(b.lines, rowPieces(cells(r, body, false), room, piece)...)
	}
	return b
}

// rowPieces cuts a row whose cells are taller than room into pieces no taller than room,
// each cell continuing in the next piece where it stopped.
func rowPieces(cols [][]line, room float64, piece func([][]line) line) []line {
	var out []line
	for {
		part := make([][]line, len(cols))
		more := false
		for c, ls := range cols {
			h, n := 0.0, 0
			for n < len(ls) && (n == 0 || h+ls[n].h <= room) {
				h += ls[n].h
				n++
			}
			part[c], cols[c] = ls[:n], ls[n:]
			more = more || len(cols[c]) > 0
		}
		out = append(out, piece(part))
		if !more {
			return out
		}
	}
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
