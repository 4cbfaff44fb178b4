// Package markdown reads the official Markdown, the contract between templates and
// renderers: YAML front matter with the document's own fields (model.Meta), then the body
// in CommonMark with GFM tables. It returns the document model (package model), keeping
// the source line of every block for diagnostics.
//
// Conventions of the body: "# …" is a centred heading (phần, chương), "## I. …" a section
// heading, "### 1. …" a titled item, "#### a) …" a titled point; paragraphs are body text;
// "- " lists print their marker by depth ("-", then "+"); ordered lists ("1.", "2.") print
// their numbers; **bold** and *italic* work inside any text. Vanban's own constructs
// (phụ lục marks, attached documents, bieu-do charts) are read by the goldmark extensions
// of package mdext.
package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/mdext"
	mdast "vanban/internal/mdext/ast"
	"vanban/internal/model"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

var md = goldmark.New(goldmark.WithExtensions(extension.Strikethrough, extension.Footnote, mdext.Dialect))

// Parse reads an official Markdown document named name.
func Parse(name string, src []byte) (*model.Document, error) {
	doc, _, err := parse(name, src)
	return doc, err
}

// parse is Parse that also returns the warnings about what would print other than as
// typed (see printable.go), for Check.
func parse(name string, src []byte) (*model.Document, diag.List, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	front, body, bodyLine, err := splitFront(name, src)
	if err != nil {
		return nil, nil, err
	}
	doc := &model.Document{Source: name}
	if err := yamlfile.Decode(name, front, &doc.Meta); err != nil {
		return nil, nil, err
	}
	if ds := data.CheckMeta(yamlfile.NewLocator(name, front), &doc.Meta); ds.HasErrors() {
		return nil, nil, ds
	}
	if doc.Meta.TypeName == "" {
		doc.Meta.TypeName = model.TypeNames[doc.Meta.Kind]
	}
	body = []byte(vn.NFC(string(body)))
	r := reader{src: body, firstLine: bodyLine, lineStarts: lineStarts(body), name: name, refs: map[string]bool{}}
	r.dropInvisible()
	root := md.Parser().Parse(text.NewReader(r.src))
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c, 0)
		r.seen(c)
	}
	r.strayMark()
	r.flush()
	r.checkNotes()
	if r.diags.HasErrors() {
		return nil, nil, r.diags
	}
	doc.Footnotes = r.notes
	doc.Blocks = r.main
	if doc.Blocks == nil {
		doc.Blocks = r.blocks
	}
	doc.Appendices = r.appendices
	doc.Attached = r.attached
	return doc, r.warnings, nil
}

// flush files the blocks read since the last mark where they belong: to the open phụ lục,
// to the attached document being read, or to the body.
func (r *reader) flush() {
	switch {
	case r.open != nil:
		r.flushAppendix()
	case r.reading != nil:
		r.flushAttached()
	case r.main == nil && r.blocks != nil:
		r.main = r.blocks
	}
	r.blocks = nil
}

// leaveBody closes what came before a mark: the blocks read from now on belong to what
// the mark opens.
func (r *reader) leaveBody() {
	r.flush()
	if r.main == nil {
		r.main = []model.Block{}
	}
}

// startAppendix closes what came before and opens a phụ lục: the blocks read from now on
// belong to it.
func (r *reader) startAppendix(landscape bool, pos model.Pos) {
	r.leaveBody()
	r.open = &model.Appendix{Landscape: landscape, Pos: pos}
}

// startAttached closes what came before and opens a document issued with the decision:
// the blocks read from now on are its own, and the phụ lục that follow are its appendices.
func (r *reader) startAttached(pos model.Pos) {
	r.leaveBody()
	r.reading = &model.Attached{Pos: pos}
	r.attached = append(r.attached, r.reading)
}

// head takes from bs its first level-1 headings into fields, then a paragraph all in
// italics right after them, if there is one, and returns that paragraph's runs and the
// blocks left.
func head(bs []model.Block, fields ...*[]model.Run) ([]model.Run, []model.Block) {
	for _, field := range fields {
		if h, ok := first[*model.Heading](bs); ok && h.Level == 1 {
			*field, bs = h.Runs, bs[1:]
		}
	}
	if p, ok := first[*model.Paragraph](bs); ok && p.Marker == "" && allItalic(p.Runs) {
		return p.Runs, bs[1:]
	}
	return nil, bs
}

