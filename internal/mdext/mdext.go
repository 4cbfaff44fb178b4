// Package mdext is vanban's Markdown dialect as goldmark extensions: the constructs of
// the official Markdown that CommonMark and GFM do not have. Each is an extension of its
// own, in its own file, with its node in package ast; Dialect adds them all.
//
//   - Appendix: a line "<!-- phụ lục -->" at the top level of the body (also spelt
//     "phu luc" or "phu-luc", in any case) starts a phụ lục on a new page;
//     "<!-- phụ lục ngang -->" ("ngang" in lower case) makes its pages landscape. The
//     comment must be alone on its line. It becomes an ast.Appendix.
//   - Page break: a line "<!-- sang trang -->" (or "sang-trang") at the top level starts
//     what follows on a new page. It becomes an ast.PageBreak.
//   - Attached document: a line "<!-- văn bản kèm theo -->" (also spelt "van ban kem
//     theo" or "van-ban-kem-theo", in any case) at the top level starts a document issued
//     with the decision (a quy chế, a quy định, a kế hoạch …) on a new page, with a header
//     of its own. It becomes an ast.Attached.
//   - Box: the blocks between a line "<!-- giu trang -->" and a line "<!-- het giu trang
//     -->" (also "giữ trang", "hết", in any case) at the top level are kept on one page;
//     between "<!-- khung -->" and "<!-- het khung -->" they are also framed, and each
//     line of their paragraphs is a centred line that may open with its size and weight,
//     "{18 đậm}", "{nghiêng}", "{16 đậm nghiêng}". They become an ast.Box, holding
//     ast.BoxLines in place of a framed box's paragraphs; a mark without its partner
//     becomes an ast.BoxMark, which the reader reports.
//   - Chart: a fenced block with the info word "bieu-do" holding an optional
//     "tieu_de: …" (title) and "don_vi: …" (unit) line, then one bar a line,
//     "- Nhãn: 75,5", becomes an ast.Chart.
//   - Table: pipe tables as GFM writes them, plus several header rows (every row above
//     the delimiter row that starts with "|") and cells spanning columns or rows (a cell
//     "<<" is covered by the cell on its left, "^^" by the cell above), become an
//     ast.Table of ast.TableRow of ast.TableCell. It takes the place of GFM's tables.
//   - TableMark: a line "<!-- bảng: rộng 1 6 2; tổng -->" (also "bang", "rong", "tong")
//     right above a table gives its columns' relative widths and marks its last row as a
//     totals row. It becomes an ast.TableMark.
//
// Parsing never fails: a mark with anything else on its line, or inside a list or a
// quote, stays an HTML block; a bieu-do block that does not read as a chart stays a
// fenced code block, so nothing typed is lost. Lines meant as a table that do not make a
// valid one (a row with more or fewer cells than the columns, a delimiter row that does
// not match, spans that overlap) become an ast.Table with its Err set and no rows, and a
// table mark that cannot be read an ast.TableMark with its Err set: the reader reports
// them.
package mdext

import (
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

type dialect struct{}

// Dialect is the extension that adds every construct of the dialect.
var Dialect goldmark.Extender = &dialect{}

// Extend implements goldmark.Extender.
func (e *dialect) Extend(m goldmark.Markdown) {
	Appendix.Extend(m)
	Chart.Extend(m)
	Table.Extend(m)
	TableMark.Extend(m)
	Box.Extend(m)
}

// commentLine is what the marks written as an HTML comment line have in common as block
// parsers (appendix marks, table marks): one line, which interrupts a paragraph as the HTML
// comment it looks like would, and which is code when indented.
type commentLine struct{}

// Continue implements parser.BlockParser: a mark is one line.
func (commentLine) Continue(gast.Node, text.Reader, parser.Context) parser.State { return parser.Close }

// Close implements parser.BlockParser.
func (commentLine) Close(gast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser: like the HTML comment it is.
func (commentLine) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine implements parser.BlockParser: indented, it is code.
func (commentLine) CanAcceptIndentedLine() bool { return false }
