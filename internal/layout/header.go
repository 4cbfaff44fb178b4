package layout

import (
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/vn"
)

// column lays out centred lines in a column from y down: each "\n" in s starts a new line,
// and long lines wrap. It returns the items, the new y and the widest line's width.
func (e *engine) column(s string, st profile.Style, x, w, y, lead float64) ([]Item, float64, float64) {
	var items []Item
	widest := 0.0
	for _, part := range strings.Split(keepBlanks(s), "\n") {
		for _, l := range e.para(text(part), styleOf(st), x, w, 0, lead, model.AlignCenter) {
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

// keepBlanks turns runs of two or more spaces (the blanks left for the clerk in "Số    -KH/TU"
// and "ngày      tháng") into no-break spaces, so that the line breaker keeps them.
func keepBlanks(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	spaces := 0
	flush := func() {
		if spaces == 1 {
			b.WriteByte(' ')
		} else {
			b.WriteString(strings.Repeat("\u00a0", spaces))
		}
		spaces = 0
	}
	for _, r := range s {
		if r == ' ' {
			spaces++
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// separator draws what stands under a header element whose widest line is wide, centred
// on cx, with its top at y. It returns the items and the new y.
func (e *engine) separator(sep profile.Separator, cx, wide, y, lead float64) ([]Item, float64) {
	if sep.Text != "" {
		items, ny, _ := e.column(sep.Text, sep.Style, cx-wide, 2*wide, y, lead)
		return items, ny
	}
	if sep.Ratio <= 0 {
		return nil, y
	}
	w := wide * sep.Ratio
	y += sep.GapPT
	return []Item{{Kind: RuleItem, X: cx - w/2, Y: y, W: w, Stroke: 0.6}}, y + 0.6
}

// columns splits the text width in two, the left column taking share of it, and returns
// each column's left edge and width.
func (e *engine) columns(share float64) (lx, lw, rx, rw float64) {
	tw := e.right - e.left
	lw = tw * share
	return e.left, lw, e.left + lw, tw - lw
}

// header is the two-column block at the top of page 1: the issuing body and number on the
// left, the Party title or Quốc hiệu and Tiêu ngữ and the date on the right.
func (e *engine) header() box {
	h := e.p.Header
	m := e.doc.Meta
	lx, lw, rx, rw := e.columns(h.LeftShare)
	lead := h.LineGapPT
	var items []Item
	add := func(its []Item) { items = append(items, its...) }

	// Left column: parent body, issuing body, separator.
	ly := 0.0
	if strings.TrimSpace(m.ParentBody) != "" {
		its, ny, _ := e.column(vn.Upper(m.ParentBody), h.ParentBody, lx, lw, ly, lead)
		add(its)
		ly = ny
	}
	its, ny, wide := e.column(vn.Upper(m.Body), h.Body, lx, lw, ly, lead)
	add(its)
	its, ly = e.separator(h.BodySep, lx+lw/2, max(wide, 1), ny, lead)
	add(its)

	// Right column: the fixed lines and the rule under the last one.
	ry := 0.0
	for _, ml := range h.Motto {
		its, ny, _ := e.column(ml.Text, ml.Style, rx, rw, ry, lead)
		add(its)
		ry = ny
	}
	if n := len(h.Motto); n > 0 {
		last := h.Motto[n-1]
		f := FontFor(last.Style.Bold, last.Style.Italic)
		wide := e.m.Width(f, last.Style.Size, last.Text)
		its, ny := e.separator(h.MottoSep, rx+rw/2, wide, ry, lead)
		add(its)
		ry = max(ry, ny)
	}

	// The number and the date share a row.
	row := max(ly, ry) + h.RowGapPT
	number := strings.TrimSpace(m.Number)
	switch {
	case number == "":
		number = h.BlankNumber
	case len(number) == 1 && number[0] >= '1' && number[0] <= '9':
		number = "0" + number // numbers under 10 take a leading zero (NĐ 30, HD 36)
	}
	numberLine := strings.NewReplacer("{so}", number, "{ky_hieu}", m.Symbol).Replace(h.NumberFormat)
	its, ly, _ = e.column(numberLine, h.Number, lx, lw, row, lead)
	add(its)
	if isLetter(m) && strings.TrimSpace(m.Subject) != "" {
		// A công văn has no type name: its trích yếu stands under the number.
		ls := h.LetterSubject
		subject := m.Subject
		if ls.Prefix != "" && !strings.HasPrefix(subject, strings.TrimSpace(ls.Prefix)) {
			subject = ls.Prefix + subject
		}
		its, ly, _ = e.column(subject, ls.Style, lx, lw, ly+ls.GapPT, ls.Style.Size*1.2)
		add(its)
	}
	date, err := vn.ParseDate(m.Date)
	if err != nil {
		e.diags = append(e.diags, diag.Errorf(e.doc.Source, 0, 0, "để trống nếu văn thư sẽ ghi ngày bằng tay", "%v", err))
	}
	its, ry, _ = e.column(vn.DateLine(m.Place, date), h.Date, rx, rw, row, lead)
	add(its)
	return box{lines: []line{{h: max(ly, ry), items: items}}, together: true}
}

// isLetter tells a công văn, whose trích yếu goes in the header.
func isLetter(m model.Meta) bool { return m.Kind == "cong_van" }

// title is the type name, the trích yếu and the separator under them, then the line naming
// who decides (a quyết định's thẩm quyền).
func (e *engine) title() []box {
	t := e.p.Title
	m := e.doc.Meta
	tw := e.right - e.left
	var items []Item
	y := 0.0
	if strings.TrimSpace(m.TypeName) != "" {
		its, ny, _ := e.column(vn.Upper(m.TypeName), t.TypeName, e.left, tw, y, t.LineGapPT)
		items, y = append(items, its...), ny
	}
	wide := 0.0
	if strings.TrimSpace(m.Subject) != "" && !isLetter(m) {
		sw := tw * t.SubjectWidth
		its, ny, wd := e.column(m.Subject, t.Subject, e.left+(tw-sw)/2, sw, y, t.LineGapPT)
		items, y, wide = append(items, its...), ny, wd
	}
	if len(items) == 0 {
		return nil
	}
	its, y := e.separator(t.Sep, (e.left+e.right)/2, max(wide, tw/3), y, t.LineGapPT)
	items = append(items, its...)
	if a := strings.TrimSpace(m.Authority); a != "" {
		its, ny, _ := e.column(vn.Upper(a), t.Authority, e.left, tw, y+t.SpaceAfterPT, t.LineGapPT)
		items, y = append(items, its...), ny
	}
	return []box{{lines: []line{{h: y + t.SpaceAfterPT, items: items}}, before: t.SpaceBeforePT, together: true, keepNext: true}}
}

// addressees is the "Kính gửi:" block: one addressee on the label's line; several, one a
// line after a "- ", the first on the label's line and the others under it, punctuated by
// the profile. The block is centred, but never starts left of the body's indent.
func (e *engine) addressees() []box {
	as := e.doc.Meta.Addressees
	if len(as) == 0 {
		return nil
	}
	k := e.p.Addressees
	lead := e.p.Body.LeadingPT
	label := k.Label + " "
	lf := FontFor(k.LabelStyle.Bold, k.LabelStyle.Italic)
	labelW := e.m.Width(lf, k.LabelStyle.Size, label)
	lst := styleOf(k.List.Style)
	lines := make([]string, len(as))
	widest := 0.0
	for i, a := range as {
		end := k.List.LineEnd
		if i == len(as)-1 {
			end = k.List.LastEnd
		}
		if len(as) > 1 {
			a = k.List.Prefix + a
		}
		lines[i] = punctuate(a, end)
		widest = max(widest, e.m.Width(FontFor(lst.bold, lst.italic), lst.size, lines[i]))
	}
	tw := e.right - e.left
	x := e.left + max((tw-labelW-widest)/2, profile.MM(e.p.Body.IndentMM))
	var items []Item
	e.checkGlyphs(lf, label)
	for _, it := range placeLine(e.words(text(label), styleOf(k.LabelStyle)), x, labelW, model.AlignLeft, true, k.LabelStyle.Size) {
		it.Y += baseline(lead, k.LabelStyle.Size)
		items = append(items, it)
	}
	y := 0.0
	for _, s := range lines {
		for _, l := range e.para(text(s), lst, x+labelW, e.right-x-labelW, 0, lead, model.AlignLeft) {
			items = append(items, shift(l.items, y)...)
			y += l.h
		}
	}
	return []box{{lines: []line{{h: y, items: items}}, before: e.p.Body.ParagraphSpacePT, together: true, keepNext: true}}
}

// bases are the căn cứ lines, punctuated by the profile.
func (e *engine) bases() []box {
	bs := e.doc.Meta.Bases
	st := e.p.Bases.Style
	var boxes []box
	indent := 0.0
	if st.Indent {
		indent = profile.MM(e.p.Body.IndentMM)
	}
	for i, b := range bs {
		end := e.p.Bases.LineEnd
		if i == len(bs)-1 {
			end = e.p.Bases.LastEnd
		}
		s := e.p.Bases.Prefix + punctuate(b, end)
		lines := e.para(text(s), styleOf(st), e.left, e.right-e.left, indent, e.p.Body.LeadingPT, alignOf(st.Align, model.AlignJustify))
		boxes = append(boxes, box{lines: lines, before: e.p.Body.ParagraphSpacePT / 2})
	}
	return boxes
}

// punctuate ends s with end unless it already ends with punctuation the writer chose.
func punctuate(s, end string) string {
	s = strings.TrimRight(s, " ")
	if s == "" || strings.ContainsAny(s[len(s)-1:], ",;.:") {
		return s
	}
	return s + end
}