// flushAppendix files the open phụ lục: its first level-1 headings are its label and
// title, and a paragraph all in italics right after them is its note. A phụ lục after an
// attached document is that document's.
func (r *reader) flushAppendix() {
	a := r.open
	a.Note, a.Blocks = head(r.blocks, &a.Label, &a.Title)
	if n := len(r.attached); n > 0 {
		r.attached[n-1].Appendices = append(r.attached[n-1].Appendices, a)
	} else {
		r.appendices = append(r.appendices, a)
	}
	r.open, r.blocks = nil, nil
}

// flushAttached files the text of the attached document being read: its first level-1
// headings are its type name and title, and a paragraph all in italics right after them
// names the issuer of the decision ("của Chủ tịch …") or, opening with "(", is the whole
// note under the title.
func (r *reader) flushAttached() {
	a := r.reading
	var italic []model.Run
	italic, a.Blocks = head(r.blocks, &a.TypeName, &a.Title)
	if strings.HasPrefix(strings.TrimSpace(model.PlainText(italic)), "(") {
		a.Note = italic
	} else {
		a.Issuer = italic
	}
	if len(a.TypeName) == 0 || len(a.Title) == 0 {
		r.diags = append(r.diags, diag.Errorf(r.name, a.Pos.Line, a.Pos.Col,
			"ngay sau dòng “<!-- văn bản kèm theo -->” viết tên loại rồi tên văn bản, mỗi thứ một dòng “#”: “# QUY CHẾ” rồi “# Làm việc của …”",
			"văn bản kèm theo thiếu tên loại hoặc tên văn bản"))
	}
	r.reading, r.blocks = nil, nil
}

func first[T model.Block](bs []model.Block) (T, bool) {
	var zero T
	if len(bs) == 0 {
		return zero, false
	}
	t, ok := bs[0].(T)
	return t, ok
}

func allItalic(runs []model.Run) bool {
	for _, r := range runs {
		if !r.Italic && strings.TrimSpace(r.Text) != "" {
			return false
		}
	}
	return len(runs) > 0
}

// Front returns the front matter of an official Markdown file as YAML, for checks that
// need positions in it. It starts with an empty line where the file has its opening
// "---", so that its line numbers are the file's.
func Front(name string, src []byte) ([]byte, error) {
	front, _, _, err := splitFront(name, bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))
	return front, err
}

// splitFront separates the front matter (between "---" lines at the very start) from the
// body, and returns the body's first line number. The front matter keeps an empty first
// line in place of the opening "---", so that positions in it are the file's.
func splitFront(name string, src []byte) (front, body []byte, bodyLine int, err error) {
	if d, bad := yamlfile.CheckEncoding(name, src); bad {
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
			return []byte("\n" + rest[:off]), []byte(rest[next:]), line + 1, nil
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
	// main holds the body's blocks once a phụ lục or an attached document has started;
	// open is that phụ lục, reading that attached document while its own text is read.
	main       []model.Block
	open       *model.Appendix
	appendices []*model.Appendix
	reading    *model.Attached
	attached   []*model.Attached
	// next is the offset just past the last source line read, where the next block's
	// search for its first line starts (list items carry no position of their own).
	next int
	// mark is a table mark read and waiting for its table.
	mark *mdast.TableMark
	// notes are the footnotes in the order of their numbers; refs the labels referenced.
	notes []*model.Footnote
	refs  map[string]bool
	name  string
	diags diag.List
	// warnings are what Check tells and Parse does not: what prints other than as typed.
	warnings diag.List
}

// seen moves next past the lines of n and its descendants.
func (r *reader) seen(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock {
			if l := c.Lines(); l.Len() > 0 {
				r.next = max(r.next, l.At(l.Len()-1).Stop)
			}
		}
		return ast.WalkContinue, nil
	})
}

