package mdext

import (
	"bytes"
	"fmt"
	"regexp"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/mdext/ast"
	"vanban/internal/model"
)

// Place is a place of a table's grid once its span marks are read: a cell of its own,
// spanning ColSpan columns and RowSpan rows from here, or a place Merged into one.
type Place struct {
	Merged           model.Merge
	ColSpan, RowSpan int
}

// GridError is a mistake in the rows of a table, at a row and a column counted from 0; Col
// is the number of cells of the row when the row has too few.
type GridError struct {
	Row, Col      int
	Message, Hint string
}

// spanHint is the hint of every mistake of cells and spans.
const spanHint = "mỗi dòng có đúng một ô mỗi cột; ô bị gộp ghi “<<” (ô bên trái kéo sang) hoặc “^^” (ô bên trên kéo xuống), các ô gộp thành một hình chữ nhật"

// Grid reads the span marks of a table's cells: rows holds the text of each cell as
// written, the first head rows being header rows, and the table has ncol columns. A cell
// "<<" is covered by the cell on its left, "^^" by the cell above; what a cell covers must
// be a rectangle, and a body cell cannot go on into the header. Grid returns the places,
// or the first mistake.
func Grid(rows [][]string, head, ncol int) ([][]Place, *GridError) {
	type at struct{ r, c int }
	owner := make([][]at, len(rows))
	out := make([][]Place, len(rows))
	for r, row := range rows {
		if len(row) != ncol {
			return nil, &GridError{Row: r, Col: min(len(row), ncol), Message: fmt.Sprintf("dòng có %d ô, bảng có %d cột", len(row), ncol), Hint: spanHint}
		}
		owner[r] = make([]at, ncol)
		out[r] = make([]Place, ncol)
		for c, s := range row {
			switch s {
			case model.MarkLeft:
				if c == 0 {
					return nil, &GridError{Row: r, Col: c, Message: "ô “<<” ở cột đầu: không có ô bên trái để gộp", Hint: spanHint}
				}
				owner[r][c], out[r][c].Merged = owner[r][c-1], model.MergedLeft
			case model.MarkUp:
				if r == 0 || r == head {
					part := "tiêu đề"
					if r == head {
						part = "thân"
					}
					return nil, &GridError{Row: r, Col: c, Message: fmt.Sprintf("ô “^^” ở dòng đầu của phần %s bảng: không có ô bên trên để gộp", part), Hint: spanHint}
				}
				owner[r][c], out[r][c].Merged = owner[r-1][c], model.MergedUp
			default:
				owner[r][c] = at{r, c}
			}
		}
	}
	// The extent of each cell: its places lie right of and below it.
	for r := range rows {
		for c := range ncol {
			o := owner[r][c]
			p := &out[o.r][o.c]
			p.ColSpan, p.RowSpan = max(p.ColSpan, c-o.c+1), max(p.RowSpan, r-o.r+1)
		}
	}
	for r := range rows {
		for c := range ncol {
			if owner[r][c] != (at{r, c}) {
				continue
			}
			p := out[r][c]
			for i := r; i < r+p.RowSpan; i++ {
				for j := c; j < c+p.ColSpan; j++ {
					if owner[i][j] != (at{r, c}) {
						return nil, &GridError{Row: i, Col: j, Hint: spanHint,
							Message: fmt.Sprintf("các ô gộp chồng lên nhau hoặc không thành hình chữ nhật: ô này nằm trong vùng gộp của ô “%s”", short(rows[r][c]))}
					}
				}
			}
		}
	}
	return out, nil
}

