package mdext_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"vanban/internal/mdext"
	"vanban/internal/mdext/ast"
)

var (
	plain   = goldmark.New()
	dialect = goldmark.New(goldmark.WithExtensions(mdext.Dialect))
	// caseMarkdown is the Markdown of a case in a case file.
	caseMarkdown = regexp.MustCompile(`(?s)//- - - - - - - - -//\n(.*?)\n//- - - - - - - - -//`)
)

// FuzzDialect: whatever the input, the dialect parses it to CommonMark's tree with some
// nodes swapped: an ast.Appendix, ast.PageBreak, ast.Attached or ast.BoxMark for a top-level HTML block
// of the same line, an ast.Chart of at least one non-negative bar for a fenced "bieu-do" block of the same
// lines, an ast.TableMark for an HTML block of the same line, an ast.Table for the lines of
// a paragraph (all of them, or the last ones, the paragraph keeping the others), an
// ast.Box for the top-level blocks between two HTML blocks of its marks' lines, a framed
// one holding each paragraph as ast.BoxLines of its lines and inlines in order. Nothing
// else moves, so nothing typed is lost.
func FuzzDialect(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, m := range caseMarkdown.FindAllSubmatch(src, -1) {
			f.Add(m[1])
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want := plain.Parser().Parse(text.NewReader(src))
		got := dialect.Parser().Parse(text.NewReader(src))
		if has(got, ast.KindTable) && setext(src, want) {
			// A table's last row over a "---" line is a setext heading to CommonMark, a
			// table and a rule to GFM and to the dialect.
			t.Skip()
		}
		sameTree(t, src, got, want)
	})
}

// sameTree checks that got is want but for the dialect's nodes.
func sameTree(t *testing.T, src []byte, got, want gast.Node) {
	t.Helper()
	switch n := got.(type) {
	case *ast.Appendix, *ast.PageBreak, *ast.Attached, *ast.BoxMark:
		if _, ok := want.(*gast.HTMLBlock); !ok || got.Parent().Kind() != gast.KindDocument || got.Lines().Len() != 1 {
			t.Fatalf("mark %s at %d: CommonMark reads %s under %s", got.Kind(), got.Pos(), want.Kind(), got.Parent().Kind())
		}
	case *ast.TableMark:
		if _, ok := want.(*gast.HTMLBlock); !ok || got.Lines().Len() != 1 {
			t.Fatalf("table mark at %d: CommonMark reads %s", got.Pos(), want.Kind())
		}
	case *ast.Chart:
		b, ok := want.(*gast.FencedCodeBlock)
		if !ok || string(b.Language(src)) != "bieu-do" || len(n.Bars) == 0 {
			t.Fatalf("chart at %d: CommonMark reads %s; %d bars", n.Pos(), want.Kind(), len(n.Bars))
		}
		for _, bar := range n.Bars {
			if bar.Value < 0 {
				t.Fatalf("chart at %d: bar %q is negative", n.Pos(), bar.Label)
			}
		}
	default:
		if got.Kind() != want.Kind() {
			t.Fatalf("at %d: %s, CommonMark reads %s", got.Pos(), got.Kind(), want.Kind())
		}
	}
	if got.Type() == gast.TypeBlock && !sameLines(src, got.Lines(), want.Lines()) {
		t.Fatalf("%s at %d: lines differ from CommonMark's", got.Kind(), got.Pos())
	}
	g, w := got.FirstChild(), want.FirstChild()
	for g != nil && w != nil {
		if b, ok := g.(*ast.Box); ok {
			g, w = g.NextSibling(), sameBox(t, src, b, w)
			continue
		}
		if next, ok := splitTable(src, g, w); ok {
			g, w = next, w.NextSibling()
			continue
		}
		sameTree(t, src, g, w)
		g, w = g.NextSibling(), w.NextSibling()
	}
	if g != nil || w != nil {
		t.Fatalf("%s at %d: %d children, CommonMark reads %d", got.Kind(), got.Pos(), got.ChildCount(), want.ChildCount())
	}
}

// splitTable tells whether got, or got and the table after it, are CommonMark's paragraph
// (or text block) want cut into a paragraph and an ast.Table holding its last lines, or a table of all its
// lines; it returns the node after the table.
func splitTable(src []byte, got, want gast.Node) (gast.Node, bool) {
	if want.Kind() != gast.KindParagraph && want.Kind() != gast.KindTextBlock {
		return nil, false
	}
	p := want
	var starts []int
	if gp := got; gp.Kind() == want.Kind() {
		if sameLines(src, gp.Lines(), p.Lines()) {
			return nil, false
		}
		for i := 0; i < gp.Lines().Len(); i++ {
			starts = append(starts, gp.Lines().At(i).Start)
		}
		got = gp.NextSibling()
	}
	tb, ok := got.(*ast.Table)
	if !ok {
		return nil, false
	}
	for i := 0; i < tb.Lines().Len(); i++ {
		starts = append(starts, tb.Lines().At(i).Start)
	}
	if len(starts) != p.Lines().Len() {
		return nil, false
	}
	for i, s := range starts {
		if s != p.Lines().At(i).Start {
			return nil, false
		}
	}
	return tb.NextSibling(), true
}

// has tells whether the tree holds a node of kind k.
func has(n gast.Node, k gast.NodeKind) bool {
	found := false
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		found = found || c.Kind() == k
		return gast.WalkContinue, nil
	})
	return found
}

// setext tells whether the tree holds a heading whose next line is made of "=" or "-": a
// setext heading's underline.
func setext(src []byte, n gast.Node) bool {
	found := false
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if h, ok := c.(*gast.Heading); ok && entering && h.Lines().Len() > 0 {
			rest := src[h.Lines().At(h.Lines().Len()-1).Stop:]
			if i := bytes.IndexByte(rest, '\n'); i >= 0 {
				next, _, _ := bytes.Cut(rest[i+1:], []byte("\n"))
				next = bytes.TrimSpace(next)
				found = found || len(next) > 0 && (len(bytes.Trim(next, "=")) == 0 || len(bytes.Trim(next, "-")) == 0)
			}
		}
		return gast.WalkContinue, nil
	})
	return found
}

func sameLines(src []byte, a, b *text.Segments) bool {
	if a.Len() != b.Len() {
		return false
	}
	for i := 0; i < a.Len(); i++ {
		sa, sb := a.At(i), b.At(i)
		if sa.Start != sb.Start || !bytes.Equal(sa.Value(src), sb.Value(src)) {
			return false
		}
	}
	return true
}