// markerPos finds a list item's marker: the first non-blank text after what was read so
// far. It returns its position and its offset in the body.
func (r *reader) markerPos() (model.Pos, int) {
	off := r.next
	for off < len(r.src) {
		end := bytes.IndexByte(r.src[off:], '\n')
		if end < 0 {
			end = len(r.src) - off
		}
		seg := r.src[off : off+end]
		lead := len(seg) - len(bytes.TrimLeft(seg, " \t>"))
		if len(bytes.TrimSpace(seg[lead:])) > 0 {
			n := searchLine(r.lineStarts, off)
			col := utf8.RuneCount(r.src[r.lineStarts[n]:off+lead]) + 1
			return model.Pos{Line: r.firstLine + n, Col: col}, off + lead
		}
		off += end + 1
	}
	return model.Pos{}, len(r.src)
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

// lineEnd is the offset just past the line of p (the marker line of an empty item).
func (r *reader) lineEnd(p model.Pos) int {
	i := p.Line - r.firstLine
	if p.Line == 0 || i < 0 || i >= len(r.lineStarts) {
		return 0
	}
	if i+1 < len(r.lineStarts) {
		return r.lineStarts[i+1]
	}
	return len(r.src)
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
	if _, ok := n.(*mdast.Table); !ok {
		r.strayMark()
	}
	switch n := n.(type) {
	case *ast.Heading:
		r.blocks = append(r.blocks, &model.Heading{Level: n.Level, Runs: r.inlines(n), Pos: r.pos(n)})
	case *ast.Paragraph, *ast.TextBlock:
		r.joinedLines(n)
		r.blocks = append(r.blocks, &model.Paragraph{Runs: r.inlines(n), Pos: r.pos(n)})
	case *ast.List:
		r.list(n, depth+1)
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, depth)
		}
	case *mdast.Appendix:
		r.startAppendix(n.Landscape, r.pos(n))
	case *mdast.Attached:
		r.startAttached(r.pos(n))
	case *mdast.Chart:
		r.chart(n)
	case *mdast.PageBreak:
		r.blocks = append(r.blocks, &model.PageBreak{Pos: r.pos(n)})
	case *mdast.Box:
		r.box(n)
	case *mdast.BoxLine:
		r.boxLine(n)
	case *mdast.BoxMark:
		r.boxMark(n)
	case *ast.HTMLBlock:
		r.htmlBlock(n)
		r.literal(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		r.literal(n)
	case *mdast.Table:
		r.table(n)
	case *mdast.TableMark:
		r.tableMark(n)
	case *east.FootnoteList:
		r.footnotes(n)
	case *ast.ThematicBreak:
		// A rule carries no text.
	default:
		// Anything else keeps its text as a paragraph: nothing is dropped.
		if runs := r.inlines(n); len(runs) > 0 {
			r.blocks = append(r.blocks, &model.Paragraph{Runs: runs, Pos: r.pos(n)})
		}
	}
}

// list reads a list. An ordered item keeps its number as typed: "5." then "7." print "5."
// and "7.", not the "5.", "6." of CommonMark; Check warns about the gap.
func (r *reader) list(l *ast.List, depth int) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		at, atOff := r.markerPos()
		marker := "-"
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + string(l.Marker)
			if typed := typedMarker(r.src[atOff:], l.Marker); typed != "" {
				marker = typed
			}
			num++
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				p := &model.Paragraph{Runs: r.inlines(c), Pos: r.pos(c)}
				if first {
					p.Marker, p.Depth, p.Pos = marker, depth, at
				}
				r.blocks = append(r.blocks, p)
				r.seen(c)
			default:
				if first {
					// An item that opens with a nested list or a table still shows its marker;
					// what it opens with starts after the marker, on the same line.
					r.blocks = append(r.blocks, &model.Paragraph{Marker: marker, Depth: depth, Pos: at})
					r.next = max(r.next, atOff+len(marker))
				}
				r.block(c, depth)
			}
			first = false
		}
		if first {
			r.blocks = append(r.blocks, &model.Paragraph{Marker: marker, Depth: depth, Pos: at})
		}
		r.seen(item)
		r.next = max(r.next, r.lineEnd(at))
	}
}

