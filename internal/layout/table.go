package layout

import (
	"vanban/internal/diag"
	"vanban/internal/form"
)

// grid is a table being laid out: its rows (header rows first), the x of every column
// edge, the cell that covers every place, and each cell's lines.
type grid struct {
	t      *form.Table
	rows   []form.Row
	ncol   int
	widths []float64
	xs     []float64 // xs[c] is the left edge of column c, xs[ncol] the right edge
	// owner[r][c] is the index r*ncol+c of the cell covering the place.
	owner [][]int
	// cells[r][c] is laid out for the cell of its own at r, c; nil for merged places.
	cells [][]*cellBox
	// heights[r] is row r's height, padding included.
	heights []float64
}

// cellBox is a cell laid out: its lines, what they take, the rows and columns it spans.
type cellBox struct {
	lines          []line
	content        float64
	cols, rowsSpan int
	middle         bool
}

// table lays out a table with borders. Column widths follow the relative widths written
// for them, or else the content: each column gets at least its longest word and shares the
// rest by how much text it holds. A cell spanning columns takes their widths, one spanning
// rows their heights, and no border crosses it. The rows go on the page as bands: a row,
// with the rows a cell spanning rows ties to it and the row after a group row; the header
// rows are one band, repeated at the top of every page the table goes on to. A band
// taller than a page is cut between the lines of its cells.
func (e *engine) table(t *form.Table) box {
	g := &grid{t: t, rows: append(t.Head[:len(t.Head):len(t.Head)], t.Rows...)}
	for _, r := range g.rows {
		g.ncol = max(g.ncol, len(r.Cells))
	}
	if g.ncol == 0 {
		return box{}
	}
	tw := e.right - e.left
	// A column narrower than one character and its padding prints nothing readable: a
	// table with more columns than fit is refused, not drawn as a black band.
	if fit := int(tw / (2*t.Padding + g.rows[0].Style.Size*0.6)); g.ncol > fit {
		e.diags = append(e.diags, diag.Errorf(e.doc.Source, e.pos.Line, e.pos.Col,
			"chia bảng thành nhiều bảng, hoặc đặt nó trong phụ lục ngang (<!-- phụ lục ngang -->)",
			"bảng có %d cột: bề rộng trang chỉ đủ cho %d cột", g.ncol, fit))
		return box{}
	}
	g.spans()
	g.widths = e.columnWidths(g, tw)
	g.xs = make([]float64, g.ncol+1)
	g.xs[0] = e.left
	for c, w := range g.widths {
		g.xs[c+1] = g.xs[c] + w
	}
	e.cellLines(g)

	b := box{before: t.Before, rule: &Item{Kind: RuleItem, X: e.left, W: tw, Stroke: t.RuleWidth}}
	room := e.bottom - e.top // what one band may take on an empty page
	r := 0
	if len(t.Head) > 0 {
		r = g.bandEnd(0, len(t.Head))
		hl := e.band(g, 0, r)
		b.lines = append(b.lines, hl)
		b.head = []line{hl}
		room -= hl.h
	}
	for r < len(g.rows) {
		end := g.bandEnd(r, r+1)
		if l := e.band(g, r, end); l.h <= room/3 {
			b.lines = append(b.lines, l)
		} else {
			// A band taller than a third of a page goes row by row, each line by line, so
			// that it can break where the page ends rather than move whole and leave half a
			// page empty (as Word lets a row break across pages).
			for i := r; i < end; i++ {
				b.lines = append(b.lines, e.cutRow(g, i, i == r, i == end-1)...)
			}
		}
		r = end
	}
	return b
}

// spans finds the cell covering every place, from the marks of the merged places: each
// goes with the cell to its left or above it. What a cell spans is the places it covers.
func (g *grid) spans() {
	g.owner = make([][]int, len(g.rows))
	for r, row := range g.rows {
		g.owner[r] = make([]int, g.ncol)
		for c := range g.ncol {
			g.owner[r][c] = r*g.ncol + c
			if c >= len(row.Cells) {
				continue
			}
			switch row.Cells[c].Merged {
			case form.MergedLeft:
				if c > 0 {
					g.owner[r][c] = g.owner[r][c-1]
				}
			case form.MergedUp:
				if r > 0 {
					g.owner[r][c] = g.owner[r-1][c]
				}
			}
		}
	}
}

// cell returns the cell of its own at r, c and the columns and rows it spans (by the places
// it covers, right of it and under it), or ok false for a merged place.
func (g *grid) cell(r, c int) (cell form.Cell, cols, rows int, ok bool) {
	if g.owner[r][c] != r*g.ncol+c {
		return form.Cell{}, 0, 0, false
	}
	if c < len(g.rows[r].Cells) {
		cell = g.rows[r].Cells[c]
	}
	cols, rows = 1, 1
	for c+cols < g.ncol && g.owner[r][c+cols] == g.owner[r][c] {
		cols++
	}
	for r+rows < len(g.rows) && g.owner[r+rows][c] == g.owner[r][c] {
		rows++
	}
	return cell, cols, rows, true
}

