package form

import (
	"fmt"
	"io"
	"strings"

	"vanban/internal/model"
)

// Dump writes the document's form one element a line, every size and space resolved, for
// golden tests and for "vanban dung -giai-doan the-thuc".
func (d *Document) Dump(w io.Writer) error {
	dw := &dumper{w: w}
	pg := d.Page
	dw.line("trang %.2f×%.2f lề %.2f %.2f %.2f %.2f", pg.Width, pg.Height, pg.Top, pg.Bottom, pg.Left, pg.Right)
	dw.header("", d.Header)
	dw.title("", d.Title)
	if a := d.Addressees; a != nil {
		dw.line("kính gửi: %q %s; %s dòng %.2f, thụt tối thiểu %.2f, trên %.2f", a.Label, a.LabelStyle, a.Style, a.Leading, a.MinIndent, a.Before)
		for _, l := range a.Lines {
			dw.line("  %q", l)
		}
	}
	dw.blocks("", d.Body)
	c := d.Closing
	dw.line("kết thúc: cột trái %.2f, trên %.2f", c.LeftShare, c.Before)
	if c.Label != "" {
		dw.line("  nhãn %q %s dòng %.2f", c.Label, c.LabelStyle, c.LabelLeading)
	}
	for _, l := range c.Lines {
		dw.line("  nơi nhận %q %s dòng %.2f", l, c.RecipientStyle, c.RecipientLeading)
	}
	if c.Drafter != "" {
		dw.line("  người soạn %q %s", c.Drafter, c.DrafterStyle)
	}
	dw.lines("  ký", c.Signature...)
	dw.appendices("", d.Appendices)
	for _, a := range d.Attached {
		dw.line("văn bản kèm theo: đánh số trang lại %t", a.Restart)
		dw.header("  ", a.Header)
		dw.title("  ", a.Title)
		dw.blocks("  ", a.Blocks)
		if c := a.Closing; c != nil {
			dw.line("  ký lại: cột trái %.2f, trên %.2f", c.LeftShare, c.Before)
			dw.lines("    ký", c.Signature...)
		}
		dw.appendices("  ", a.Appendices)
	}
	ps := d.PageNumber
	dw.line("số trang: %s, cách mép trên %.2f", ps.Style, ps.Top)
	return dw.err
}

// header writes the header block, each line after indent.
func (d *dumper) header(indent string, h Header) {
	d.line("%sđầu văn bản: cột trái %.2f, cách dòng số %.2f", indent, h.LeftShare, h.RowGap)
	d.lines(indent+"  trái", h.Left...)
	d.sep(indent+"  dưới trái", h.LeftSep)
	d.lines(indent+"  phải", h.Right...)
	d.sep(indent+"  dưới phải", h.RightSep)
	d.lines(indent+"  số", h.Number)
	if h.Subject != nil {
		d.lines(indent+"  trích yếu", *h.Subject)
	}
	d.lines(indent+"  ngày", h.Date)
}

// title writes the title block, if any, each line after indent.
func (d *dumper) title(indent string, t *Title) {
	if t == nil {
		return
	}
	d.line("%stên loại: trên %.2f dưới %.2f, trích yếu rộng %.2f", indent, t.Before, t.After, t.SubjectWidth)
	for _, part := range []struct {
		name string
		l    *Lines
	}{{"tên", t.TypeName}, {"trích yếu", t.Subject}, {"kèm theo", t.Note}} {
		if part.l != nil {
			d.lines(indent+"  "+part.name, *part.l)
		}
	}
	d.sep(indent+"  dưới", t.Sep)
	if t.Authority != nil {
		d.lines(indent+"  thẩm quyền", *t.Authority)
	}
}

// appendices writes the appendices, each line after indent.
func (d *dumper) appendices(indent string, as []*Appendix) {
	for _, a := range as {
		orient := "dọc"
		if a.Landscape {
			orient = "ngang"
		}
		d.line("%sphụ lục (%s), dưới đầu %.2f", indent, orient, a.After)
		for _, p := range a.Head {
			d.paragraph(indent+"  ", p)
		}
		d.blocks(indent+"  ", a.Blocks)
	}
}

// String writes a style as its size and the styles set: "14 đậm nghiêng".
func (s Style) String() string {
	out := fmt.Sprintf("%g", s.Size)
	for _, f := range []struct {
		on   bool
		name string
	}{{s.Bold, "đậm"}, {s.Italic, "nghiêng"}, {s.Underline, "gạch chân"}} {
		if f.on {
			out += " " + f.name
		}
	}
	return out
}

var alignNames = map[Align]string{Left: "trái", Center: "giữa", Right: "phải", Justify: "đều"}

// dumper writes lines until the first error, which it keeps.
type dumper struct {
	w   io.Writer
	err error
}

func (d *dumper) line(format string, args ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format+"\n", args...)
	}
}

func (d *dumper) lines(name string, ls ...Lines) {
	for _, l := range ls {
		d.line("%s %q %s dòng %.2f cách %.2f", name, l.Text, l.Style, l.Leading, l.Gap)
	}
}

func (d *dumper) sep(name string, s Separator) {
	if s.Text != "" {
		d.line("%s chữ %q %s", name, s.Text, s.Style)
		return
	}
	d.line("%s kẻ %.2f cách %.2f", name, s.Ratio, s.Gap)
}

func (d *dumper) paragraph(indent string, p *Paragraph) {
	what := "đoạn"
	if p.Level > 0 {
		what = fmt.Sprintf("đề mục %d", p.Level)
	}
	keep := ""
	if p.KeepNext {
		keep = ", liền sau"
	}
	d.line("%s%s %s %s thụt %.2f dòng %.2f trên %.2f%s: %s", indent, what, p.Style, alignNames[p.Align],
		p.Indent, p.Leading, p.Before, keep, model.DumpRuns(p.Runs))
}

func (d *dumper) blocks(indent string, bs []Block) {
	for _, b := range bs {
		switch b := b.(type) {
		case *Paragraph:
			d.paragraph(indent, b)
		case *Table:
			aligns := make([]string, len(b.Aligns))
			for i, a := range b.Aligns {
				aligns[i] = alignNames[a]
			}
			widths := ""
			if len(b.Widths) > 0 {
				widths = fmt.Sprintf(", rộng %v", b.Widths)
			}
			d.line("%sbảng %d dòng đầu, %d dòng thân, cột %s%s, dòng %.2f đệm %.2f nét %.2f trên %.2f", indent,
				len(b.Head), len(b.Rows), strings.Join(aligns, "|"), widths, b.Leading, b.Padding, b.RuleWidth, b.Before)
			for i, row := range append(b.Head[:len(b.Head):len(b.Head)], b.Rows...) {
				look := row.Style.String()
				if row.Align != model.AlignDefault {
					look += " " + alignNames[row.Align]
				}
				if row.Middle {
					look += ", giữa dọc"
				}
				if row.KeepNext {
					look += ", liền sau"
				}
				part := "thân"
				if i < len(b.Head) {
					part = "đầu"
				}
				d.line("%s  %s %s: | %s |", indent, part, look, model.DumpCells(row.Cells))
			}
		case *PageBreak:
			d.line("%ssang trang", indent)
		case *Box:
			d.box(indent, b)
		case *Chart:
			d.line("%sbiểu đồ %q (%s) %s dòng %.2f trên %.2f", indent, b.Title, b.Unit, b.Style, b.Leading, b.Before)
			for _, bar := range b.Bars {
				d.line("%s  %s: %s", indent, bar.Label, bar.Text)
			}
		}
	}
}
