package mdext

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/mdext/ast"
)

// chartInfo is the info word of a fenced block that holds a chart.
const chartInfo = "bieu-do"

type chartTransformer struct{}

var defaultChartTransformer = &chartTransformer{}

// NewChartTransformer returns an ASTTransformer that turns each fenced "bieu-do" block
// reading as a chart into an ast.Chart. It works on the parsed tree so that the fenced
// block keeps CommonMark's rules (fence lengths, indentation, nesting).
func NewChartTransformer() parser.ASTTransformer {
	return defaultChartTransformer
}

// Transform implements parser.ASTTransformer.
func (t *chartTransformer) Transform(doc *gast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var blocks []*gast.FencedCodeBlock
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if n.Type() == gast.TypeInline {
			return gast.WalkSkipChildren, nil
		}
		if b, ok := n.(*gast.FencedCodeBlock); ok && entering && string(b.Language(src)) == chartInfo {
			blocks = append(blocks, b)
		}
		return gast.WalkContinue, nil
	})
	// Replaced after the walk, which would stop at a node taken out of the tree.
	for _, b := range blocks {
		if c, ok := readChart(b.Lines(), src); ok {
			c.SetPos(b.Pos())
			c.SetLines(b.Lines())
			c.SetBlankPreviousLines(b.HasBlankPreviousLines())
			b.Parent().ReplaceChild(b.Parent(), b, c)
		}
	}
}

// readChart reads the lines of a bieu-do block: an optional "tieu_de: …" and
// "don_vi: …" line, then one bar a line, "- Nhãn: 75,5". It tells whether they read as a
// chart of at least one bar.
func readChart(lines *text.Segments, src []byte) (*ast.Chart, bool) {
	c := ast.NewChart()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := strings.TrimSpace(string(seg.Value(src)))
		switch {
		case line == "":
		case strings.HasPrefix(line, "tieu_de:"):
			c.Title = strings.TrimSpace(strings.TrimPrefix(line, "tieu_de:"))
		case strings.HasPrefix(line, "don_vi:"):
			c.Unit = strings.TrimSpace(strings.TrimPrefix(line, "don_vi:"))
		case strings.HasPrefix(line, "- "):
			k := strings.LastIndex(line, ":")
			if k < 0 {
				return nil, false
			}
			text := strings.TrimSpace(line[k+1:])
			v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(text, c.Unit), ",", "."), 64)
			if err != nil || v < 0 {
				return nil, false
			}
			label := strings.TrimSpace(line[2:k])
			if !strings.HasSuffix(text, c.Unit) {
				text += c.Unit
			}
			c.Bars = append(c.Bars, ast.Bar{Label: label, Value: v, Text: text})
		default:
			return nil, false
		}
	}
	return c, len(c.Bars) > 0
}

type chart struct{}

// Chart is the extension that reads fenced "bieu-do" blocks into ast.Chart nodes.
var Chart goldmark.Extender = &chart{}

// Extend implements goldmark.Extender.
func (e *chart) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(NewChartTransformer(), 100)))
}
