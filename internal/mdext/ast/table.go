package ast

import (
	"fmt"
	"strconv"
	"strings"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"vanban/internal/model"
)

// Table is a table read from pipe rows: its header rows (every row above the delimiter
// row), then its body rows, each a TableRow of one TableCell a column. Err, when set, says
// why the lines are not a valid table; the node then has no rows.
type Table struct {
	gast.BaseBlock
	// Aligns holds the alignment of each column, from the delimiter row.
	Aligns []east.Alignment
	Err    *Problem
}

// Problem is a mistake in a table or a table mark: a message and a hint for the writer, in
// Vietnamese, at Offset in the source.
type Problem struct {
	Offset        int
	Message, Hint string
}

// KindTable is the NodeKind of Table.
var KindTable = gast.NewNodeKind("VanbanTable")

// Kind implements Node.Kind.
func (n *Table) Kind() gast.NodeKind { return KindTable }

// IsRaw implements Node.IsRaw: the table keeps its source lines, whose text its cells
// hold.
func (n *Table) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *Table) Dump(source []byte, level int) {
	m := map[string]string{"Aligns": fmt.Sprint(n.Aligns)}
	if n.Err != nil {
		m["Err"] = fmt.Sprintf("%d %q", n.Err.Offset, n.Err.Message)
	}
	gast.DumpHelper(n, source, level, m, nil)
}

// NewTable returns an empty table.
func NewTable() *Table { return &Table{} }

// TableRow is a row of a Table; Header is set for the rows above the delimiter row.
type TableRow struct {
	gast.BaseBlock
	Header bool
}

// KindTableRow is the NodeKind of TableRow.
var KindTableRow = gast.NewNodeKind("VanbanTableRow")

// Kind implements Node.Kind.
func (n *TableRow) Kind() gast.NodeKind { return KindTableRow }

// Dump implements Node.Dump.
func (n *TableRow) Dump(source []byte, level int) {
	gast.DumpHelper(n, source, level, map[string]string{"Header": strconv.FormatBool(n.Header)}, nil)
}

// TableCell is one place of a row. A cell that spans stands at the top left of the places
// it covers, with ColSpan columns and RowSpan rows; the places it covers are Merged and
// have no lines. The lines of other cells are their inline text.
type TableCell struct {
	gast.BaseBlock
	ColSpan, RowSpan int
	Merged           model.Merge
}

// KindTableCell is the NodeKind of TableCell.
var KindTableCell = gast.NewNodeKind("VanbanTableCell")

// Kind implements Node.Kind.
func (n *TableCell) Kind() gast.NodeKind { return KindTableCell }

// Dump implements Node.Dump.
func (n *TableCell) Dump(source []byte, level int) {
	m := map[string]string{"Span": fmt.Sprintf("%d×%d", n.ColSpan, n.RowSpan)}
	if n.Merged != model.NotMerged {
		m["Merged"] = model.DumpCells([]model.Cell{{Merged: n.Merged}})
	}
	gast.DumpHelper(n, source, level, m, nil)
}

// NewTableCell returns a cell of one column and one row.
func NewTableCell() *TableCell { return &TableCell{ColSpan: 1, RowSpan: 1} }

// TableMark is a line "<!-- bảng: rộng 1 6 2; tổng -->" that tells what the pipe rows
// cannot about the table right under it: the relative widths of its columns, and that its
// last row is a totals row. Err, when set, says what in the line cannot be read.
type TableMark struct {
	gast.BaseBlock
	Widths []float64
	Total  bool
	Err    *Problem
}

// KindTableMark is the NodeKind of TableMark.
var KindTableMark = gast.NewNodeKind("TableMark")

// Kind implements Node.Kind.
func (n *TableMark) Kind() gast.NodeKind { return KindTableMark }

// IsRaw implements Node.IsRaw: the mark's line is not Markdown text.
func (n *TableMark) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *TableMark) Dump(source []byte, level int) {
	ws := make([]string, len(n.Widths))
	for i, w := range n.Widths {
		ws[i] = strconv.FormatFloat(w, 'g', -1, 64)
	}
	m := map[string]string{"Widths": "[" + strings.Join(ws, " ") + "]", "Total": strconv.FormatBool(n.Total)}
	if n.Err != nil {
		m["Err"] = fmt.Sprintf("%d %q", n.Err.Offset, n.Err.Message)
	}
	gast.DumpHelper(n, source, level, m, nil)
}

// NewTableMark returns an empty mark.
func NewTableMark() *TableMark { return &TableMark{} }
