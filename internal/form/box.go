package form

import (
	"strconv"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
)

// Box is a run of blocks kept on one page; a Frame box is drawn in a rectangle, Padding
// inside its rule of width RuleWidth, its lines centred. A box taller than a page goes on
// to the next, its frame closed at the foot of the page and opened again at the top of the
// next.
type Box struct {
	Frame              bool
	Blocks             []Block
	Padding, RuleWidth float64
	// Before is the space above the box.
	Before float64
	Pos    Pos
}

// Position implements Block.
func (b *Box) Position() Pos { return b.Pos }

// box resolves a box: the frame's look from the profile's khung (the table's rule and
// padding where it has none), and its blocks.
func (f *former) box(b *model.Box) *Box {
	k, ts := f.p.Box, f.p.Table
	out := &Box{Frame: b.Frame, Blocks: f.blocks(b.Blocks), Padding: k.PaddingPT, RuleWidth: k.RuleWidthPT,
		Before: f.p.Body.ParagraphSpacePT, Pos: b.Pos}
	if out.Padding == 0 {
		out.Padding = ts.PaddingPT
	}
	if out.RuleWidth == 0 {
		out.RuleWidth = ts.RuleWidthPT
	}
	return out
}

// boxLine resolves a line of a framed box: centred, in the size typed before it (the
// body's when none) within the profile's bounds, its line distance growing with its size
// as the body's does; the body's paragraph space above it when a blank line stood there.
func (f *former) boxLine(l *model.BoxLine) *Paragraph {
	body := f.p.Body
	size := body.Style.Size
	if l.Size > 0 {
		size = f.boxSize(l)
	}
	before := 0.0
	if l.Gap {
		before = body.ParagraphSpacePT
	}
	return &Paragraph{Runs: l.Runs, Style: Style{Size: size, Bold: l.Bold, Italic: l.Italic}, Align: Center,
		Leading: body.LeadingPT * size / body.Style.Size, Before: before, Pos: l.Pos}
}

// boxSize is the size typed before a line, within the profile's bounds; a size outside
// them is an error, and the nearest bound is used.
func (f *former) boxSize(l *model.BoxLine) float64 {
	lo, hi := f.p.Box.MinSize, f.p.Box.MaxSize
	size := l.Size
	switch {
	case lo > 0 && size < lo:
		size = lo
	case hi > 0 && size > hi:
		size = hi
	default:
		return size
	}
	f.diags = append(f.diags, diag.Errorf(f.doc.Source, l.Pos.Line, l.Pos.Col,
		"dùng cỡ chữ từ "+fmtSize(lo)+" đến "+fmtSize(hi)+" (khóa khung của thể thức)",
		"cỡ chữ %s của dòng trong khung nằm ngoài khoảng thể thức cho phép", fmtSize(l.Size)))
	return size
}

// fmtSize writes a size as offices do, with a decimal comma ("16,5").
func fmtSize(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// box writes a box, then its blocks indented under it.
func (d *dumper) box(indent string, b *Box) {
	if b.Frame {
		d.line("%skhung đệm %.2f nét %.2f trên %.2f", indent, b.Padding, b.RuleWidth, b.Before)
	} else {
		d.line("%sgiữ trang trên %.2f", indent, b.Before)
	}
	d.blocks(indent+"  ", b.Blocks)
}
