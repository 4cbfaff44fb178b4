// Package markdown reads the official Markdown, the contract between templates and
// renderers: YAML front matter with the document's own fields (model.Meta), then the body
// in CommonMark with GFM tables. It returns the document model (package model), keeping
// the source line of every block for diagnostics.
//
// Conventions of the body: "# …" is a centred heading (phần, chương), "## I. …" a section
// heading, "### 1. …" a titled item, "#### a) …" a titled point; paragraphs are body text;
// "- " lists print their marker by depth ("-", then "+"); ordered lists ("1.", "2.") print
// their numbers; **bold** and *italic* work inside any text.
package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/vn"
)

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// TypeNames are the type names printed for each kind when the front matter gives none.
var TypeNames = map[string]string{
	"ke_hoach":     "KẾ HOẠCH",
	"bao_cao":      "BÁO CÁO",
	"thong_bao":    "THÔNG BÁO",
	"quyet_dinh":   "QUYẾT ĐỊNH",
	"to_trinh":     "TỜ TRÌNH",
	"chuong_trinh": "CHƯƠNG TRÌNH",
	"huong_dan":    "HƯỚNG DẪN",
	"cong_van":     "",
}

// Parse reads an official Markdown document named name.
func Parse(name string, src []byte) (*model.Document, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	front, body, bodyLine, err := splitFront(name, src)
	if err != nil {
		return nil, err
	}
	doc := &model.Document{Source: name}
	if err := data.Decode(name, front, &doc.Meta); err != nil {
		return nil, shiftLines(err, 1)
	}
	if ds := data.CheckMeta(data.NewLocator(name, front), &doc.Meta); ds.HasErrors() {
		return nil, shiftLines(ds, 1)
	}
	if doc.Meta.TypeName == "" {
		doc.Meta.TypeName = TypeNames[doc.Meta.Kind]
	}
	body = []byte(vn.NFC(string(body)))
	r := reader{src: body, firstLine: bodyLine, lineStarts: lineStarts(body)}
	root := md.Parser().Parse(text.NewReader(body))
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c, 0)
	}
	doc.Blocks = r.blocks
	return doc, nil
}

// splitFront separates the front matter (between "---" lines at the very start) from the
// body, and returns the body's first line number.
func splitFront(name string, src []byte) (front, body []byte, bodyLine int, err error) {
	if d, bad := data.CheckUTF8(name, src); bad {
		return nil, nil, 0, diag.List{d}
	}
	s := string(src)
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return nil, nil, 0, diag.List{diag.Errorf(name, 1, 1,
			"văn bản Markdown chính thức bắt đầu bằng dòng “---”, các trường (he_thong, co_quan, …), rồi lại dòng “---”",
			"thiếu phần đầu (front matter)")}
	}
	rest := s[strings.Index(s, "\n")+1:]
	line := 2
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		l := rest[off:]
		if end >= 0 {
			l = rest[off : off+end]
		}
		if strings.TrimRight(l, "\r ") == "---" {
			next := len(rest)
			if end >= 0 {
				next = off + end + 1
			}
			return []byte(rest[:off]), []byte(rest[next:]), line + 1, nil
		}
		if end < 0 {
			break
		}
		off += end + 1
		line++
	}
	return nil, nil, 0, diag.List{diag.Errorf(name, 1, 1, "thêm dòng “---” sau trường cuối cùng của phần đầu",
		"phần đầu (front matter) không có dòng “---” đóng")}
}

// shiftLines moves the lines of diagnostics by n (front matter starts after line 1).
func shiftLines(err error, n int) error {
	ds, ok := err.(diag.List)
	if !ok {
		return err
	}
	out := make(diag.List, len(ds))
	for i, d := range ds {
		if d.Line > 0 {
			d.Line += n
		}
		out[i] = d
	}
	return out
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// reader turns goldmark's tree into model blocks.
type reader struct {
	src        []byte
	firstLine  int
	lineStarts []int
	blocks     []model.Block
}

// pos finds the source position of a block node.
func (r *reader) pos(n ast.Node) model.Pos {
	for n != nil {
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			off := n.Lines().At(0).Start
			line := searchLine(r.lineStarts, off)
			return model.Pos{Line: r.firstLine + line, Col: off - r.lineStarts[line] + 1}
		}
		n = n.FirstChild()
	}
	return model.Pos{}
}

