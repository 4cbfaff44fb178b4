package docx

import (
	"strconv"
	"strings"

	"vanban/internal/form"
)

// para is how a paragraph is set: its style and the properties written on it directly, so
// that it looks as the form says whatever the styles of the Word that opens it.
type para struct {
	style string
	align form.Align
	// left and right are the indents; first the first line's indent, negative for a
	// hanging one; before and after the spaces; leading the exact line distance (0: single).
	left, right, first    float64
	before, after, leader float64
	keepNext, keepLines   bool
	// rule, when set, is the width of a rule drawn under the paragraph (a bottom border).
	rule float64
	// field, when set, is a field's instruction (" PAGE "): the runs are its last value.
	field string
}

// look is a paragraph's setting and its text style: what a style is defined with.
type look struct {
	p  para
	st form.Style
}

// writer writes the document part and gathers what the other parts need.
type writer struct {
	doc *form.Document
	opt Options
	// looks are the looks each style's paragraphs had, in order (see styles).
	looks map[string][]look
	// sect is the section being written; textW its text width.
	sect  section
	textW float64
	// breakNext starts the next paragraph on a new page (a page break of the body).
	breakNext bool
	// inNotes is set while the footnotes are written: a run whose Note is set is then the
	// note's own mark.
	inNotes bool
	// referenced are the notes whose reference has been written: Word numbers each
	// reference, so a note referenced again gets its mark as text.
	referenced map[int]bool
}

func newWriter(doc *form.Document, opt Options) *writer {
	return &writer{doc: doc, opt: opt, looks: map[string][]look{}, referenced: map[int]bool{}}
}

// span is runs in one style (each run adds its own bold, italic, underline).
type span struct {
	st   form.Style
	runs []form.Run
}

// paragraph writes a paragraph of runs in style st; "\n" in a run is a line break.
func (w *writer) paragraph(x *xw, p para, st form.Style, runs []form.Run) {
	w.spans(x, p, span{st, runs})
}

// spans writes a paragraph of runs in several styles; the first is the paragraph's.
func (w *writer) spans(x *xw, p para, ss ...span) {
	st := ss[0].st
	w.looks[p.style] = append(w.looks[p.style], look{p, st})
	x.open("w:p")
	x.open("w:pPr")
	if w.breakNext {
		w.breakNext = false
		w.pPr(x, p, true)
	} else {
		w.pPr(x, p, false)
	}
	x.open("w:rPr")
	w.rPr(x, st, true)
	x.close("w:rPr")
	x.close("w:pPr")
	if p.field != "" {
		x.open("w:fldSimple", "w:instr", p.field)
	}
	for _, s := range ss {
		for _, r := range s.runs {
			w.run(x, r, s.st)
		}
	}
	if p.field != "" {
		x.close("w:fldSimple")
	}
	x.close("w:p")
}

// lines writes a centred text of one or more lines (a header or signature part).
func (w *writer) lines(x *xw, style string, l form.Lines, extra para) {
	p := extra
	p.style, p.align, p.leader = style, form.Center, l.Leading
	p.before += l.Gap
	w.paragraph(x, p, l.Style, []form.Run{{Text: l.Text}})
}

// pPr writes a paragraph's properties, in the order the schema wants them.
func (w *writer) pPr(x *xw, p para, pageBreak bool) {
	x.val("w:pStyle", p.style)
	if p.keepNext {
		x.empty("w:keepNext")
	}
	if p.keepLines {
		x.empty("w:keepLines")
	}
	if pageBreak {
		x.empty("w:pageBreakBefore")
	}
	if p.rule > 0 {
		x.open("w:pBdr")
		x.empty("w:bottom", "w:val", "single", "w:sz", eighths(p.rule), "w:space", "0", "w:color", "000000")
		x.close("w:pBdr")
	}
	sp := []string{"w:before", twips(p.before), "w:after", twips(p.after)}
	if p.leader > 0 {
		sp = append(sp, "w:line", twips(p.leader), "w:lineRule", "exact")
	} else {
		sp = append(sp, "w:line", "240", "w:lineRule", "auto")
	}
	x.empty("w:spacing", sp...)
	// The first line's indent is always written: a paragraph must not take its style's.
	ind := []string{"w:left", twips(p.left), "w:right", twips(p.right), "w:firstLine", twips(p.first)}
	if p.first < 0 {
		ind[4], ind[5] = "w:hanging", twips(-p.first)
	}
	x.empty("w:ind", ind...)
	x.val("w:jc", jc(p.align))
	if lvl := headingLevel(p.style); lvl > 0 {
		x.val("w:outlineLvl", strconv.Itoa(lvl-1))
	}
}

