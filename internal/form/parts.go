package form

import (
	"fmt"
	"strconv"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/vn"
)

// header resolves the block at the top of page 1: the issuing body (with its parent) and
// the number on the left, the Party title or Quốc hiệu and Tiêu ngữ and the date on the right.
func (f *former) header() Header {
	h := f.p.Header
	m := f.doc.Meta
	lead := h.LineGapPT
	out := Header{LeftShare: h.LeftShare, RowGap: h.RowGapPT,
		LeftSep: separator(h.BodySep, lead), RightSep: separator(h.MottoSep, lead)}
	if strings.TrimSpace(m.ParentBody) != "" {
		out.Left = append(out.Left, field(lines(upper(m.ParentBody), h.ParentBody, lead, 0), "co_quan_cap_tren"))
	}
	out.Left = append(out.Left, field(lines(upper(m.Body), h.Body, lead, 0), "co_quan"))
	for _, ml := range h.Motto {
		out.Right = append(out.Right, lines(ml.Text, ml.Style, lead, 0))
	}
	out.Number = field(lines(numberLine(h, m), h.Number, lead, 0), "so, ky_hieu")
	if isLetter(m) && strings.TrimSpace(m.Subject) != "" {
		// A công văn has no type name: its trích yếu stands under the number.
		ls := h.LetterSubject
		subject := m.Subject
		if ls.Prefix != "" && !strings.HasPrefix(subject, strings.TrimSpace(ls.Prefix)) {
			subject = ls.Prefix + subject
		}
		s := lines(subject, ls.Style, ls.Style.Size*1.2, ls.GapPT)
		out.Subject = &s
	}
	date, err := vn.ParseDate(m.Date)
	if err != nil {
		f.diags = append(f.diags, diag.Errorf(f.doc.Source, 0, 0, "để trống nếu văn thư sẽ ghi ngày bằng tay", "%v", err))
	}
	out.Date = field(lines(vn.DateLine(m.Place, date), h.Date, lead, 0), "dia_danh")
	return out
}

// numberLine fills the profile's number format with the number and the symbol.
func numberLine(h profile.Header, m model.Meta) string {
	return strings.NewReplacer("{so}", number(h, m), "{ky_hieu}", m.Symbol).Replace(h.NumberFormat)
}

// number is the document's number as printed: a number left blank for the clerk takes the
// profile's blank, and numbers under 10 take a leading zero (NĐ 30, HD 36).
func number(h profile.Header, m model.Meta) string {
	n := strings.TrimSpace(m.Number)
	switch {
	case n == "":
		return h.BlankNumber
	case len(n) == 1 && n[0] >= '1' && n[0] <= '9':
		return "0" + n
	}
	return n
}

// isLetter tells a công văn, whose trích yếu goes in the header.
func isLetter(m model.Meta) bool { return m.Kind == "cong_van" }

// title resolves the type name, the trích yếu and the separator under them, then the
// line naming who decides.
func (f *former) title() *Title {
	t := f.p.Title
	m := f.doc.Meta
	subject := m.Subject
	if isLetter(m) {
		subject = "" // under the number
	}
	out := f.titleOf(m.TypeName, subject)
	if out == nil {
		return nil
	}
	if a := strings.TrimSpace(m.Authority); a != "" {
		l := lines(upper(a), t.Authority, t.LineGapPT, t.SpaceAfterPT)
		out.Authority = &l
	}
	return out
}

// titleOf resolves a type name and a trích yếu, either of which may be empty, and the
// separator under them; nil when both are empty.
func (f *former) titleOf(typeName, subject string) *Title {
	t := f.p.Title
	out := &Title{SubjectWidth: t.SubjectWidth, Sep: separator(t.Sep, t.LineGapPT),
		Before: t.SpaceBeforePT, After: t.SpaceAfterPT}
	if strings.TrimSpace(typeName) != "" {
		l := lines(upper(typeName), t.TypeName, t.LineGapPT, 0)
		out.TypeName = &l
	}
	if strings.TrimSpace(subject) != "" {
		l := lines(subject, t.Subject, t.LineGapPT, 0)
		out.Subject = &l
	}
	if out.TypeName == nil && out.Subject == nil {
		return nil
	}
	return out
}

