package mdext

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/mdext/ast"
)

// boxMark reads a box's mark: an optional "het"/"hết" (closing), then "khung" (framed) or
// "giu trang" (kept together), in any case.
var boxMark = regexp.MustCompile(`^<!--\s*(?i:(het|hết)\s+)?(?i:(khung)|giu trang|giữ trang|giu-trang|giữ-trang)\s*-->$`)

// lineStyle is the prefix of a line in a framed box: "{18 đậm}", "{nghiêng}", "{16,5 đậm
// nghiêng}", then spaces.
var lineStyle = regexp.MustCompile(`^\{([^{}\n]*)\}[ \t]*`)

type boxTransformer struct{}

var defaultBoxTransformer = &boxTransformer{}

// NewBoxTransformer returns an ASTTransformer that moves the top-level blocks between a
// box's opening and closing marks into an ast.Box, splitting the paragraphs of a framed one
// into ast.BoxLines. A mark without its partner becomes an ast.BoxMark. It works on the
// parsed tree, so that what stands inside a box keeps CommonMark's rules.
func NewBoxTransformer() parser.ASTTransformer {
	return defaultBoxTransformer
}

// mark reads n as a box's mark.
func mark(n gast.Node, src []byte) (frame, open, ok bool) {
	h, isHTML := n.(*gast.HTMLBlock)
	if !isHTML || h.Lines().Len() != 1 || h.HasClosure() {
		return false, false, false
	}
	seg := h.Lines().At(0)
	m := boxMark.FindSubmatch(bytes.TrimSpace(seg.Value(src)))
	if m == nil {
		return false, false, false
	}
	return len(m[2]) > 0, len(m[1]) == 0, true
}

// Transform implements parser.ASTTransformer.
func (t *boxTransformer) Transform(doc *gast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		frame, open, ok := mark(c, src)
		if !ok {
			continue
		}
		end := closing(c, frame, src)
		if !open || end == nil {
			m := ast.NewBoxMark(frame, open)
			m.SetPos(c.Pos())
			m.SetLines(c.Lines())
			m.SetBlankPreviousLines(c.HasBlankPreviousLines())
			doc.ReplaceChild(doc, c, m)
			c = m
			continue
		}
		box := ast.NewBox(frame)
		box.SetPos(c.Pos())
		box.Lines().Append(c.Lines().At(0))
		box.Lines().Append(end.Lines().At(0))
		box.SetBlankPreviousLines(c.HasBlankPreviousLines())
		for n := c.NextSibling(); n != end; {
			next := n.NextSibling()
			doc.RemoveChild(doc, n)
			if p, isPara := n.(*gast.Paragraph); isPara && frame {
				for _, l := range boxLines(p, src) {
					box.AppendChild(box, l)
				}
			} else {
				box.AppendChild(box, n)
			}
			n = next
		}
		doc.RemoveChild(doc, end)
		doc.ReplaceChild(doc, c, box)
		c = box
	}
}

// closing finds the mark that closes the box opened at n: the next box mark, when it closes
// the same kind of box. A box holds no other box, and no mark that starts a page or a phụ lục.
func closing(n gast.Node, frame bool, src []byte) gast.Node {
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Appendix, *ast.PageBreak:
			return nil
		}
		if f, open, ok := mark(c, src); ok {
			if f == frame && !open {
				return c
			}
			return nil
		}
	}
	return nil
}

// boxLines splits a paragraph at its line ends into one BoxLine a line, each in the style
// its prefix gives. A line end inside emphasis does not split: the line goes on.
func boxLines(p *gast.Paragraph, src []byte) []*ast.BoxLine {
	var out []*ast.BoxLine
	var cur *ast.BoxLine
	used := 0    // the paragraph's source lines given to lines already made
	pending := 0 // the line ends in the current line so far
	segs := p.Lines()
	for c := p.FirstChild(); c != nil; {
		next := c.NextSibling()
		if cur == nil {
			cur = ast.NewBoxLine()
			if used < segs.Len() {
				cur.SetPos(segs.At(used).Start)
			}
			cur.SetBlankPreviousLines(len(out) == 0 && p.HasBlankPreviousLines())
			style(cur, c, src)
		}
		p.RemoveChild(p, c)
		cur.AppendChild(cur, c)
		pending += breaks(c)
		if t, ok := c.(*gast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			t.SetSoftLineBreak(false)
			t.SetHardLineBreak(false)
			used = take(cur, segs, used, pending)
			out = append(out, cur)
			cur, pending = nil, 0
		}
		c = next
	}
	if cur != nil || len(out) == 0 {
		if cur == nil {
			cur = ast.NewBoxLine()
		}
		out = append(out, cur)
	}
	// The last line takes whatever source lines are left.
	take(out[len(out)-1], segs, used, segs.Len()-used)
	return out
}

// breaks counts the line ends in n and under it: the source lines it ends.
func breaks(n gast.Node) int {
	k := 0
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if t, ok := c.(*gast.Text); ok && entering && (t.SoftLineBreak() || t.HardLineBreak()) {
			k++
		}
		return gast.WalkContinue, nil
	})
	return k
}

// take gives l the next n source lines of segs from used on, and returns the new used.
func take(l *ast.BoxLine, segs *text.Segments, used, n int) int {
	for ; n > 0 && used < segs.Len(); n-- {
		l.Lines().Append(segs.At(used))
		used++
	}
	return used
}

// style reads the prefix of a line from its first inline, when it is text that starts with
// one whose every word is known, and cuts it off the text. Any other prefix is text.
func style(l *ast.BoxLine, first gast.Node, src []byte) {
	t, ok := first.(*gast.Text)
	if !ok {
		return
	}
	m := lineStyle.FindSubmatchIndex(t.Segment.Value(src))
	if m == nil {
		return
	}
	words := strings.Fields(string(t.Segment.Value(src)[m[2]:m[3]]))
	if len(words) == 0 {
		return
	}
	var s ast.BoxLine
	for _, w := range words {
		switch strings.ToLower(w) {
		case "đậm", "dam":
			s.Bold = true
		case "nghiêng", "nghieng":
			s.Italic = true
		default:
			v, err := strconv.ParseFloat(strings.Replace(w, ",", ".", 1), 64)
			if err != nil || v <= 0 || s.Size != 0 {
				return
			}
			s.Size = v
		}
	}
	l.Size, l.Bold, l.Italic = s.Size, s.Bold, s.Italic
	t.Segment = t.Segment.WithStart(t.Segment.Start + m[1])
}

type box struct{}

// Box is the extension that reads the blocks between box marks into ast.Box nodes.
var Box goldmark.Extender = &box{}

// Extend implements goldmark.Extender.
func (e *box) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(NewBoxTransformer(), 110)))
}
