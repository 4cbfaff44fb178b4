package docx

import (
	"vanban/internal/form"
)

// section is a run of pages with one geometry and one numbering: the document, then each
// appendix and attached document.
type section struct {
	landscape bool
	// restart numbers the pages from 1; titlePg leaves the first page without a number.
	restart, titlePg bool
}

// document writes the document part: page 1's header, the title, Kính gửi, the body, the
// closing block, then the appendices and attached documents, each in a section of its own.
func (w *writer) document() string {
	var x xw
	x.b.WriteString(xmlPI)
	x.open("w:document", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:body")
	w.sect = section{titlePg: true}
	w.textW = w.width(false)
	d := w.doc
	w.header(&x, d.Header)
	w.title(&x, d.Title)
	w.addressees(&x, d.Addressees)
	w.blocks(&x, d.Body, false, true)
	w.closing(&x, &d.Closing)
	w.appendices(&x, d.Appendices)
	for _, a := range d.Attached {
		w.newSection(&x, section{restart: a.Restart, titlePg: a.Restart})
		w.header(&x, a.Header)
		w.title(&x, a.Title)
		w.blocks(&x, a.Blocks, false, a.Closing != nil)
		if a.Closing != nil {
			w.closing(&x, a.Closing)
		}
		w.appendices(&x, a.Appendices)
	}
	w.sectPr(&x, w.sect)
	x.close("w:body")
	x.close("w:document")
	return x.String()
}

// width is the text width of a page, in points.
func (w *writer) width(landscape bool) float64 {
	pg := w.doc.Page
	if landscape {
		return pg.Height - pg.Left - pg.Right
	}
	return pg.Width - pg.Left - pg.Right
}

// appendices writes phụ lục, each on new pages numbered from 1: its head, then its blocks.
func (w *writer) appendices(x *xw, as []*form.Appendix) {
	for _, a := range as {
		w.newSection(x, section{landscape: a.Landscape, restart: true, titlePg: true})
		for i, h := range a.Head {
			p := para{style: styleAppendix, align: h.Align, leader: h.Leading, before: h.Before, keepNext: true}
			if i == len(a.Head)-1 {
				p.after = a.After
			}
			w.paragraph(x, p, h.Style, h.Runs)
		}
		w.blocks(x, a.Blocks, false, false)
	}
}

// newSection ends the section being written (a paragraph of the least height carries its
// properties) and starts next on a new page.
func (w *writer) newSection(x *xw, next section) {
	x.open("w:p")
	x.open("w:pPr")
	x.val("w:pStyle", styleRule)
	x.empty("w:spacing", "w:before", "0", "w:after", "0", "w:line", "20", "w:lineRule", "exact")
	x.open("w:rPr")
	w.rPr(x, form.Style{Size: 1}, true)
	x.close("w:rPr")
	w.sectPr(x, w.sect)
	x.close("w:pPr")
	x.close("w:p")
	w.sect = next
	w.textW = w.width(next.landscape)
	w.breakNext = false // a section starts on a new page
}

// sectPr writes a section's properties: the page number header from the second page of a
// numbering on (the first page of a numbering takes the empty one), the paper, the margins,
// the numbering.
func (w *writer) sectPr(x *xw, s section) {
	pg := w.doc.Page
	x.open("w:sectPr")
	x.empty("w:headerReference", "w:type", "default", "r:id", relNumbered)
	x.empty("w:headerReference", "w:type", "first", "r:id", relBlank)
	x.val("w:type", "nextPage")
	if s.landscape {
		x.empty("w:pgSz", "w:w", twips(pg.Height), "w:h", twips(pg.Width), "w:orient", "landscape")
	} else {
		x.empty("w:pgSz", "w:w", twips(pg.Width), "w:h", twips(pg.Height))
	}
	x.empty("w:pgMar", "w:top", twips(pg.Top), "w:right", twips(pg.Right), "w:bottom", twips(pg.Bottom),
		"w:left", twips(pg.Left), "w:header", twips(w.doc.PageNumber.Top), "w:footer", twips(pg.Bottom/2), "w:gutter", "0")
	if s.restart {
		x.empty("w:pgNumType", "w:start", "1")
	}
	if s.titlePg {
		x.empty("w:titlePg")
	}
	x.close("w:sectPr")
}

// header writes the two-column block at the top of page 1 (or of an attached document) as
// a borderless table: the issuing body and its separator over the number on the left, the
// Party title or Quốc hiệu and Tiêu ngữ with the rule under them over the date on the right.
func (w *writer) header(x *xw, h form.Header) {
	lw := w.textW * h.LeftShare
	rw := w.textW - lw
	openTable(x, []float64{lw, rw}, 0, 0)
	x.open("w:tr")
	trPr(x, true, false)
	cell(x, lw, 1, "", false)
	wide := 1.0
	for _, l := range h.Left {
		w.lines(x, styleHeader, l, para{})
		wide = w.widest(l.Text, l.Style, lw)
	}
	w.separator(x, styleHeader, h.LeftSep, wide, lw, false)
	x.close("w:tc")
	cell(x, rw, 1, "", false)
	for _, l := range h.Right {
		w.lines(x, styleHeader, l, para{})
	}
	if n := len(h.Right); n > 0 {
		last := h.Right[n-1]
		w.separator(x, styleHeader, h.RightSep, w.opt.Measure(last.Text, last.Style), rw, false)
	}
	if len(h.Right) == 0 {
		emptyParagraph(x)
	}
	x.close("w:tc")
	x.close("w:tr")
	if h.Number.Text != "" || h.Date.Text != "" {
		x.open("w:tr")
		trPr(x, true, false)
		cell(x, lw, 1, "", false)
		w.lines(x, styleHeader, h.Number, para{before: h.RowGap})
		if h.Subject != nil {
			w.lines(x, styleHeader, *h.Subject, para{})
		}
		x.close("w:tc")
		cell(x, rw, 1, "", false)
		w.lines(x, styleHeader, h.Date, para{before: h.RowGap})
		x.close("w:tc")
		x.close("w:tr")
	}
	x.close("w:tbl")
}

// title writes the type name, the trích yếu (and an attached document's note), the
// separator under them and the line naming who decides, each kept with the next.
func (w *writer) title(x *xw, t *form.Title) {
	if t == nil {
		return
	}
	keep := para{keepNext: true, before: t.Before}
	if t.TypeName != nil {
		w.lines(x, styleTypeName, *t.TypeName, keep)
		keep.before = 0
	}
	wide := w.textW / 3
	if t.Subject != nil {
		sw := w.textW * t.SubjectWidth
		side := (w.textW - sw) / 2
		p := keep
		p.left, p.right = side, side
		w.lines(x, styleSubject, *t.Subject, p)
		keep.before = 0
		wide = max(wide, w.widest(t.Subject.Text, t.Subject.Style, sw))
	}
	if t.Note != nil {
		w.lines(x, styleSubject, *t.Note, keep)
	}
	w.separator(x, styleSubject, t.Sep, wide, w.textW, true)
	if t.Authority != nil {
		w.lines(x, styleTypeName, *t.Authority, keep)
	}
	w.space(x, t.After, true) // the space under the block
}

// addressees writes "Kính gửi:" and its addressees: the first on the label's line, the
// others under it, each a line that wraps under its text; the block is centred, but never
// starts left of the body's indent.
func (w *writer) addressees(x *xw, k *form.Addressees) {
	if k == nil {
		return
	}
	labelW := w.opt.Measure(k.Label, k.LabelStyle)
	widest := 0.0
	for _, s := range k.Lines {
		widest = max(widest, w.opt.Measure(s, k.Style))
	}
	at := max((w.textW-labelW-widest)/2, k.MinIndent)
	hang := 0.0
	if k.Hang != "" {
		hang = w.opt.Measure(k.Hang, k.Style)
	}
	left := at + labelW + hang
	for i, s := range k.Lines {
		p := para{style: styleAddressees, align: form.Left, left: left, first: -hang, leader: k.Leading, keepNext: true}
		line := span{k.Style, []form.Run{{Text: s}}}
		if i > 0 {
			w.spans(x, p, line)
			continue
		}
		p.first, p.before = -(labelW + hang), k.Before
		w.spans(x, p, span{k.LabelStyle, []form.Run{{Text: k.Label}}}, line)
	}
}

// closing writes Nơi nhận and the signature as a borderless table of one row that does not
// split, so that the block stays on one page; the body's last paragraph keeps with it.
func (w *writer) closing(x *xw, c *form.Closing) {
	lw := w.textW * c.LeftShare
	rw := w.textW - lw
	w.space(x, c.Before, true)
	openTable(x, []float64{lw, rw}, 0, 0)
	x.open("w:tr")
	trPr(x, true, false)
	cell(x, lw, 1, "", false)
	if c.Label == "" {
		emptyParagraph(x)
	} else {
		w.paragraph(x, para{style: styleRecipients, align: form.Left, leader: c.LabelLeading, keepNext: true},
			c.LabelStyle, []form.Run{{Text: c.Label}})
		hang := w.opt.Measure(c.Hang, c.RecipientStyle)
		for i, s := range c.Lines {
			p := para{style: styleRecipients, align: form.Left, left: hang, first: -hang, leader: c.RecipientLeading, keepNext: true}
			ss := []span{{c.RecipientStyle, []form.Run{{Text: s}}}}
			if i == len(c.Lines)-1 && c.Drafter != "" {
				// The drafter and copies follow the Lưu line in their own style.
				ss = append(ss, span{c.DrafterStyle, []form.Run{{Text: c.Drafter}}})
			}
			w.spans(x, p, ss...)
		}
	}
	x.close("w:tc")
	cell(x, rw, 1, "", false)
	for _, l := range c.Signature {
		w.lines(x, styleSignature, l, para{keepNext: true})
	}
	if len(c.Signature) == 0 {
		emptyParagraph(x)
	}
	x.close("w:tc")
	x.close("w:tr")
	x.close("w:tbl")
}