// addressees resolves the "Kính gửi:" block: one addressee on the label's line; several,
// one a line after the profile's prefix, punctuated by the profile.
func (f *former) addressees() *Addressees {
	as := f.doc.Meta.Addressees
	if len(as) == 0 {
		return nil
	}
	k := f.p.Addressees
	out := &Addressees{Label: k.Label + " ", LabelStyle: styleOf(k.LabelStyle), Style: styleOf(k.List.Style),
		Leading: f.p.Body.LeadingPT, MinIndent: profile.MM(f.p.Body.IndentMM), Before: f.p.Body.ParagraphSpacePT}
	for i, a := range as {
		end := k.List.LineEnd
		if i == len(as)-1 {
			end = k.List.LastEnd
		}
		if len(as) > 1 {
			a = k.List.Prefix + a
			out.Hang = k.List.Prefix
		}
		out.Lines = append(out.Lines, punctuate(a, end))
	}
	return out
}

// bases resolves the căn cứ lines, punctuated by the profile.
func (f *former) bases() []Block {
	bs := f.doc.Meta.Bases
	st := f.p.Bases.Style
	indent := 0.0
	if st.Indent {
		indent = profile.MM(f.p.Body.IndentMM)
	}
	var out []Block
	for i, b := range bs {
		end := f.p.Bases.LineEnd
		if i == len(bs)-1 {
			end = f.p.Bases.LastEnd
		}
		out = append(out, &Paragraph{Runs: []Run{{Text: f.p.Bases.Prefix + punctuate(b, end)}}, Style: styleOf(st),
			Align: alignOf(st.Align, Justify), Indent: indent, Leading: f.p.Body.LeadingPT, Before: f.p.Body.ParagraphSpacePT / 2})
	}
	return out
}

// closing resolves Nơi nhận (the recipients, then the Lưu line with the drafter and copies
// after it) and the signature, one line an authority of a chain.
func (f *former) closing() Closing {
	c := f.p.Closing
	m := f.doc.Meta
	out := Closing{LeftShare: c.LeftShare, Before: c.SpaceBeforePT, LabelStyle: styleOf(c.LabelStyle),
		LabelLeading: c.LineGapPT, RecipientStyle: styleOf(c.Recipients.Style), RecipientLeading: c.Recipients.Style.Size * 1.2}
	place := archivePlace(m.Archive.Place)
	if len(m.Recipients) > 0 || place != "" {
		out.Label = c.Label
		texts := make([]string, 0, len(m.Recipients)+1)
		for _, r := range m.Recipients {
			texts = append(texts, r.Text())
		}
		if place != "" {
			texts = append(texts, strings.ReplaceAll(c.ArchiveFormat, "{luu}", place))
			out.Drafter = drafter(m.Archive)
			out.DrafterStyle = styleOf(c.Drafter)
			if c.Drafter.Size == 0 {
				out.DrafterStyle = out.RecipientStyle
			}
		}
		rs := c.Recipients
		out.Hang = rs.Prefix
		for i, s := range texts {
			end := rs.LineEnd
			if i == len(texts)-1 {
				end = rs.LastEnd
			}
			out.Lines = append(out.Lines, rs.Prefix+punctuate(s, end))
		}
	}
	s := m.Signer
	lead := c.LineGapPT
	// Each authority of a chain ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") is a line of its
	// own, never broken into the next.
	for _, a := range model.SplitLines(s.Authority...) {
		out.Signature = append(out.Signature, field(lines(upper(a), c.Authority, lead, 0), "nguoi_ky.quyen_han"))
	}
	out.Signature = append(out.Signature, field(lines(upper(s.Position), c.Position, lead, 0), "nguoi_ky.chuc_vu"),
		field(lines(s.Name, c.Name, lead, profile.MM(c.SignGapMM)), "nguoi_ky.ho_ten"))
	return out
}