// typedMarker is the ordered-list marker at the start of src ("07." → "07."), or "" when
// src does not start with digits and the list's delimiter.
func typedMarker(src []byte, delim byte) string {
	n := 0
	for n < len(src) && n < 9 && src[n] >= '0' && src[n] <= '9' {
		n++
	}
	if n == 0 || n >= len(src) || src[n] != delim {
		return ""
	}
	return string(src[:n+1])
}

// chart copies a chart read by package mdext into the model.
func (r *reader) chart(n *mdast.Chart) {
	c := &model.Chart{Title: n.Title, Unit: n.Unit, Pos: r.pos(n)}
	for _, b := range n.Bars {
		c.Bars = append(c.Bars, model.Bar{Label: b.Label, Value: b.Value, Text: b.Text})
	}
	r.blocks = append(r.blocks, c)
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

// inlines collects the styled text of a node's inline children.
func (r *reader) inlines(n ast.Node) []model.Run {
	type run struct {
		model.Run
		parts []string
		// decoded is set when a character reference was read: it may name a combining mark.
		decoded bool
	}
	var runs []run
	add := func(s string, bold, italic, underline bool) {
		if s == "" {
			return
		}
		if k := len(runs) - 1; k >= 0 && runs[k].Note == 0 && runs[k].Bold == bold && runs[k].Italic == italic && runs[k].Underline == underline {
			runs[k].parts = append(runs[k].parts, s)
			return
		}
		runs = append(runs, run{Run: model.Run{Bold: bold, Italic: italic, Underline: underline}, parts: []string{s}})
	}
	code := false
	var walk func(n ast.Node, bold, italic, underline bool)
	walk = func(n ast.Node, bold, italic, underline bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *east.FootnoteLink:
				mark := strconv.Itoa(c.Index)
				runs = append(runs, run{Run: model.Run{Note: c.Index}, parts: []string{mark}})
			case *east.FootnoteBacklink:
				// A link back to the reference: nothing to print.
			case *ast.Text:
				v := string(c.Value(r.src))
				if !code && strings.ContainsAny(v, "\\&") {
					add(unescape(v), bold, italic, underline)
					if k := len(runs) - 1; k >= 0 && strings.Contains(v, "&") {
						runs[k].decoded = true
					}
				} else {
					add(v, bold, italic, underline)
				}
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
				r.inlineWarning(c)
				if lineBreak(c, r.src) {
					add("\n", bold, italic, underline)
					continue
				}
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					add(string(seg.Value(r.src)), bold, italic, underline)
				}
			default:
				r.inlineWarning(c)
				walk(c, bold, italic, underline)
			}
		}
	}
	walk(n, false, false, false)
	r.danglingRefs(n)
	out := make([]model.Run, len(runs))
	for i, rn := range runs {
		out[i] = rn.Run
		out[i].Text = strings.Join(rn.parts, "")
		if rn.decoded {
			// A reference may name a combining mark: normalise what it decoded to.
			out[i].Text = vn.NFC(out[i].Text)
		}
	}
	return out
}

// unescape reads backslash escapes and character references in one pass, left to right,
// so that "\&amp;" stays "&amp;" and "&amp;#7901;" stays "&#7901;".
func unescape(s string) string {
	if !strings.ContainsAny(s, "\\&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' && i+1 < len(s) && util.IsPunct(s[i+1]) {
			b.WriteByte(s[i+1])
			i += 2
			continue
		}
		if c == '&' {
			if text, n := reference(s[i:]); n > 0 {
				b.WriteString(text)
				i += n
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// reference decodes the character reference at the start of s ("&amp;", "&#7901;",
// "&#x1EDD;") and returns its text and length, or n = 0 when there is none.
func reference(s string) (text string, n int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 40 {
		return "", 0
	}
	name := s[1:end]
	if name[0] == '#' {
		digits, base := name[1:], 10
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			digits, base = digits[1:], 16
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil || len(digits) == 0 || len(digits) > 7 {
			return "", 0
		}
		return string(util.ToValidRune(rune(v))), end + 1
	}
	if e, ok := util.LookUpHTML5EntityByName(name); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
