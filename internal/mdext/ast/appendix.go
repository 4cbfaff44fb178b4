// Package ast holds the AST nodes of vanban's Markdown dialect (package mdext).
package ast

import (
	"fmt"

	gast "github.com/yuin/goldmark/ast"
)

// Appendix is the mark that starts a phụ lục: what follows it, up to the next mark, is
// the appendix. Its line is the mark's source line.
type Appendix struct {
	gast.BaseBlock
	// Landscape is set by "<!-- phụ lục ngang -->": the appendix's pages are landscape.
	Landscape bool
}

// KindAppendix is the NodeKind of Appendix.
var KindAppendix = gast.NewNodeKind("Appendix")

// Kind implements Node.Kind.
func (n *Appendix) Kind() gast.NodeKind { return KindAppendix }

// IsRaw implements Node.IsRaw: the mark's line is not Markdown text.
func (n *Appendix) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *Appendix) Dump(source []byte, level int) {
	gast.DumpHelper(n, source, level, map[string]string{"Landscape": fmt.Sprint(n.Landscape)}, nil)
}

// NewAppendix returns an appendix mark.
func NewAppendix(landscape bool) *Appendix {
	return &Appendix{Landscape: landscape}
}

// PageBreak is the mark "<!-- sang trang -->": what follows starts on a new page.
type PageBreak struct {
	gast.BaseBlock
}

// KindPageBreak is the NodeKind of PageBreak.
var KindPageBreak = gast.NewNodeKind("PageBreak")

// Kind implements Node.Kind.
func (n *PageBreak) Kind() gast.NodeKind { return KindPageBreak }

// IsRaw implements Node.IsRaw: the mark's line is not Markdown text.
func (n *PageBreak) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *PageBreak) Dump(source []byte, level int) { gast.DumpHelper(n, source, level, nil, nil) }

// NewPageBreak returns a page break mark.
func NewPageBreak() *PageBreak { return &PageBreak{} }

// Attached is the mark "<!-- văn bản kèm theo -->": what follows it, up to the next
// attached document, is a document issued with the decision (văn bản ban hành kèm theo
// quyết định). Its line is the mark's source line.
type Attached struct {
	gast.BaseBlock
}

// KindAttached is the NodeKind of Attached.
var KindAttached = gast.NewNodeKind("Attached")

// Kind implements Node.Kind.
func (n *Attached) Kind() gast.NodeKind { return KindAttached }

// IsRaw implements Node.IsRaw: the mark's line is not Markdown text.
func (n *Attached) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *Attached) Dump(source []byte, level int) { gast.DumpHelper(n, source, level, nil, nil) }

// NewAttached returns the mark of an attached document.
func NewAttached() *Attached { return &Attached{} }