// archivePlace is where the document is kept, as the Lưu line prints it: a "Lưu" or "Lưu:"
// the clerk typed is dropped, since the profile's format writes its own.
func archivePlace(s string) string {
	if rest, ok := model.CutArchiveLabel(s); ok {
		return rest
	}
	return strings.TrimSpace(s)
}

// drafter is the drafter's initials or name and the number of copies, as offices write them
// after the Lưu line: "Châu(02)", "(300)"; a number under 10 takes a leading zero.
func drafter(a model.Archive) string {
	d := strings.TrimSpace(a.Drafter)
	if a.Copies > 0 {
		d += fmt.Sprintf("(%02d)", a.Copies)
	}
	return d
}

// blocks resolves the body's blocks.
func (f *former) blocks(bs []model.Block) []Block {
	out := make([]Block, 0, len(bs))
	for i, b := range bs {
		switch b := b.(type) {
		case *model.Heading:
			out = append(out, f.heading(b))
		case *model.Paragraph:
			p := f.paragraph(b)
			if i+1 < len(bs) && tableTitle(b, bs[i+1]) {
				p.KeepNext = true
			}
			out = append(out, p)
		case *model.Table:
			out = append(out, f.table(b))
		case *model.Chart:
			out = append(out, f.chart(b))
		case *model.PageBreak:
			out = append(out, &PageBreak{Pos: b.Pos})
		case *model.Box:
			out = append(out, f.box(b))
		case *model.BoxLine:
			out = append(out, f.boxLine(b))
		}
	}
	return out
}

func (f *former) heading(h *model.Heading) *Paragraph {
	hs := f.p.Headings
	st := f.p.Body.Style
	if len(hs) > 0 {
		st = hs[min(h.Level, len(hs))-1]
	}
	indent := 0.0
	if st.Indent {
		indent = profile.MM(f.p.Body.IndentMM)
	}
	return &Paragraph{Runs: h.Runs, Style: styleOf(st), Align: alignOf(st.Align, Justify), Indent: indent,
		Leading: f.p.Body.LeadingPT, Before: f.p.Body.ParagraphSpacePT, KeepNext: true, Level: h.Level, Pos: h.Pos}
}

func (f *former) paragraph(p *model.Paragraph) *Paragraph {
	st := f.p.Body.Style
	runs := p.Runs
	if p.Marker != "" {
		// A bullet takes the profile's marker of its depth; numbers and letters stay as typed.
		marker := p.Marker
		if marker == "-" {
			ms := f.p.Body.BulletMarkers
			marker = ms[(max(p.Depth, 1)-1)%len(ms)]
		}
		runs = append([]Run{{Text: marker + " "}}, runs...)
	}
	indent := 0.0
	if st.Indent {
		indent = profile.MM(f.p.Body.IndentMM)
	}
	align := p.Align
	if align == model.AlignDefault {
		align = alignOf(st.Align, Justify)
	}
	if align == Center || align == Right {
		indent = 0
	}
	return &Paragraph{Runs: runs, Style: styleOf(st), Align: align, Indent: indent,
		Leading: f.p.Body.LeadingPT, Before: f.p.Body.ParagraphSpacePT, KeepNext: leads(p.Runs), Pos: p.Pos}
}

// leads tells a paragraph that introduces what follows ("a) Công tác số hóa dữ liệu:",
// "… như sau:"): offices use such lines as headings without numbering them as one, and
// they must not end a page away from what they introduce.
func leads(runs []Run) bool {
	return strings.HasSuffix(strings.TrimRight(model.PlainText(runs), " \u00a0"), ":")
}

