package model

import (
	"fmt"
	"io"
	"strings"
)

// Document is a whole official document: Meta from the front matter, the body blocks,
// the appendices that follow the signature and the documents issued with it.
type Document struct {
	Meta       Meta
	Blocks     []Block
	Appendices []*Appendix
	// Attached are the documents a quyết định issues with it (văn bản ban hành kèm theo),
	// after its own appendices.
	Attached []*Attached
	// Footnotes are numbered through the document, body and appendices, in the order of
	// their first reference: Footnotes[0] is note 1.
	Footnotes []*Footnote
	// Source names the file the document came from, for diagnostics.
	Source string
}

// Appendix is a phụ lục: it starts on a new page, numbers its pages from 1 again, may be
// landscape for wide tables, and opens with its label ("Phụ lục I"), title and note
// ("(Kèm theo Kế hoạch số … của …)").
type Appendix struct {
	Landscape bool
	Label     []Run
	Title     []Run
	Note      []Run
	Blocks    []Block
	Pos       Pos
}

// Attached is a document issued with the decision ("Ban hành kèm theo Quyết định này Quy
// chế …"): it starts on a new page with its type name ("QUY CHẾ") and title ("Làm việc của
// …") under a header of its own; Issuer is how the note under the title names who issues
// the decision ("Chủ tịch Ủy ban nhân dân tỉnh …"), empty when not given; Note, when set,
// is a note written out whole ("(Ban hành kèm theo …)") that replaces the one the format
// makes. Its own appendices follow it.
type Attached struct {
	TypeName   []Run
	Title      []Run
	Issuer     []Run
	Note       []Run
	Blocks     []Block
	Appendices []*Appendix
	Pos        Pos
}

// Pos is a place in the source file (1-based; 0 = unknown).
type Pos struct{ Line, Col int }

// Block is one block of the body: *Heading, *Paragraph or *Table.
type Block interface {
	// Position returns where the block starts in the source.
	Position() Pos
}

// Align is a horizontal alignment.
type Align int

const (
	// AlignDefault leaves the choice to the profile.
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify
)

// Run is a piece of text in one style.
type Run struct {
	Text      string
	Bold      bool
	Italic    bool
	Underline bool
	// Note, when not 0, makes the run a footnote reference: its Text is the mark printed
	// (the note's number) and Note the note's number.
	Note int
}

// Footnote is the text of a footnote (chú thích), printed at the foot of the page where it
// is first referenced.
type Footnote struct {
	Runs []Run
	Pos  Pos
}

// Heading is a titled line: level 1 (phần, chương: centred), 2 (mục "I."), 3 (khoản "1."
// with a title), 4 (điểm "a)" with a title). The numbering is part of the text.
type Heading struct {
	Level int
	Runs  []Run
	Pos   Pos
}

// Paragraph is a body paragraph. A paragraph that opens a list item carries the item's
// Marker ("-", "+", "1.", "a)") and its nesting Depth (1 for a top-level list).
type Paragraph struct {
	Runs   []Run
	Marker string
	Depth  int
	Align  Align
	Pos    Pos
}

// Table is a table with borders. Head holds its header rows, printed again at the top of
// every page the table goes on to; Rows its body rows. Every row has one Cell a column: a
// cell spanning columns or rows stands at the top left of the places it covers, which are
// Merged. Aligns holds one alignment a column.
type Table struct {
	Head   [][]Cell
	Rows   [][]Cell
	Aligns []Align
	// Widths are the columns' relative widths ("1 6 2": the second six times as wide as
	// the first); nil leaves them to the content.
	Widths []float64
	// Total marks the last row as the totals row (Tổng cộng, Chỉ số chung).
	Total bool
	Pos   Pos
}

// Grid is the table's rows, header rows first.
func (t *Table) Grid() [][]Cell { return append(t.Head[:len(t.Head):len(t.Head)], t.Rows...) }

// Chart is a bar chart: one bar a row, for figures such as the completion rate of each
// unit. Each bar carries its value as text too, so the chart reads in black and white and
// in the extracted text.
type Chart struct {
	Title string
	// Unit is the unit of the values ("%"); with "%" the scale runs to 100.
	Unit string
	Bars []Bar
	Pos  Pos
}

// Bar is one row of a chart.
type Bar struct {
	Label string
	Value float64
	// Text is the value as printed ("75,5%").
	Text string
}

// Position implements Block.
func (c *Chart) Position() Pos { return c.Pos }

// PageBreak starts what follows on a new page ("<!-- sang trang -->").
type PageBreak struct{ Pos Pos }

// Position implements Block.
func (p *PageBreak) Position() Pos { return p.Pos }

// Cell is one place of a table's grid: a cell of its own, which may span ColSpan columns
// and RowSpan rows (0 is 1), or a place Merged into the cell to its left or above it,
// without text of its own.
type Cell struct {
	Runs             []Run
	ColSpan, RowSpan int
	Merged           Merge
}

// Spans returns the columns and rows the cell covers, at least one of each.
func (c Cell) Spans() (cols, rows int) { return max(c.ColSpan, 1), max(c.RowSpan, 1) }

// Merge tells a place of a table covered by a spanning cell, by the mark written there.
type Merge int