// jc is Word's name of an alignment.
func jc(a form.Align) string {
	switch a {
	case form.Center:
		return "center"
	case form.Right:
		return "right"
	case form.Justify:
		return "both"
	}
	return "left"
}

// rPr writes the properties of style st: for a style's definition only what it turns on;
// for a run (direct) also the typeface, so that the text is in it whatever Word's defaults,
// and what it turns off, so that it does not take its paragraph style's bold or italic.
func (w *writer) rPr(x *xw, st form.Style, direct bool) {
	if direct {
		f := w.opt.Font
		x.empty("w:rFonts", "w:ascii", f, "w:hAnsi", f, "w:eastAsia", f, "w:cs", f)
	}
	toggle := func(name string, on bool) {
		switch {
		case on:
			x.empty(name)
		case direct:
			x.val(name, "0")
		}
	}
	toggle("w:b", st.Bold)
	toggle("w:bCs", st.Bold)
	toggle("w:i", st.Italic)
	toggle("w:iCs", st.Italic)
	if st.Size > 0 {
		x.val("w:sz", halfPoints(st.Size))
		x.val("w:szCs", halfPoints(st.Size))
	}
	switch {
	case st.Underline:
		x.val("w:u", "single")
	case direct:
		x.val("w:u", "none")
	}
}

// run writes a run: its text with line breaks, or a footnote reference (in the notes, the
// note's own mark).
func (w *writer) run(x *xw, r form.Run, st form.Style) {
	st.Bold = st.Bold || r.Bold
	st.Italic = st.Italic || r.Italic
	st.Underline = st.Underline || r.Underline
	x.open("w:r")
	x.open("w:rPr")
	if r.Note > 0 {
		x.val("w:rStyle", noteMarkStyle)
	}
	w.rPr(x, st, true)
	if r.Note > 0 {
		x.val("w:vertAlign", "superscript")
	}
	x.close("w:rPr")
	switch {
	case r.Note > 0 && w.inNotes:
		x.empty("w:footnoteRef")
	case r.Note > 0 && !w.referenced[r.Note] && r.Note <= len(w.doc.Footnotes.Notes):
		w.referenced[r.Note] = true
		x.empty("w:footnoteReference", "w:id", strconv.Itoa(r.Note))
	default:
		for i, line := range strings.Split(r.Text, "\n") {
			if i > 0 {
				x.empty("w:br")
			}
			if line != "" {
				x.elem("w:t", line, "xml:space", "preserve")
			}
		}
	}
	x.close("w:r")
}

// rule writes a paragraph that is only a rule wide points long, centred in a column of
// width col, gap under the line above.
func (w *writer) rule(x *xw, wide, col, gap float64, keep bool) {
	side := max(0, (col-wide)/2)
	w.paragraph(x, para{style: styleRule, align: form.Center, left: side, right: side, leader: max(gap, 1),
		rule: ruleWidth, keepNext: keep}, form.Style{Size: 1}, nil)
}

// ruleWidth is the width of the rules under the header's names and the trích yếu, as the
// PDF draws them.
const ruleWidth = 0.6

// separator writes what stands under a header element or the trích yếu: its text, or a
// rule sized on the widest line above it (wide), in a column col wide.
func (w *writer) separator(x *xw, style string, s form.Separator, wide, col float64, keep bool) {
	switch {
	case s.Text != "":
		w.lines(x, style, form.Lines{Text: s.Text, Style: s.Style, Leading: s.Leading}, para{keepNext: keep})
	case s.Ratio > 0:
		w.rule(x, wide*s.Ratio, col, s.Gap, keep)
	}
}

// widest is the width of the widest line of a text that wraps in a column col wide.
func (w *writer) widest(text string, st form.Style, col float64) float64 {
	m := 0.0
	for _, l := range strings.Split(text, "\n") {
		m = max(m, w.opt.Measure(l, st))
	}
	return min(m, col)
}
