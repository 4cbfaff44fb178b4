package docx

import (
	"strconv"
	"strings"

	"vanban/internal/form"
)

// blocks writes blocks of the body. With keepAll every paragraph but the last keeps with
// what follows (a box kept on one page); with keepLast the last one does (the body's end,
// kept with the closing block).
func (w *writer) blocks(x *xw, bs []form.Block, keepAll, keepLast bool) {
	for i, b := range bs {
		last := i == len(bs)-1
		keep := keepAll && !last || keepLast && last
		switch b := b.(type) {
		case *form.Paragraph:
			p := para{style: bodyStyle(b.Level), align: b.Align, first: b.Indent, leader: b.Leading, before: b.Before,
				keepNext: b.KeepNext || keep, keepLines: keepAll}
			w.paragraph(x, p, b.Style, b.Runs)
		case *form.Table:
			w.table(x, b)
		case *form.Chart:
			w.chart(x, b)
		case *form.PageBreak:
			w.breakNext = true
		case *form.Box:
			w.box(x, b, keep)
		}
	}
}

// space writes an empty paragraph h points high: the space above a table or a block that
// Word cannot give one, and what keeps two tables apart.
func (w *writer) space(x *xw, h float64, keep bool) {
	w.paragraph(x, para{style: styleRule, leader: max(h, 1), keepNext: keep}, form.Style{Size: 1}, nil)
}

// box writes a run of blocks kept on one page; a framed one as a table of one cell that
// does not split, its padding inside the rule.
func (w *writer) box(x *xw, b *form.Box, keep bool) {
	if !b.Frame {
		w.blocks(x, b.Blocks, true, keep)
		return
	}
	w.space(x, b.Before, true)
	openTable(x, []float64{w.textW}, b.RuleWidth, b.Padding)
	x.open("w:tr")
	trPr(x, true, false)
	cell(x, w.textW, 1, "", false)
	outer := w.textW
	w.textW -= 2 * b.Padding
	w.blocks(x, b.Blocks, true, false)
	w.textW = outer
	if n := len(b.Blocks); n == 0 || !isParagraph(b.Blocks[n-1]) {
		emptyParagraph(x) // a cell ends with a paragraph
	}
	x.close("w:tc")
	x.close("w:tr")
	x.close("w:tbl")
	if keep {
		w.space(x, 1, true)
	}
}

func isParagraph(b form.Block) bool {
	_, ok := b.(*form.Paragraph)
	return ok
}

// origin is the cell that covers a place of a table's grid: its row and column, and the
// rows and columns it spans.
type origin struct{ r, c, cols, rows int }

// covers maps every place of the rows' grid to the cell that covers it.
func covers(rows []form.Row, ncol int) [][]origin {
	out := make([][]origin, len(rows))
	for r := range rows {
		out[r] = make([]origin, ncol)
		for c := range out[r] {
			out[r][c] = origin{r, c, 1, 1}
		}
	}
	for r, row := range rows {
		for c, cl := range row.Cells {
			if c >= ncol || cl.Merged != form.NotMerged {
				continue
			}
			cols, rs := cl.Spans()
			o := origin{r, c, min(cols, ncol-c), min(rs, len(rows)-r)}
			for rr := r; rr < r+o.rows; rr++ {
				for cc := c; cc < c+o.cols; cc++ {
					out[rr][cc] = o
				}
			}
		}
	}
	return out
}

// table writes a table with borders: its header rows repeated on every page, centred
// both ways; spanning cells as Word merges them (gridSpan across, vMerge down).
func (w *writer) table(x *xw, t *form.Table) {
	w.space(x, t.Before, true)
	ncol := len(t.Aligns)
	for _, r := range append(t.Head[:len(t.Head):len(t.Head)], t.Rows...) {
		ncol = max(ncol, len(r.Cells))
	}
	rows := append(t.Head[:len(t.Head):len(t.Head)], t.Rows...)
	cover := covers(rows, ncol)
	widths := columnWidths(t.Widths, ncol, w.textW)
	if len(t.Widths) != ncol {
		widths = w.contentWidths(t, rows, cover, ncol)
	}
	openTable(x, widths, t.RuleWidth, t.Padding)
	for r, row := range rows {
		x.open("w:tr")
		// A row does not split across pages, as in the PDF: the table breaks between rows.
		trPr(x, true, r < len(t.Head))
		for c := 0; c < ncol; {
			o := cover[r][c]
			wide := 0.0
			for _, cw := range widths[c : c+o.cols] {
				wide += cw
			}
			merge := ""
			switch {
			case o.rows > 1 && o.r == r:
				merge = "restart"
			case o.r < r:
				merge = "continue"
			}
			cell(x, wide, o.cols, merge, row.Middle || o.rows > 1)
			align := row.Align
			if align == 0 && c < len(t.Aligns) {
				align = t.Aligns[c]
			}
			var runs []form.Run
			if o.r == r && c < len(row.Cells) {
				runs = row.Cells[c].Runs
			}
			w.paragraph(x, para{style: styleTable, align: align, leader: t.Leading, keepNext: row.KeepNext}, row.Style, runs)
			x.close("w:tc")
			c += o.cols
		}
		x.close("w:tr")
	}
	x.close("w:tbl")
}

// columnWidths shares the text width among ncol columns as the relative widths say, or
// evenly when they say nothing.
func columnWidths(rel []float64, ncol int, total float64) []float64 {
	out := make([]float64, ncol)
	sum := 0.0
	if len(rel) == ncol {
		for _, v := range rel {
			sum += v
		}
	}
	for i := range out {
		if sum > 0 {
			out[i] = total * rel[i] / sum
		} else {
			out[i] = total / float64(ncol)
		}
	}
	return out
}