// table resolves a table: header rows in the profile's header style, centred both ways;
// body rows in its body style, each column aligned as written (left when not); the totals
// row and the group rows (a row whose cell spans the whole table, or all of it but the
// first column: "I | Cải cách thể chế") in bold, a group row keeping with the row under it.
func (f *former) table(t *model.Table) *Table {
	ts := f.p.Table
	ncol := 0
	for _, r := range t.Grid() {
		ncol = max(ncol, len(r))
	}
	aligns := make([]Align, ncol)
	for c := range aligns {
		aligns[c] = Left
		if c < len(t.Aligns) && t.Aligns[c] != model.AlignDefault {
			aligns[c] = t.Aligns[c]
		}
	}
	out := &Table{Aligns: aligns, Widths: t.Widths, Leading: ts.LeadingPT, Padding: ts.PaddingPT,
		RuleWidth: ts.RuleWidthPT, Before: f.p.Body.ParagraphSpacePT, Pos: t.Pos}
	for _, cells := range t.Head {
		out.Head = append(out.Head, Row{Cells: cells, Style: styleOf(ts.Head), Align: alignOf(ts.Head.Align, Center), Middle: true})
	}
	body, bold := styleOf(ts.Style), styleOf(ts.Style)
	bold.Bold = true
	for i, cells := range t.Rows {
		row := Row{Cells: cells, Style: body}
		switch {
		case t.Total && i == len(t.Rows)-1:
			row.Style = bold
		case groupRow(cells):
			row.Style, row.KeepNext = bold, true
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// tableTitle tells a paragraph all in bold right above a table: the table's title, which
// keeps with it.
func tableTitle(p *model.Paragraph, next model.Block) bool {
	if _, ok := next.(*model.Table); !ok || p.Marker != "" || len(p.Runs) == 0 {
		return false
	}
	for _, r := range p.Runs {
		if !r.Bold && strings.TrimSpace(r.Text) != "" {
			return false
		}
	}
	return true
}

// groupRow tells a row that heads the rows under it: one cell across the whole table, or
// a number and one cell across the rest.
func groupRow(cells []Cell) bool {
	for c := 0; c < min(2, len(cells)); c++ {
		if cols, _ := cells[c].Spans(); c+cols == len(cells) && cells[c].Merged == model.NotMerged {
			return len(cells) > 2 || cols == len(cells)
		}
	}
	return false
}

func (f *former) chart(c *model.Chart) *Chart {
	ts := f.p.Table
	return &Chart{Title: c.Title, Unit: c.Unit, Bars: c.Bars, Style: styleOf(ts.Style), Leading: ts.LeadingPT,
		Before: f.p.Body.ParagraphSpacePT, Pos: c.Pos}
}

// appendix resolves a phụ lục: its label (bold, as written: "Phụ lục I"), its title (bold)
// and its note (italic, "(Kèm theo … )", the clerk's blanks kept), centred, then its blocks.
func (f *former) appendix(a *model.Appendix) *Appendix {
	t := f.p.Title
	head := func(runs []Run, st Style) *Paragraph {
		return &Paragraph{Runs: runs, Style: st, Align: Center, Leading: t.LineGapPT, Pos: a.Pos}
	}
	note := make([]Run, len(a.Note))
	for i, r := range a.Note {
		note[i] = r
		note[i].Text = keepBlanks(r.Text)
	}
	return &Appendix{Landscape: a.Landscape, After: t.SpaceAfterPT, Pos: a.Pos, Blocks: f.blocks(a.Blocks),
		Head: []*Paragraph{
			head(a.Label, Style{Size: t.Subject.Size, Bold: true}),
			head(a.Title, Style{Size: t.Subject.Size, Bold: true}),
			head(note, Style{Size: f.p.Body.Style.Size, Italic: true}),
		}}
}

// footnotes resolves the notes: each a paragraph of the profile's note style that opens
// with its mark, the same superscript number as its reference.
func (f *former) footnotes() Footnotes {
	fs := f.p.Footnotes
	out := Footnotes{Rule: profile.MM(fs.RuleMM), Gap: fs.GapPT}
	for i, n := range f.doc.Footnotes {
		mark := strconv.Itoa(i + 1)
		runs := append([]Run{{Text: mark, Note: i + 1}, {Text: " "}}, n.Runs...)
		out.Notes = append(out.Notes, &Paragraph{Runs: runs, Style: styleOf(fs.Style), Align: alignOf(fs.Style.Align, Justify),
			Leading: fs.LeadingPT, Pos: n.Pos})
	}
	return out
}

// field names the data field of a text meant to keep its typed lines.
func field(l Lines, name string) Lines {
	l.Field = name
	return l
}
