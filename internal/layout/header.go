package layout

import (
	"fmt"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/form"
)

// column lays out centred lines in a column from y down: each "\n" in s starts a new line,
// and long lines wrap. It returns the items, the new y and the widest line's width.
func (e *engine) column(s string, st form.Style, x, w, y, lead float64) ([]Item, float64, float64) {
	var items []Item
	widest := 0.0
	for _, part := range strings.Split(s, "\n") {
		for _, l := range e.para(text(part), st, x, w, 0, lead, form.Center) {
			for _, it := range l.items {
				it.Y += y
				items = append(items, it)
				if it.Kind == TextItem {
					widest = max(widest, it.W)
				}
			}
			y += l.h
		}
	}
	return items, y, widest
}

// stack lays out centred texts one under the other from y down, each after its gap. It
// returns the items, the new y and the width of the last text's widest line (what a
// separator under it is sized on).
func (e *engine) stack(ls []form.Lines, x, w, y float64) ([]Item, float64, float64) {
	var items []Item
	widest := 0.0
	for _, l := range ls {
		var its []Item
		top := y + l.Gap
		its, y, widest = e.column(l.Text, l.Style, x, w, top, l.Leading)
		items = append(items, its...)
		if typed := strings.Count(l.Text, "\n") + 1; l.Field != "" && y-top > float64(typed)*l.Leading+0.01 {
			e.warnings = append(e.warnings, diag.Diagnostic{Severity: diag.Warning, File: e.doc.Source,
				Message: fmt.Sprintf("“%s” (%s) dài hơn cột của nó: sẽ tự xuống dòng", strings.ReplaceAll(l.Text, "\n", " / "), l.Field),
				Hint:    "viết gọn lại, hoặc tự chọn chỗ xuống dòng bằng “\\n”, ví dụ “ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA”"})
		}
	}
	return items, y, widest
}

// separator draws what stands under a header element whose widest line is wide, centred
// on cx, with its top at y. It returns the items and the new y.
func (e *engine) separator(sep form.Separator, cx, wide, y float64) ([]Item, float64) {
	if sep.Text != "" {
		items, ny, _ := e.column(sep.Text, sep.Style, cx-wide, 2*wide, y, sep.Leading)
		return items, ny
	}
	if sep.Ratio <= 0 {
		return nil, y
	}
	w := wide * sep.Ratio
	y += sep.Gap
	return []Item{{Kind: RuleItem, X: cx - w/2, Y: y, W: w, Stroke: 0.6}}, y + 0.6
}

// columns splits the text width in two, the left column taking share of it, and returns
// each column's left edge and width.
func (e *engine) columns(share float64) (lx, lw, rx, rw float64) {
	tw := e.right - e.left
	lw = tw * share
	return e.left, lw, e.left + lw, tw - lw
}

// header is the two-column block at the top of page 1 (and of an attached document): the
// issuing body and number on the left, the Party title or Quốc hiệu and Tiêu ngữ and the
// date on the right.
func (e *engine) header(h form.Header) box {
	lx, lw, rx, rw := e.columns(h.LeftShare)
	var items []Item
	add := func(its []Item) { items = append(items, its...) }

	// Left column: parent body, issuing body, the separator under the latter's widest line.
	its, ny, wide := e.stack(h.Left, lx, lw, 0)
	add(its)
	its, ly := e.separator(h.LeftSep, lx+lw/2, max(wide, 1), ny)
	add(its)

	// Right column: the fixed lines and the separator under the last one, as long as it.
	its, ry, _ := e.stack(h.Right, rx, rw, 0)
	add(its)
	if n := len(h.Right); n > 0 {
		last := h.Right[n-1]
		wide := e.m.Width(FontFor(last.Style.Bold, last.Style.Italic), last.Style.Size, last.Text)
		its, ny := e.separator(h.RightSep, rx+rw/2, wide, ry)
		add(its)
		ry = max(ry, ny)
	}

	// The number (and a công văn's trích yếu) and the date share a row.
	row := max(ly, ry) + h.RowGap
	left := []form.Lines{h.Number}
	if h.Subject != nil {
		left = append(left, *h.Subject)
	}
	its, ly, _ = e.stack(left, lx, lw, row)
	add(its)
	its, ry, _ = e.stack([]form.Lines{h.Date}, rx, rw, row)
	add(its)
	return e.flowing(line{h: max(ly, ry), items: items}, ry, box{})
}

// title is the type name, the trích yếu (and an attached document's note) and the
// separator under them, then the line naming who decides (a quyết định's thẩm quyền).
func (e *engine) title(t *form.Title) []box {
	if t == nil {
		return nil
	}
	tw := e.right - e.left
	var items []Item
	y := 0.0
	if t.TypeName != nil {
		its, ny, _ := e.stack([]form.Lines{*t.TypeName}, e.left, tw, y)
		items, y = append(items, its...), ny
	}
	wide := 0.0
	if t.Subject != nil {
		sw := tw * t.SubjectWidth
		its, ny, wd := e.stack([]form.Lines{*t.Subject}, e.left+(tw-sw)/2, sw, y)
		items, y, wide = append(items, its...), ny, wd
	}
	if t.Note != nil {
		its, ny, _ := e.stack([]form.Lines{*t.Note}, e.left, tw, y)
		items, y = append(items, its...), ny
	}
	if len(items) == 0 {
		return nil
	}
	its, y := e.separator(t.Sep, (e.left+e.right)/2, max(wide, tw/3), y)
	items = append(items, its...)
	if t.Authority != nil {
		its, ny, _ := e.stack([]form.Lines{*t.Authority}, e.left, tw, y)
		items, y = append(items, its...), ny
	}
	b := e.flowing(line{h: y + t.After, items: items}, 0, box{before: t.Before, keepNext: true})
	return []box{b}
}

// addressees is the "Kính gửi:" block: the first addressee on the label's line, the others
// under it. The block is centred, but never starts left of the body's indent.
func (e *engine) addressees() []box {
	k := e.doc.Addressees
	if k == nil {
		return nil
	}
	lead := k.Leading
	lf := FontFor(k.LabelStyle.Bold, k.LabelStyle.Italic)
	labelW := e.m.Width(lf, k.LabelStyle.Size, k.Label)
	widest := 0.0
	for _, s := range k.Lines {
		widest = max(widest, e.m.Width(FontFor(k.Style.Bold, k.Style.Italic), k.Style.Size, s))
	}
	tw := e.right - e.left
	x := e.left + max((tw-labelW-widest)/2, k.MinIndent)
	var items []Item
	e.checkGlyphs(lf, k.Label)
	for _, it := range placeLine(e.words(text(k.Label), k.LabelStyle), x, labelW, form.Left, true, k.LabelStyle.Size) {
		it.Y += baseline(lead, k.LabelStyle.Size)
		items = append(items, it)
	}
	y := 0.0
	hang := e.hang(k.Hang, k.Style)
	for _, s := range k.Lines {
		for _, l := range e.para(text(s), k.Style, x+labelW+hang, e.right-x-labelW-hang, -hang, lead, form.Left) {
			items = append(items, shift(l.items, y)...)
			y += l.h
		}
	}
	return []box{e.flowing(line{h: y, items: items}, 0, box{before: k.Before, keepNext: true})}
}
