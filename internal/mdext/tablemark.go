package mdext

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vanban/internal/mdext/ast"
	"vanban/internal/vn"
)

// tableMarkRegexp is a table mark's line without its surrounding white space.
var tableMarkRegexp = regexp.MustCompile(`^<!--\s*(?i:bảng|bang)\s*:(.*?)-->$`)

// tableMarkHint lists what a table mark may say.
const tableMarkHint = "dòng đánh dấu bảng viết như “<!-- bảng: rộng 1 6 2 2; tổng -->”: “rộng” và độ rộng tương đối của từng cột, “tổng” khi dòng cuối là dòng tổng, cách nhau bằng dấu “;”"

type tableMarkParser struct{ commentLine }

var defaultTableMarkParser = &tableMarkParser{}

// NewTableMarkParser returns a BlockParser that reads table marks. It must take precedence
// over parser.HTMLBlockParser, which would read the mark as a comment.
func NewTableMarkParser() parser.BlockParser {
	return defaultTableMarkParser
}

// Trigger implements parser.BlockParser.
func (p *tableMarkParser) Trigger() []byte {
	return []byte{'<'}
}

// Open implements parser.BlockParser.
func (p *tableMarkParser) Open(parent gast.Node, reader text.Reader, pc parser.Context) (gast.Node, parser.State) {
	line, segment := reader.PeekLine()
	m := tableMarkRegexp.FindSubmatchIndex(bytes.TrimSpace(line))
	if m == nil {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	lead := len(line) - len(bytes.TrimLeft(line, " \t"))
	node := readTableMark(string(bytes.TrimSpace(line)[m[2]:m[3]]), segment.Start+lead+m[2])
	node.Lines().Append(segment)
	return node, parser.NoChildren
}

// readTableMark reads what a mark says, its text starting at offset off.
func readTableMark(s string, off int) *ast.TableMark {
	n := ast.NewTableMark()
	for part := range strings.SplitSeq(s, ";") {
		words := strings.Fields(part)
		if len(words) == 0 {
			off += len(part) + 1
			continue
		}
		at := off + strings.Index(part, words[0])
		switch strings.ToLower(vn.StripDiacritics(words[0])) {
		case "rong":
			if len(words) == 1 {
				n.Err = &ast.Problem{Offset: at, Message: "“rộng” thiếu độ rộng của các cột", Hint: tableMarkHint}
				return n
			}
			for _, w := range words[1:] {
				v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", "."), 64)
				if err != nil || v <= 0 {
					n.Err = &ast.Problem{Offset: off + strings.Index(part, w), Hint: tableMarkHint,
						Message: fmt.Sprintf("độ rộng cột “%s” không phải là một số dương", w)}
					return n
				}
				n.Widths = append(n.Widths, v)
			}
		case "tong":
			if len(words) > 1 {
				n.Err = &ast.Problem{Offset: at, Message: "“tổng” không đi kèm giá trị", Hint: tableMarkHint}
				return n
			}
			n.Total = true
		default:
			n.Err = &ast.Problem{Offset: at, Message: fmt.Sprintf("dòng đánh dấu bảng không có mục “%s”", words[0]), Hint: tableMarkHint}
			return n
		}
		off += len(part) + 1
	}
	return n
}

type tableMark struct{}

// TableMark is the extension that reads table marks into ast.TableMark nodes.
var TableMark goldmark.Extender = &tableMark{}

// Extend implements goldmark.Extender.
func (e *tableMark) Extend(m goldmark.Markdown) {
	// 900 is the HTML block parser's priority.
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(NewTableMarkParser(), 850)))
}