const (
	// NotMerged is a cell of its own.
	NotMerged Merge = iota
	// MergedLeft ("<<"): the cell to the left goes on over this place.
	MergedLeft
	// MergedUp ("^^"): the cell above goes on over this place.
	MergedUp
)

// The marks of merged places in a table's rows, in official Markdown and in data files.
const (
	MarkLeft = "<<"
	MarkUp   = "^^"
)

// Position implements Block.
func (h *Heading) Position() Pos { return h.Pos }

// Position implements Block.
func (p *Paragraph) Position() Pos { return p.Pos }

// Position implements Block.
func (t *Table) Position() Pos { return t.Pos }

// PlainText joins the runs' text.
func PlainText(runs []Run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Dump writes the body in a short readable form, one block a line, for golden tests and
// for "vanban build -giai-doan mo-hinh".
func (d *Document) Dump(w io.Writer) error {
	if err := dumpBlocks(w, d.Blocks); err != nil {
		return err
	}
	if err := dumpAppendices(w, d.Appendices); err != nil {
		return err
	}
	for _, a := range d.Attached {
		if _, err := fmt.Fprintf(w, "KÈM THEO %s | %s | %s | %s\n", DumpRuns(a.TypeName), DumpRuns(a.Title), DumpRuns(a.Issuer), DumpRuns(a.Note)); err != nil {
			return err
		}
		if err := dumpBlocks(w, a.Blocks); err != nil {
			return err
		}
		if err := dumpAppendices(w, a.Appendices); err != nil {
			return err
		}
	}
	for i, n := range d.Footnotes {
		if _, err := fmt.Fprintf(w, "[^%d]: %s\n", i+1, DumpRuns(n.Runs)); err != nil {
			return err
		}
	}
	return nil
}

func dumpAppendices(w io.Writer, as []*Appendix) error {
	for _, a := range as {
		orient := "dọc"
		if a.Landscape {
			orient = "ngang"
		}
		if _, err := fmt.Fprintf(w, "PHỤ LỤC (%s) %s | %s | %s\n", orient, DumpRuns(a.Label), DumpRuns(a.Title), DumpRuns(a.Note)); err != nil {
			return err
		}
		if err := dumpBlocks(w, a.Blocks); err != nil {
			return err
		}
	}
	return nil
}

func dumpBlocks(w io.Writer, blocks []Block) error {
	for _, b := range blocks {
		var err error
		switch b := b.(type) {
		case *Heading:
			_, err = fmt.Fprintf(w, "H%d %s\n", b.Level, DumpRuns(b.Runs))
		case *Paragraph:
			prefix := "P"
			if b.Marker != "" {
				prefix = fmt.Sprintf("L%d[%s]", b.Depth, b.Marker)
			}
			_, err = fmt.Fprintf(w, "%s %s\n", prefix, DumpRuns(b.Runs))
		case *PageBreak:
			_, err = fmt.Fprintln(w, "SANG TRANG")
		case *Box:
			err = b.dump(w)
		case *BoxLine:
			err = b.dump(w)
		case *Chart:
			_, err = fmt.Fprintf(w, "C %s (%s)\n", b.Title, b.Unit)
			for _, bar := range b.Bars {
				if err == nil {
					_, err = fmt.Fprintf(w, "  %s: %s\n", bar.Label, bar.Text)
				}
			}
		case *Table:
			grid := b.Grid()
			cols := 0
			for _, row := range grid {
				cols = max(cols, len(row))
			}
			_, err = fmt.Fprintf(w, "T %d×%d%s\n", len(grid), cols, b.dumpExtras())
			for i, row := range grid {
				if err == nil && i == len(b.Head) && len(b.Head) > 1 {
					_, err = fmt.Fprintln(w, "  |---|")
				}
				if err == nil {
					_, err = fmt.Fprintf(w, "  | %s |\n", DumpCells(row))
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// dumpExtras writes what a table has beyond GFM's: widths, a totals row.
func (t *Table) dumpExtras() string {
	var b strings.Builder
	if len(t.Widths) > 0 {
		fmt.Fprintf(&b, " rộng %v", t.Widths)
	}
	if t.Total {
		b.WriteString(" tổng")
	}
	return b.String()
}

// DumpCells writes a row's cells as the pipe row of official Markdown would: merged places
// as their marks "<<" and "^^".
func DumpCells(row []Cell) string {
	cells := make([]string, len(row))
	for i, c := range row {
		switch c.Merged {
		case MergedLeft:
			cells[i] = MarkLeft
		case MergedUp:
			cells[i] = MarkUp
		default:
			cells[i] = DumpRuns(c.Runs)
		}
	}
	return strings.Join(cells, " | ")
}

// DumpRuns writes runs with their styles marked as in Markdown ("**đậm**", "*nghiêng*")
// and footnote references as "[^1]", for dumps and golden tests.
func DumpRuns(runs []Run) string {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Note > 0:
			fmt.Fprintf(&b, "[^%s]", r.Text)
		case r.Bold && r.Italic:
			fmt.Fprintf(&b, "***%s***", r.Text)
		case r.Bold:
			fmt.Fprintf(&b, "**%s**", r.Text)
		case r.Italic:
			fmt.Fprintf(&b, "*%s*", r.Text)
		default:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}
