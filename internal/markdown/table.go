package markdown

import (
	"regexp"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"vanban/internal/diag"
	mdast "vanban/internal/mdext/ast"
	"vanban/internal/model"
)

// table copies a table read by package mdext into the model, with the mark written above
// it; a table that is not a valid one is reported at its mistake.
func (r *reader) table(t *mdast.Table) {
	mark := r.mark
	r.mark = nil
	if t.Err != nil {
		r.problem(t.Err)
		return
	}
	out := &model.Table{Pos: r.pos(t)}
	for _, a := range t.Aligns {
		out.Aligns = append(out.Aligns, map[east.Alignment]model.Align{
			east.AlignLeft: model.AlignLeft, east.AlignCenter: model.AlignCenter,
			east.AlignRight: model.AlignRight}[a])
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []model.Cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			tc := c.(*mdast.TableCell)
			cell := model.Cell{ColSpan: tc.ColSpan, RowSpan: tc.RowSpan, Merged: tc.Merged}
			if tc.Merged == model.NotMerged {
				cell.Runs = r.inlines(tc)
			}
			cells = append(cells, cell)
		}
		if row.(*mdast.TableRow).Header {
			out.Head = append(out.Head, cells)
		} else {
			out.Rows = append(out.Rows, cells)
		}
	}
	if mark != nil {
		at := r.pos(mark)
		switch {
		case len(mark.Widths) > 0 && len(mark.Widths) != len(out.Aligns):
			r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col, "ghi đúng một độ rộng cho mỗi cột của bảng, theo thứ tự từ trái sang phải",
				"dòng đánh dấu bảng ghi %d độ rộng, bảng có %d cột", len(mark.Widths), len(out.Aligns)))
		case mark.Total && len(out.Rows) == 0:
			r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col, "bỏ “tổng”, hoặc thêm dòng tổng vào cuối bảng",
				"bảng đánh dấu “tổng” nhưng không có dòng nào dưới dòng kẻ"))
		}
		out.Widths, out.Total = mark.Widths, mark.Total
	}
	r.blocks = append(r.blocks, out)
}

// tableMark keeps a table mark for the table under it; a mark that cannot be read is
// reported.
func (r *reader) tableMark(m *mdast.TableMark) {
	if m.Err != nil {
		r.problem(m.Err)
		return
	}
	r.mark = m
}

// strayMark reports a table mark waiting for a table when something else comes.
func (r *reader) strayMark() {
	if r.mark == nil {
		return
	}
	at := r.pos(r.mark)
	r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col, "đặt dòng “<!-- bảng: … -->” ngay trên dòng đầu của bảng, hoặc bỏ nó đi",
		"dòng đánh dấu bảng không đứng ngay trên một bảng"))
	r.mark = nil
}

// problem reports a mistake found by package mdext, at its line and column (in
// characters).
func (r *reader) problem(p *mdast.Problem) {
	line := searchLine(r.lineStarts, p.Offset)
	col := utf8.RuneCount(r.src[r.lineStarts[line]:p.Offset]) + 1
	r.diags = append(r.diags, diag.Errorf(r.name, r.firstLine+line, col, p.Hint, "%s", p.Message))
}

// lineBreakTag is the HTML tag for a line break, typed inside a table cell.
var lineBreakTag = regexp.MustCompile(`(?i)^<br\s*/?>$`)

// lineBreak tells raw HTML that is a line break, "<br>": in a table cell, where a row is
// one line, it is how a writer breaks a line.
func lineBreak(h *ast.RawHTML, src []byte) bool {
	if h.Segments.Len() != 1 {
		return false
	}
	seg := h.Segments.At(0)
	return lineBreakTag.Match(seg.Value(src))
}