// cellLines lays out every cell at its width and sets the rows' heights: each row is as
// tall as its tallest cell of one row, and the last row a cell spans grows when the cell
// needs more than its rows give.
func (e *engine) cellLines(g *grid) {
	t := g.t
	pad := t.Padding
	g.cells = make([][]*cellBox, len(g.rows))
	g.heights = make([]float64, len(g.rows))
	for r, row := range g.rows {
		g.cells[r] = make([]*cellBox, g.ncol)
		h := t.Leading
		for c := range g.ncol {
			cell, cols, rows, ok := g.cell(r, c)
			if !ok {
				continue
			}
			w := g.widths[c]
			for _, x := range g.widths[c+1 : c+cols] {
				w += x
			}
			align := row.Align
			if align == 0 { // the column's own
				align = t.Aligns[c]
			}
			cb := &cellBox{cols: cols, rowsSpan: rows, middle: row.Middle || rows > 1,
				lines: e.para(cell.Runs, row.Style, g.xs[c]+pad, w-2*pad, 0, t.Leading, align)}
			y := pad
			for _, l := range cb.lines {
				y += l.h
			}
			cb.content = y - pad
			if rows == 1 {
				h = max(h, cb.content)
			}
			g.cells[r][c] = cb
		}
		g.heights[r] = h + 2*pad
	}
	for r := range g.rows {
		for c := range g.ncol {
			cb := g.cells[r][c]
			if cb == nil || cb.rowsSpan == 1 {
				continue
			}
			need, have := max(t.Leading, cb.content)+2*pad, 0.0
			for _, h := range g.heights[r : r+cb.rowsSpan] {
				have += h
			}
			if need > have {
				g.heights[r+cb.rowsSpan-1] += need - have
			}
		}
	}
}

// bandEnd is the end of the band of rows from r0 that holds at least the rows up to end:
// a cell spanning rows takes the rows it spans along, and a group row the row after it.
func (g *grid) bandEnd(r0, end int) int {
	for grown := true; grown; {
		grown = false
		for r := r0; r < end; r++ {
			for c := range g.ncol {
				if cb := g.cells[r][c]; cb != nil && r+cb.rowsSpan > end {
					end, grown = r+cb.rowsSpan, true
				}
			}
		}
		if end < len(g.rows) && g.rows[end-1].KeepNext && end > len(g.t.Head) {
			end, grown = end+1, true
		}
	}
	return end
}

// band draws rows r0 to r1 as one line of the box: the cells' text, the borders around the
// band and between its rows and columns, but none through a cell spanning them.
func (e *engine) band(g *grid, r0, r1 int) line {
	pad := g.t.Padding
	tops := make([]float64, r1-r0+1)
	for r := r0; r < r1; r++ {
		tops[r-r0+1] = tops[r-r0] + g.heights[r]
	}
	var items []Item
	var notes []int
	for r := r0; r < r1; r++ {
		for c := range g.ncol {
			cb := g.cells[r][c]
			if cb == nil {
				continue
			}
			y := tops[r-r0] + pad
			if room := tops[r-r0+cb.rowsSpan] - tops[r-r0] - 2*pad - cb.content; cb.middle && room > 0.01 {
				y += room / 2
			}
			for _, l := range cb.lines {
				items = append(items, shift(append([]Item(nil), l.items...), y)...)
				notes = append(notes, l.notes...)
				y += l.h
			}
		}
	}
	h := tops[r1-r0]
	sw := g.t.RuleWidth
	items = append(items, e.hrule(g, nil, 0, sw)...)
	items = append(items, e.hrule(g, nil, h, sw)...)
	for r := r0 + 1; r < r1; r++ {
		items = append(items, e.hrule(g, g.cuts(r), tops[r-r0], sw)...)
	}
	for c := 0; c <= g.ncol; c++ {
		for r := r0; r < r1; {
			if !g.edge(r, c) {
				r++
				continue
			}
			s := r
			for r < r1 && g.edge(r, c) {
				r++
			}
			items = append(items, Item{Kind: RuleItem, X: g.xs[c], Y: tops[s-r0], H: tops[r-r0] - tops[s-r0], Stroke: sw})
		}
	}
	return line{h: h, items: items, notes: notes}
}

// edge tells whether the border left of column c (c = ncol: the right edge) is drawn
// along row r: not inside a cell spanning columns.
func (g *grid) edge(r, c int) bool {
	return c == 0 || c == g.ncol || g.owner[r][c-1] != g.owner[r][c]
}

// cuts tells, for each column, whether the border above row r is drawn there: not inside
// a cell spanning rows.
func (g *grid) cuts(r int) []bool {
	out := make([]bool, g.ncol)
	for c := range out {
		out[c] = r == 0 || r >= len(g.rows) || g.owner[r-1][c] != g.owner[r][c]
	}
	return out
}