// contentWidths shares the text width among columns by their content, as the PDF's layout
// does when a table gives no widths: each column at least as wide as its longest word, and
// what is left shared in proportion to what its longest line lacks. (LibreOffice does not
// fit a table to its content; Word would, but then the two would differ.) Cells spanning
// columns are left out.
func (w *writer) contentWidths(t *form.Table, rows []form.Row, cover [][]origin, ncol int) []float64 {
	least := make([]float64, ncol)
	all := make([]float64, ncol)
	for r, row := range rows {
		for c := range min(ncol, len(row.Cells)) {
			if o := cover[r][c]; o.r != r || o.c != c || o.cols > 1 {
				continue
			}
			var b strings.Builder
			for _, run := range row.Cells[c].Runs {
				b.WriteString(run.Text)
			}
			text := strings.ReplaceAll(b.String(), "\n", " \n")
			for _, line := range strings.Split(text, "\n") {
				all[c] = max(all[c], w.opt.Measure(strings.TrimSpace(line), row.Style))
			}
			for _, word := range strings.Fields(text) {
				least[c] = max(least[c], w.opt.Measure(word, row.Style))
			}
		}
	}
	size := 0.0
	if n := len(rows); n > 0 {
		size = rows[n-1].Style.Size
	}
	sumLeast, sumAll := 0.0, 0.0
	for c := range least {
		// The rules take their width from the cell's room.
		least[c] = max(least[c], size) + 2*t.Padding + t.RuleWidth
		all[c] = max(all[c]+2*t.Padding+t.RuleWidth, least[c])
		sumLeast += least[c]
		sumAll += all[c]
	}
	out := make([]float64, ncol)
	for c := range out {
		switch {
		case sumAll <= w.textW:
			out[c] = all[c] * w.textW / sumAll
		case sumLeast >= w.textW:
			out[c] = least[c] * w.textW / sumLeast
		default:
			out[c] = least[c] + (all[c]-least[c])*(w.textW-sumLeast)/(sumAll-sumLeast)
		}
	}
	return out
}

// chart writes a bar chart as its title over a table of two columns: each bar's label and
// its value as printed.
func (w *writer) chart(x *xw, c *form.Chart) {
	t := &form.Table{Aligns: []form.Align{form.Left, form.Right}, Widths: []float64{0.7, 0.3}, Leading: c.Leading,
		Padding: chartPadding, RuleWidth: chartRule, Before: c.Before}
	for _, b := range c.Bars {
		t.Rows = append(t.Rows, form.Row{Style: c.Style,
			Cells: []form.Cell{{Runs: []form.Run{{Text: b.Label}}}, {Runs: []form.Run{{Text: b.Text}}}}})
	}
	if c.Title != "" {
		w.paragraph(x, para{style: styleTable, align: form.Center, leader: c.Leading, before: c.Before, keepNext: true},
			form.Style{Size: c.Style.Size, Bold: true}, []form.Run{{Text: c.Title}})
		t.Before = 0
	}
	w.table(x, t)
}

// The look of a chart's table, which the form does not give: thin rules, a little room.
const (
	chartPadding = 2
	chartRule    = 0.5
)

// openTable starts a table of columns of the given widths at the left margin: rules of
// width border around and between its cells (none when 0), padding inside them.
func openTable(x *xw, widths []float64, border, padding float64) {
	total := 0.0
	for _, v := range widths {
		total += v
	}
	x.open("w:tbl")
	x.open("w:tblPr")
	x.empty("w:tblW", "w:w", twips(total), "w:type", "dxa")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		if border > 0 {
			x.empty(side, "w:val", "single", "w:sz", eighths(border), "w:space", "0", "w:color", "000000")
		} else {
			x.empty(side, "w:val", "nil")
		}
	}
	x.close("w:tblBorders")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.open("w:tblCellMar")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right"} {
		x.empty(side, "w:w", twips(padding), "w:type", "dxa")
	}
	x.close("w:tblCellMar")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	for _, v := range widths {
		x.empty("w:gridCol", "w:w", twips(v))
	}
	x.close("w:tblGrid")
}

// trPr writes a row's properties: a row that does not split across pages, a header row
// repeated at the top of every page.
func trPr(x *xw, cantSplit, header bool) {
	if !cantSplit && !header {
		return
	}
	x.open("w:trPr")
	if cantSplit {
		x.empty("w:cantSplit")
	}
	if header {
		x.empty("w:tblHeader")
	}
	x.close("w:trPr")
}

// cell starts a cell wide points across span columns; merge is "restart" for a cell
// spanning rows, "continue" for a place it covers below it, "" otherwise; middle centres
// the text between the top and the bottom.
func cell(x *xw, wide float64, span int, merge string, middle bool) {
	x.open("w:tc")
	x.open("w:tcPr")
	x.empty("w:tcW", "w:w", twips(wide), "w:type", "dxa")
	if span > 1 {
		x.val("w:gridSpan", strconv.Itoa(span))
	}
	if merge != "" {
		x.val("w:vMerge", merge)
	}
	if middle {
		x.val("w:vAlign", "center")
	}
	x.close("w:tcPr")
}

// emptyParagraph ends a cell that holds nothing else.
func emptyParagraph(x *xw) { x.empty("w:p") }
