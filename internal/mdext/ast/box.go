package ast

import (
	"fmt"

	gast "github.com/yuin/goldmark/ast"
)

// Box holds the blocks between a pair of marks that keep them on one page: "<!-- giu trang
// -->" … "<!-- het giu trang -->", or, framed and centred, "<!-- khung -->" … "<!-- het
// khung -->". Its lines are its two marks' lines.
type Box struct {
	gast.BaseBlock
	// Frame is set by "khung": the blocks are drawn inside a rectangle, each paragraph
	// split into centred BoxLines.
	Frame bool
}

// KindBox is the NodeKind of Box.
var KindBox = gast.NewNodeKind("Box")

// Kind implements Node.Kind.
func (n *Box) Kind() gast.NodeKind { return KindBox }

// IsRaw implements Node.IsRaw: its lines are the marks', not Markdown text.
func (n *Box) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *Box) Dump(source []byte, level int) {
	gast.DumpHelper(n, source, level, map[string]string{"Frame": fmt.Sprint(n.Frame)}, nil)
}

// NewBox returns an empty box.
func NewBox(frame bool) *Box { return &Box{Frame: frame} }

// BoxLine is one source line of a paragraph inside a framed Box, centred, in the size and
// weight of the prefix it was typed with ("{18 đậm}"). Its lines are the paragraph's lines
// it holds (more than one when emphasis runs over a line end); HasBlankPreviousLines is
// set on the first line of a paragraph that a blank line stands before.
type BoxLine struct {
	gast.BaseBlock
	// Size is the size in points the prefix gives, 0 for the body's.
	Size         float64
	Bold, Italic bool
}

// KindBoxLine is the NodeKind of BoxLine.
var KindBoxLine = gast.NewNodeKind("BoxLine")

// Kind implements Node.Kind.
func (n *BoxLine) Kind() gast.NodeKind { return KindBoxLine }

// Dump implements Node.Dump.
func (n *BoxLine) Dump(source []byte, level int) {
	gast.DumpHelper(n, source, level, map[string]string{
		"Size": fmt.Sprint(n.Size), "Bold": fmt.Sprint(n.Bold), "Italic": fmt.Sprint(n.Italic)}, nil)
}

// NewBoxLine returns an empty line.
func NewBoxLine() *BoxLine { return &BoxLine{} }

// BoxMark is a box's mark that has no partner: an opening mark never closed, or a closing
// mark never opened. The reader reports it; its line is the mark's.
type BoxMark struct {
	gast.BaseBlock
	Frame bool
	// Open tells an opening mark from a closing one.
	Open bool
}

// KindBoxMark is the NodeKind of BoxMark.
var KindBoxMark = gast.NewNodeKind("BoxMark")

// Kind implements Node.Kind.
func (n *BoxMark) Kind() gast.NodeKind { return KindBoxMark }

// IsRaw implements Node.IsRaw: the mark's line is not Markdown text.
func (n *BoxMark) IsRaw() bool { return true }

// Dump implements Node.Dump.
func (n *BoxMark) Dump(source []byte, level int) {
	gast.DumpHelper(n, source, level, map[string]string{"Frame": fmt.Sprint(n.Frame), "Open": fmt.Sprint(n.Open)}, nil)
}

// NewBoxMark returns a mark without a partner.
func NewBoxMark(frame, open bool) *BoxMark { return &BoxMark{Frame: frame, Open: open} }