// hrule draws the horizontal border at y over the columns where draw is set (every column
// when draw is nil), one rule for each run of them.
func (e *engine) hrule(g *grid, draw []bool, y, sw float64) []Item {
	if draw == nil {
		return []Item{{Kind: RuleItem, X: e.left, Y: y, W: e.right - e.left, Stroke: sw}}
	}
	var out []Item
	for c := 0; c < g.ncol; {
		if !draw[c] {
			c++
			continue
		}
		s := c
		for c < g.ncol && draw[c] {
			c++
		}
		out = append(out, Item{Kind: RuleItem, X: g.xs[s], Y: y, W: g.xs[c] - g.xs[s], Stroke: sw})
	}
	return out
}

// cutRow cuts row r into parts of one line of each cell, for a band taller than a page: a
// cell spanning rows stands in its first row. The border above the row is drawn when it
// is the band's first, else only where no cell goes on from above; the one below likewise.
func (e *engine) cutRow(g *grid, r int, first, last bool) []line {
	cols := make([][]line, g.ncol)
	n := 0
	for c, cb := range g.cells[r] {
		if cb != nil {
			cols[c] = cb.lines
			n = max(n, len(cb.lines))
		}
	}
	n = max(n, 1)
	top, bottom := g.cuts(r), g.cuts(r+1)
	if first {
		top = nil
	}
	if last {
		bottom = nil
	}
	out := make([]line, n)
	for i := range out {
		part := make([][]line, g.ncol)
		for c, ls := range cols {
			if i < len(ls) {
				part[c] = ls[i : i+1]
			}
		}
		out[i] = e.piece(g, r, part, i == 0, i == n-1, top, bottom)
	}
	return out
}

// piece draws the given lines of each cell of row r as one part of the row: the border
// above only on the row's first part, the one below only on its last.
func (e *engine) piece(g *grid, r int, cols [][]line, isTop, isBottom bool, top, bottom []bool) line {
	t := g.t
	var items []Item
	// Padding stands above a row's first line and below its last, not between parts.
	above, below := 0.0, 0.0
	if isTop {
		above = t.Padding
	}
	if isBottom {
		below = t.Padding
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
	sw := t.RuleWidth
	if isTop {
		items = append(items, e.hrule(g, top, 0, sw)...)
	}
	if isBottom {
		items = append(items, e.hrule(g, bottom, h, sw)...)
	}
	for c := 0; c <= g.ncol; c++ {
		if g.edge(r, c) {
			items = append(items, Item{Kind: RuleItem, X: g.xs[c], Y: 0, H: h, Stroke: sw})
		}
	}
	return line{h: h, items: items, notes: notes}
}

// columnWidths shares the text width tw among the columns: by the relative widths written
// for them, or else by their content. A cell spanning columns widens them evenly when its
// longest word or its text needs more than they give.
func (e *engine) columnWidths(g *grid, tw float64) []float64 {
	t, ncol := g.t, g.ncol
	out := make([]float64, ncol)
	if len(t.Widths) == ncol {
		sum := 0.0
		for _, w := range t.Widths {
			sum += w
		}
		for c, w := range t.Widths {
			out[c] = tw * w / sum
		}
		return out
	}
	pad := t.Padding
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	type wide struct {
		c, cols    int
		least, all float64
	}
	var spanning []wide
	for r, row := range g.rows {
		for c := range min(len(row.Cells), ncol) {
			cell, cols, _, ok := g.cell(r, c)
			if !ok {
				continue
			}
			least, all := 0.0, 0.0
			ws := e.words(cell.Runs, row.Style)
			for _, w := range ws {
				least = max(least, w.w+2*pad)
			}
			all = lineWidth(ws) + 2*pad
			if cols > 1 {
				spanning = append(spanning, wide{c, cols, least, all})
				continue
			}
			minW[c] = max(minW[c], least)
			maxW[c] = max(maxW[c], all)
		}
	}
	size := g.rows[len(g.rows)-1].Style.Size // the body's, as the last row is a body row
	if len(t.Rows) > 0 {
		size = t.Rows[0].Style.Size
	}
	for c := range minW {
		minW[c] = max(minW[c], 2*pad+size)
		maxW[c] = max(maxW[c], minW[c])
	}
	for _, s := range spanning {
		widen(minW[s.c:s.c+s.cols], s.least)
		widen(maxW[s.c:s.c+s.cols], s.all)
	}
	sumMin, sumMax := 0.0, 0.0
	for c := range minW {
		maxW[c] = max(maxW[c], minW[c])
		sumMin += minW[c]
		sumMax += maxW[c]
	}
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

// widen adds to ws evenly what they lack to make need together.
func widen(ws []float64, need float64) {
	have := 0.0
	for _, w := range ws {
		have += w
	}
	if need > have {
		for i := range ws {
			ws[i] += (need - have) / float64(len(ws))
		}
	}
}
