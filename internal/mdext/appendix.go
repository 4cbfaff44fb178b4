package mdext

import (
	"bytes"
	"regexp"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/mdext/ast"
)

// marks are the comment lines that are not comments: each pattern matches a mark's line
// without its surrounding white space, and makes its node from the submatches.
var marks = []struct {
	re   *regexp.Regexp
	node func(m [][]byte) gast.Node
}{
	{regexp.MustCompile(`^<!--\s*(?i:phụ lục|phu luc|phu-luc)(\s+ngang)?\s*-->$`),
		func(m [][]byte) gast.Node { return ast.NewAppendix(len(m[1]) > 0) }},
	{regexp.MustCompile(`^<!--\s*(?i:sang trang|sang-trang)\s*-->$`),
		func([][]byte) gast.Node { return ast.NewPageBreak() }},
	{regexp.MustCompile(`^<!--\s*(?i:văn bản kèm theo|van ban kem theo|van-ban-kem-theo)\s*-->$`),
		func([][]byte) gast.Node { return ast.NewAttached() }},
}

type appendixParser struct{ commentLine }

var defaultAppendixParser = &appendixParser{}

// NewAppendixParser returns a BlockParser that reads the marks written as HTML comments:
// appendix marks, page breaks and the marks of attached documents. It must take
// precedence over parser.HTMLBlockParser, which would read a mark as a comment.
func NewAppendixParser() parser.BlockParser {
	return defaultAppendixParser
}

// Trigger implements parser.BlockParser.
func (p *appendixParser) Trigger() []byte {
	return []byte{'<'}
}

// Open implements parser.BlockParser.
func (p *appendixParser) Open(parent gast.Node, reader text.Reader, pc parser.Context) (gast.Node, parser.State) {
	// A mark splits the document, so one nested in a list or a quote is not one.
	if parent.Kind() != gast.KindDocument {
		return nil, parser.NoChildren
	}
	line, segment := reader.PeekLine()
	for _, mk := range marks {
		if m := mk.re.FindSubmatch(bytes.TrimSpace(line)); m != nil {
			reader.AdvanceToEOL()
			node := mk.node(m)
			node.Lines().Append(segment)
			return node, parser.NoChildren
		}
	}
	return nil, parser.NoChildren
}

type appendix struct{}

// Appendix is the extension that reads appendix marks into ast.Appendix nodes, page
// breaks ("<!-- sang trang -->") into ast.PageBreak nodes and the marks of attached
// documents ("<!-- văn bản kèm theo -->") into ast.Attached nodes.
var Appendix goldmark.Extender = &appendix{}

// Extend implements goldmark.Extender.
func (e *appendix) Extend(m goldmark.Markdown) {
	// 900 is the HTML block parser's priority.
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(NewAppendixParser(), 850)))
}