func searchLine(starts []int, off int) int {
	lo, hi := 0, len(starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// block converts one block node; depth is the list nesting.
func (r *reader) block(n ast.Node, depth int) {
	switch n := n.(type) {
	case *ast.Heading:
		r.blocks = append(r.blocks, &model.Heading{Level: n.Level, Runs: r.inlines(n), Pos: r.pos(n)})
	case *ast.Paragraph, *ast.TextBlock:
		r.blocks = append(r.blocks, &model.Paragraph{Runs: r.inlines(n), Pos: r.pos(n)})
	case *ast.List:
		r.list(n, depth+1)
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, depth)
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		r.literal(n)
	case *east.Table:
		r.table(n)
	case *ast.ThematicBreak:
		// A rule carries no text.
	default:
		// Anything else keeps its text as a paragraph: nothing is dropped.
		if runs := r.inlines(n); len(runs) > 0 {
			r.blocks = append(r.blocks, &model.Paragraph{Runs: runs, Pos: r.pos(n)})
		}
	}
}

func (r *reader) list(l *ast.List, depth int) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "-"
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				p := &model.Paragraph{Runs: r.inlines(c), Pos: r.pos(c)}
				if first {
					p.Marker, p.Depth = marker, depth
				}
				r.blocks = append(r.blocks, p)
			default:
				if first {
					// An item that opens with a nested list or a table still shows its marker.
					r.blocks = append(r.blocks, &model.Paragraph{Marker: marker, Depth: depth, Pos: r.pos(c)})
				}
				r.block(c, depth)
			}
			first = false
		}
		if first {
			r.blocks = append(r.blocks, &model.Paragraph{Marker: marker, Depth: depth, Pos: r.pos(item)})
		}
	}
}

// literal keeps the lines of a code or HTML block as left-aligned paragraphs.
func (r *reader) literal(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s := strings.TrimRight(string(seg.Value(r.src)), "\r\n")
		if strings.TrimSpace(s) == "" {
			continue
		}
		line := searchLine(r.lineStarts, seg.Start)
		r.blocks = append(r.blocks, &model.Paragraph{Runs: []model.Run{{Text: s}}, Align: model.AlignLeft,
			Pos: model.Pos{Line: r.firstLine + line, Col: 1}})
	}
}

func (r *reader) table(t *east.Table) {
	out := &model.Table{Pos: r.pos(t)}
	for _, a := range t.Alignments {
		out.Aligns = append(out.Aligns, map[east.Alignment]model.Align{
			east.AlignLeft: model.AlignLeft, east.AlignCenter: model.AlignCenter,
			east.AlignRight: model.AlignRight}[a])
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []model.Cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, model.Cell{Runs: r.inlines(c)})
		}
		if _, ok := row.(*east.TableHeader); ok {
			out.Header = cells
		} else {
			out.Rows = append(out.Rows, cells)
		}
	}
	r.blocks = append(r.blocks, out)
}

// inlines collects the styled text of a node's inline children.
func (r *reader) inlines(n ast.Node) []model.Run {
	var runs []model.Run
	var walk func(n ast.Node, bold, italic, underline bool)
	code := false
	add := func(s string, bold, italic, underline bool) {
		if s == "" {
			return
		}
		if k := len(runs) - 1; k >= 0 && runs[k].Bold == bold && runs[k].Italic == italic && runs[k].Underline == underline {
			runs[k].Text += s
			return
		}
		runs = append(runs, model.Run{Text: s, Bold: bold, Italic: italic, Underline: underline})
	}
	walk = func(n ast.Node, bold, italic, underline bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := c.Value(r.src)
				if !code {
					// Backslash escapes and entities stand for the characters they name.
					v = util.ResolveNumericReferences(util.ResolveEntityNames(util.UnescapePunctuations(v)))
				}
				add(string(v), bold, italic, underline)
				if c.HardLineBreak() {
					add("\n", bold, italic, underline)
				} else if c.SoftLineBreak() {
					add(" ", bold, italic, underline)
				}
			case *ast.String:
				add(string(c.Value), bold, italic, underline)
			case *ast.Emphasis:
				walk(c, bold || c.Level >= 2, italic || c.Level == 1, underline)
			case *ast.CodeSpan:
				code = true
				walk(c, bold, italic, underline)
				code = false
			case *ast.AutoLink:
				add(string(c.Label(r.src)), bold, italic, underline)
			case *ast.RawHTML:
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					add(string(seg.Value(r.src)), bold, italic, underline)
				}
			default:
				walk(c, bold, italic, underline)
			}
		}
	}
	walk(n, false, false, false)
	return runs
}
