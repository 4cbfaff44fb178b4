package mdext_test

import (
	"testing"

	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"vanban/internal/mdext/ast"
)

// sameBox checks that box is CommonMark's siblings from open on: the HTML block of its
// opening mark's line, the blocks it holds (a paragraph of a framed box as the BoxLines
// that share out its lines and its inlines, in order), the HTML block of its closing mark's
// line. It returns the sibling after the closing mark.
func sameBox(t *testing.T, src []byte, box *ast.Box, open gast.Node) gast.Node {
	t.Helper()
	mark := func(w gast.Node, i int) {
		t.Helper()
		if w == nil || w.Kind() != gast.KindHTMLBlock || w.Lines().Len() != 1 || w.Lines().At(0).Start != box.Lines().At(i).Start {
			t.Fatalf("box at %d: its mark %d is not an HTML block of CommonMark's", box.Pos(), i)
		}
	}
	mark(open, 0)
	if box.Parent().Kind() != gast.KindDocument {
		t.Fatalf("box at %d under %s", box.Pos(), box.Parent().Kind())
	}
	w := open.NextSibling()
	for g := box.FirstChild(); g != nil; w = w.NextSibling() {
		if w == nil {
			t.Fatalf("box at %d holds more than CommonMark reads", box.Pos())
		}
		l, ok := g.(*ast.BoxLine)
		if !ok {
			sameTree(t, src, g, w)
			g = g.NextSibling()
			continue
		}
		p, ok := w.(*gast.Paragraph)
		if !ok || !box.Frame {
			t.Fatalf("box line at %d: CommonMark reads %s", l.Pos(), w.Kind())
		}
		// The lines that share out p's lines and inlines.
		var lines text.Segments
		var inlines []gast.Node
		for ; g != nil && lines.Len() < p.Lines().Len(); g = g.NextSibling() {
			l, ok := g.(*ast.BoxLine)
			if !ok {
				t.Fatalf("box at %d: %s amid the lines of a paragraph", box.Pos(), g.Kind())
			}
			lines.AppendAll(l.Lines().Sliced(0, l.Lines().Len()))
			for c := l.FirstChild(); c != nil; c = c.NextSibling() {
				inlines = append(inlines, c)
			}
		}
		if !sameLines(src, &lines, p.Lines()) {
			t.Fatalf("box at %d: its lines differ from the paragraph's at %d", box.Pos(), p.Pos())
		}
		c := p.FirstChild()
		for _, n := range inlines {
			if c == nil {
				t.Fatalf("box at %d: more inlines than the paragraph at %d", box.Pos(), p.Pos())
			}
			sameTree(t, src, n, c)
			c = c.NextSibling()
		}
		if c != nil {
			t.Fatalf("box at %d: fewer inlines than the paragraph at %d", box.Pos(), p.Pos())
		}
	}
	mark(w, 1)
	return w.NextSibling()
}
