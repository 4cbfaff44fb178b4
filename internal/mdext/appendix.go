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

// appendixRegexp is an appendix mark's line without its surrounding white space.
var appendixRegexp = regexp.MustCompile(`^<!--\s*(?i:phụ lục|phu luc|phu-luc)(\s+ngang)?\s*-->$`)

type appendixParser struct{}

var defaultAppendixParser = &appendixParser{}

// NewAppendixParser returns a BlockParser that reads appendix marks. It must take
// precedence over parser.HTMLBlockParser, which would read the mark as a comment.
func NewAppendixParser() parser.BlockParser {
	return defaultAppendixParser
}

// Trigger implements parser.BlockParser.
func (p *appendixParser) Trigger() []byte {
	return []byte{'<'}
}

// Open implements parser.BlockParser.
func (p *appendixParser) Open(parent gast.Node, reader text.Reader, pc parser.Context) (gast.Node, parser.State) {
	// An appendix splits the document, so a mark nested in a list or a quote is not one.
	if parent.Kind() != gast.KindDocument {
		return nil, parser.NoChildren
	}
	line, segment := reader.PeekLine()
	m := appendixRegexp.FindSubmatch(bytes.TrimSpace(line))
	if m == nil {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	node := ast.NewAppendix(len(m[1]) > 0)
	node.Lines().Append(segment)
	return node, parser.NoChildren
}

// Continue implements parser.BlockParser: a mark is one line.
func (p *appendixParser) Continue(node gast.Node, reader text.Reader, pc parser.Context) parser.State {
	return parser.Close
}

// Close implements parser.BlockParser.
func (p *appendixParser) Close(node gast.Node, reader text.Reader, pc parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser: like the HTML comment it is.
func (p *appendixParser) CanInterruptParagraph() bool {
	return true
}

// CanAcceptIndentedLine implements parser.BlockParser: indented, it is code.
func (p *appendixParser) CanAcceptIndentedLine() bool {
	return false
}

type appendix struct{}

// Appendix is the extension that reads appendix marks into ast.Appendix nodes.
var Appendix goldmark.Extender = &appendix{}

// Extend implements goldmark.Extender.
func (e *appendix) Extend(m goldmark.Markdown) {
	// 900 is the HTML block parser's priority.
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(NewAppendixParser(), 850)))
}