// short is the start of a cell's text, for a message.
func short(s string) string {
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

type tableTransformer struct{}

var defaultTableTransformer = &tableTransformer{}

// NewTableTransformer returns a ParagraphTransformer that reads pipe tables: GFM's, with
// several header rows (every row above the delimiter row that starts with "|") and the span
// marks of Grid. Unlike GFM's, it turns lines that are meant as a table but are not a valid
// one into a table whose Err says why, instead of dropping cells or leaving a paragraph of
// pipes.
func NewTableTransformer() parser.ParagraphTransformer {
	return defaultTableTransformer
}

// delimiterCell is a cell of a delimiter row.
var delimiterCell = regexp.MustCompile(`^:?-+:?$`)

// Transform implements parser.ParagraphTransformer.
func (t *tableTransformer) Transform(node *gast.Paragraph, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	lines := node.Lines()
	d := -1
	for i := 0; i < lines.Len(); i++ {
		if delimiterLike(value(lines.At(i), src)) {
			d = i
			break
		}
	}
	start := 0
	table := ast.NewTable()
	switch {
	case d < 0:
		// Rows of pipes without a delimiter row are a table missing it.
		if lines.Len() < 2 {
			return
		}
		for i := 0; i < lines.Len(); i++ {
			if !piped(value(lines.At(i), src)) {
				return
			}
		}
		table.Err = &ast.Problem{Offset: lines.At(1).Start, Message: "bảng thiếu dòng kẻ dưới dòng tiêu đề",
			Hint: "thêm dưới (các) dòng tiêu đề một dòng kẻ như “|---|:---:|---:|”, mỗi cột một ô"}
	case d == 0 && lines.Len() == 1:
		return // a line of pipes and hyphens alone is text
	case d == 0:
		table.Err = &ast.Problem{Offset: lines.At(0).Start, Message: "dòng kẻ của bảng không có dòng tiêu đề ở trên",
			Hint: "viết (các) dòng tiêu đề ngay trên dòng kẻ, không có dòng trống xen giữa"}
	default:
		start = d - 1
		for start > 0 && piped(value(lines.At(start-1), src)) {
			start--
		}
		readTable(table, lines, start, d, src)
	}
	for i := start; i < lines.Len(); i++ {
		// Without the white space before it, as the paragraph keeps its lines.
		l := lines.At(i)
		table.Lines().Append(l.TrimLeftSpace(src))
	}
	table.SetPos(table.Lines().At(0).Start)
	parent := node.Parent()
	parent.InsertAfter(parent, node, table)
	if start == 0 {
		parent.RemoveChild(parent, node)
		return
	}
	node.Lines().SetSliced(0, start)
	last := node.Lines().At(start - 1)
	last.Stop = last.Stop - 1 // the paragraph's last line ends without its newline, as GFM's
	node.Lines().Set(start-1, last)
}

// readTable reads the rows of lines from start: the header rows down to the delimiter row
// d, then the body rows.
func readTable(table *ast.Table, lines *text.Segments, start, d int, src []byte) {
	delim := splitRow(lines.At(d), src)
	for i, c := range delim {
		v := bytes.TrimSpace(c.Value(src))
		if !delimiterCell.Match(v) {
			table.Err = &ast.Problem{Offset: c.Start, Message: fmt.Sprintf("ô thứ %d của dòng kẻ bảng viết sai “%s”", i+1, v),
				Hint: "mỗi ô của dòng kẻ là “---” (trái), “:---:” (giữa) hoặc “---:” (phải)"}
			return
		}
		align := east.AlignNone
		switch left, right := v[0] == ':', v[len(v)-1] == ':'; {
		case left && right:
			align = east.AlignCenter
		case left:
			align = east.AlignLeft
		case right:
			align = east.AlignRight
		}
		table.Aligns = append(table.Aligns, align)
	}
	var cells [][]text.Segment
	var texts [][]string
	var ends []int
	for i := start; i < lines.Len(); i++ {
		if i == d {
			continue
		}
		row := splitRow(lines.At(i), src)
		if i == d-1 && len(row) != len(delim) {
			table.Err = &ast.Problem{Offset: lines.At(d).Start, Hint: "dòng kẻ có đúng một ô mỗi cột của dòng tiêu đề ngay trên nó",
				Message: fmt.Sprintf("dòng kẻ có %d cột, dòng tiêu đề ngay trên nó có %d ô", len(delim), len(row))}
			return
		}
		ts := make([]string, len(row))
		for j, c := range row {
			ts[j] = string(c.Value(src))
		}
		cells, texts = append(cells, row), append(texts, ts)
		ends = append(ends, trimmedEnd(lines.At(i), src))
	}
	head := d - start
	grid, err := Grid(texts, head, len(delim))
	if err != nil {
		off := ends[err.Row]
		if err.Col < len(cells[err.Row]) {
			off = cells[err.Row][err.Col].Start
		}
		table.Err = &ast.Problem{Offset: off, Message: err.Message, Hint: err.Hint}
		return
	}
	for r, row := range grid {
		tr := &ast.TableRow{Header: r < head}
		tr.SetPos(cells[r][0].Start)
		for c, p := range row {
			tc := &ast.TableCell{ColSpan: p.ColSpan, RowSpan: p.RowSpan, Merged: p.Merged}
			tc.SetPos(cells[r][c].Start)
			if p.Merged == model.NotMerged {
				tc.Lines().Append(cells[r][c])
			}
			tr.AppendChild(tr, tc)
		}
		table.AppendChild(table, tr)
	}
}

// splitRow cuts a row into its cells' text, without the spaces around it: the pipes at
// its ends are optional, and a pipe after a backslash belongs to the text. A cell's
// segment is empty at the cell's first character when it holds nothing.
func splitRow(line text.Segment, src []byte) []text.Segment {
	s := line.TrimLeftSpace(src)
	s = s.TrimRightSpace(src)
	v := s.Value(src)
	pos, limit := 0, len(v)
	if limit > 0 && v[0] == '|' {
		pos++
	}
	if limit > pos && v[limit-1] == '|' && (limit < 2 || v[limit-2] != '\\') {
		limit--
	}
	var out []text.Segment
	for pos <= limit {
		end := pos
		for end < limit && !(v[end] == '|' && (end == 0 || v[end-1] != '\\')) {
			end++
		}
		c := text.NewSegment(s.Start+pos, s.Start+end)
		c = c.TrimLeftSpace(src)
		c = c.TrimRightSpace(src)
		if c.Start > c.Stop {
			c.Stop = c.Start
		}
		out = append(out, c)
		pos = end + 1
		if end == limit {
			break
		}
	}
	return out
}

// trimmedEnd is the offset just past the last character of a line but white space.
func trimmedEnd(line text.Segment, src []byte) int {
	return line.TrimRightSpace(src).Stop
}

// value is the text of a segment.
func value(s text.Segment, src []byte) []byte { return s.Value(src) }

// delimiterLike tells a line meant as a delimiter row: only pipes, hyphens, colons and
// spaces, with at least one pipe and one hyphen.
func delimiterLike(line []byte) bool {
	line = bytes.TrimSpace(line)
	return bytes.IndexByte(line, '|') >= 0 && bytes.IndexByte(line, '-') >= 0 &&
		len(bytes.Trim(line, "|-: \t")) == 0
}

// piped tells a line that starts with a pipe: a row of a table.
func piped(line []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(line, " \t"), []byte("|"))
}

type table struct{}

// Table is the extension that reads pipe tables into ast.Table nodes. It takes the place
// of GFM's table extension.
var Table goldmark.Extender = &table{}

// Extend implements goldmark.Extender.
func (e *table) Extend(m goldmark.Markdown) {
	// GFM's table transformer has priority 200: this one runs first.
	m.Parser().AddOptions(parser.WithParagraphTransformers(util.Prioritized(NewTableTransformer(), 100)))
}
