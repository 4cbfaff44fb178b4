package layout

import (
	"fmt"
	"slices"

	"vanban/internal/diag"
	"vanban/internal/form"
)

// Options tunes a layout run.
type Options struct {
	// MaxPages stops the layout with an error past this many pages (0 = no limit).
	MaxPages int
}

// engine holds the state of one layout run.
type engine struct {
	m    Measurer
	opts Options
	doc  *form.Document

	pageW, pageH float64
	left, right  float64 // x of the text area's edges
	top, bottom  float64 // y of the text area's edges
	pages        []Page
	y            float64 // top of the next line on the current page
	used         [4]bool
	missing      map[rune]bool
	diags        diag.List
	warnings     diag.List // what reads otherwise than typed, for kiem-tra
	pos          form.Pos  // source position of what is being laid out
	tooMany      bool
	restart      bool // the next page starts a new numbering (an appendix)

	// Footnotes: the notes already at the foot of a page, the lines at the foot of the
	// current page and their height with the rule, lines of a long note carried on to the
	// next page's foot, and notes laid out at a width (a landscape appendix has another).
	placed    map[int]bool
	foot      []line
	footH     float64
	carry     []line
	noteCache map[noteKey][]line
}

type noteKey struct {
	n     int
	width float64
}

// Layout places doc, a document in its official form, on pages, measuring with m.
func Layout(doc *form.Document, m Measurer, opts Options) (*Document, error) {
	e := &engine{m: m, opts: opts, doc: doc, missing: map[rune]bool{}, placed: map[int]bool{}, noteCache: map[noteKey][]line{}}
	e.geometry(false)

	var boxes []box
	boxes = append(boxes, e.header(doc.Header))
	boxes = append(boxes, e.title(doc.Title)...)
	boxes = append(boxes, e.addressees()...)
	for _, b := range doc.Body {
		e.pos = b.Position()
		boxes = append(boxes, e.block(b)...)
	}
	e.pos = form.Pos{}
	// The signature never stands alone on a page: the last block goes with it.
	if n := len(boxes); n > 0 {
		boxes[n-1].keepNext = true
	}
	boxes = append(boxes, e.closing(doc.Closing))
	for _, a := range doc.Appendices {
		boxes = append(boxes, e.appendix(a)...)
	}
	for _, a := range doc.Attached {
		boxes = append(boxes, e.attached(a)...)
	}
	e.geometry(false)
	if err := e.diags.Err(); err != nil {
		return nil, err
	}
	e.paginate(boxes)
	if e.tooMany {
		return nil, diag.List{diag.Errorf(doc.Source, 0, 0,
			"kiểm tra văn bản có bị lặp nội dung không, hoặc tăng giới hạn bằng cờ -so-trang-toi-da",
			"văn bản dài quá %d trang (giới hạn số trang)", e.opts.MaxPages)}
	}
	e.pageNumbers()
	out := &Document{Width: doc.Page.Width, Height: doc.Page.Height, Pages: e.pages, FontsUsed: e.used,
		Title: doc.InfoTitle, Subject: doc.InfoSubject, Warnings: e.warnings}
	for _, pg := range out.Pages {
		for _, it := range pg.Items {
			if it.Kind == TextItem {
				out.FontsUsed[it.Font&3] = true
			}
		}
	}
	return out, nil
}

// checkGlyphs reports characters the font cannot draw, once each, at the current block.
func (e *engine) checkGlyphs(f Font, s string) {
	for _, r := range s {
		if e.missing[r] || Drawable(e.m, r, f) {
			continue
		}
		e.missing[r] = true
		e.diags = append(e.diags, GlyphError(e.m, e.doc.Source, e.pos.Line, e.pos.Col, r, f.String()))
	}
}

// line is one line box: its height and its items, with Y relative to the box's top.
type line struct {
	h     float64
	items []Item
	// notes are the footnotes referenced on the line: they go at the foot of its page.
	notes []int
}

// box is a run of lines that the paginator places together or splits by its rules.
type box struct {
	lines []line
	// before is the space above the box, dropped at the top of a page.
	before float64
	// keepNext keeps the box on the page of the first lines of the next box.
	keepNext bool
	// together forbids splitting the box (unless it is taller than a page).
	together bool
	// head is repeated at the top of every page the box continues on (a table's header).
	head []line
	// rule, when set, closes the box at the foot of a page it breaks on (a table's bottom
	// border where a tall row is cut).
	rule *Item
	// appendix, when set, starts a phụ lục on a new page before the box.
	appendix *form.Appendix
	// attached, when set, starts a document issued with the decision on a new page before
	// the box.
	attached *form.Attached
	// newPage starts a new page here (a page break the writer asked for); the box is empty.
	newPage bool
}

func (b box) height() float64 {
	h := 0.0
	for _, l := range b.lines {
		h += l.h
	}
	return h
}

// para lays out runs as lines of width w starting at x, the first line indented by indent.
func (e *engine) para(runs []form.Run, st form.Style, x, w, indent, leading float64, align form.Align) []line {
	for _, r := range runs {
		e.checkGlyphs(FontFor(r.Bold || st.Bold, r.Italic || st.Italic), r.Text)
	}
	ws := e.words(runs, st)
	if len(ws) == 0 {
		return nil
	}
	first, rest := w-indent, w
	if align == form.Center && indent == 0 {
		first = e.balance(ws, w, st.Size)
		rest = first
	}
	broken := e.breakLines(ws, first, rest, st.Size)
	lines := make([]line, len(broken))
	base := baseline(leading, st.Size)
	for i, l := range broken {
		lx, lw := x, w
		if i == 0 {
			lx, lw = x+indent, w-indent
		}
		// The line before a break the writer typed is not stretched, as a paragraph's last.
		last := i == len(broken)-1 || l[len(l)-1].brk
		items := placeLine(l, lx, lw, align, last, st.Size)
		for j := range items {
			items[j].Y += base
		}
		lines[i] = line{h: leading, items: items}
		for _, w := range l {
			lines[i].notes = append(lines[i].notes, w.notes...)
		}
	}
	return lines
}

// balance is the width a centred text is broken at so that its lines come out about
// equally long, not a full line over a lone last word ("(cũ)", "TỈNH"): the narrowest
// width at which it breaks into no more lines than at the full width w. The lines are
// still centred on the full width.
func (e *engine) balance(ws []word, w, size float64) float64 {
	n := len(e.breakLines(slices.Clone(ws), w, w, size))
	lo := 0.0
	for _, x := range ws {
		lo = max(lo, x.w)
	}
	if n < 2 || lo > w {
		return w
	}
	hi := w
	for hi-lo > 0.25 {
		mid := (lo + hi) / 2
		if len(e.breakLines(slices.Clone(ws), mid, mid, size)) <= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// baseline is where the baseline sits below the top of a line box of height leading. It
// does not depend on the size, so that lines of different sizes side by side (the header's
// two columns) share their baselines.
func baseline(leading, size float64) float64 { return leading * 0.8 }

// text is a one-style string as runs.
func text(s string) []form.Run { return []form.Run{{Text: s}} }

// geometry sets the page size and text area, portrait or landscape (an appendix's wide
// tables); the margins stay at the same edges of the sheet as it is read.
func (e *engine) geometry(landscape bool) {
	pg := e.doc.Page
	e.pageW, e.pageH = pg.Width, pg.Height
	if landscape {
		e.pageW, e.pageH = e.pageH, e.pageW
	}
	e.left, e.right = pg.Left, e.pageW-pg.Right
	e.top, e.bottom = pg.Top, e.pageH-pg.Bottom
}

// newPage starts a page; its number follows the last page's, or restarts at 1.
func (e *engine) newPage() {
	if e.opts.MaxPages > 0 && len(e.pages) >= e.opts.MaxPages {
		e.tooMany = true
	}
	n := 1
	if k := len(e.pages); k > 0 && !e.restart {
		n = e.pages[k-1].Number + 1
	}
	e.restart = false
	e.flushFoot()
	e.pages = append(e.pages, Page{Width: e.pageW, Height: e.pageH, Number: n})
	e.y = e.top
	// A long note carried over takes at most half of the page; the rest waits for the next.
	if len(e.carry) > 0 {
		e.footH = e.ruleH()
		n := 0
		for n < len(e.carry) && (n == 0 || e.footH+e.carry[n].h <= (e.bottom-e.top)/2) {
			e.footH += e.carry[n].h
			n++
		}
		e.foot, e.carry = e.carry[:n:n], e.carry[n:]
	}
}

// emit places a line at the current y, and its notes at the foot of the page.
func (e *engine) emit(l line) {
	pg := &e.pages[len(e.pages)-1]
	for _, it := range l.items {
		it.Y += e.y
		pg.Items = append(pg.Items, it)
	}
	e.y += l.h
	for _, n := range l.notes {
		if e.placed[n] {
			continue
		}
		e.placed[n] = true
		if e.footH == 0 {
			e.footH = e.ruleH()
		}
		for _, nl := range e.noteLines(n) {
			e.foot = append(e.foot, nl)
			e.footH += nl.h
		}
	}
}

// noteLines lays out footnote n at the current text width.
func (e *engine) noteLines(n int) []line {
	k := noteKey{n, e.right - e.left}
	if ls, ok := e.noteCache[k]; ok {
		return ls
	}
	p := e.doc.Footnotes.Notes[n-1]
	ls := e.para(p.Runs, p.Style, e.left, e.right-e.left, p.Indent, p.Leading, p.Align)
	e.noteCache[k] = ls
	return ls
}

// ruleH is the height of the rule above the notes with its space.
func (e *engine) ruleH() float64 { return 2 * e.doc.Footnotes.Gap }

// noteGrowth is how much the foot of the page grows with the notes of l that are not yet
// placed nor in seen, given that the foot is foot high; seen takes them.
func (e *engine) noteGrowth(l line, seen map[int]bool, foot float64) float64 {
	h := 0.0
	for _, n := range l.notes {
		if e.placed[n] || seen[n] {
			continue
		}
		seen[n] = true
		if foot+h == 0 {
			h += e.ruleH()
		}
		h += e.noteNeed(n)
	}
	return h
}

// noteNeed is how much of note n must stand on the page of its reference: all of it, or,
// for a note longer than a third of the text height, its first two lines; the rest goes on
// at the foot of the next page.
func (e *engine) noteNeed(n int) float64 {
	ls := e.noteLines(n)
	all := 0.0
	for _, l := range ls {
		all += l.h
	}
	if all <= (e.bottom-e.top)/3 {
		return all
	}
	h := 0.0
	for _, l := range ls[:min(2, len(ls))] {
		h += l.h
	}
	return h
}

// room is where the body must end on the current page for lines to stand on it with their
// notes at its foot; on a fresh page when fresh is set.
func (e *engine) room(lines []line, fresh bool) float64 {
	foot := e.footH
	if fresh {
		foot = 0
	}
	seen := map[int]bool{}
	for _, l := range lines {
		foot += e.noteGrowth(l, seen, foot)
	}
	return e.bottom - foot
}

// flushFoot draws the notes of the current page at its foot, under a short rule, right
// after the body when the page is full; lines of a note that do not fit go on at the foot
// of the next page.
func (e *engine) flushFoot() {
	if len(e.pages) == 0 || len(e.foot) == 0 {
		return
	}
	pg := &e.pages[len(e.pages)-1]
	y := max(e.y, e.bottom-e.footH)
	g := e.doc.Footnotes.Gap
	waiting := e.carry // lines of a long note that wait for a later page come first
	pg.Items = append(pg.Items, Item{Kind: RuleItem, X: e.left, Y: y + g, W: e.doc.Footnotes.Rule, Stroke: 0.5})
	y += e.ruleH()
	var over []line
	for i, l := range e.foot {
		if i > 0 && y+l.h > e.bottom+0.01 {
			over = e.foot[i:]
			break
		}
		for _, it := range l.items {
			it.Y += y
			pg.Items = append(pg.Items, it)
		}
		y += l.h
	}
	e.carry = append(waiting, over...)
	e.foot, e.footH = nil, 0
}

// paginate places the boxes on pages.
func (e *engine) paginate(boxes []box) {
	e.newPage()
	defer e.finishNotes()
	for i := 0; i < len(boxes) && !e.tooMany; i++ {
		b := boxes[i]
		if b.appendix != nil || b.attached != nil {
			// A phụ lục starts on a page of its own, numbered from 1, and so does an
			// attached document, numbered from 1 when the profile says; the notes of the
			// page before stay on it, at its own width.
			e.flushFoot()
			e.geometry(b.appendix != nil && b.appendix.Landscape)
			e.restart = b.appendix != nil || b.attached.Restart
			e.newPage()
		}
		if b.newPage {
			if e.y > e.top+0.01 {
				e.newPage()
			}
			continue
		}
		atTop := e.y <= e.top+0.01
		before := b.before
		if atTop {
			before = 0
		}
		next := 0.0 // what must follow this box on its page
		if b.keepNext {
			next = follow(boxes, i)
		}
		if e.y+before+b.height()+next <= e.room(b.lines, false)+0.01 {
			e.y += before
			for _, l := range b.lines {
				e.emit(l)
			}
			continue
		}
		if !atTop && !b.splittable() && b.height()+next <= e.room(b.lines, true)-e.top {
			e.newPage()
			i--
			continue
		}
		e.y += before
		e.split(b, next)
	}
}

// splittable tells whether a box may be broken across pages by choice: a table, or a
// paragraph long enough to leave two lines on each page.
func (b box) splittable() bool {
	return !b.together && (b.head != nil || len(b.lines) >= 4)
}

// follow is how much must stand after box i on its page when it keeps with the next: a
// run of boxes that keep with their next and cannot be split (headings one under the
// other) whole, then the lead of the first box after them. So a chain of headings never
// ends a page: it moves on with what it heads.
func follow(boxes []box, i int) float64 {
	h := 0.0
	for _, b := range boxes[i+1:] {
		if b.appendix != nil || b.attached != nil || b.newPage {
			break // what follows starts a page of its own
		}
		if b.keepNext && !b.splittable() {
			h += b.before + b.height()
			continue
		}
		return h + b.before + leadHeight(b)
	}
	return h
}

// leadHeight is how much of a box must follow a heading onto its page: the whole box if
// it may not be split, else its first lines (two of a paragraph; a table's header rows and
// its first body row).
func leadHeight(b box) float64 {
	if !b.splittable() {
		return b.height()
	}
	if b.head != nil {
		h := 0.0
		for i := 0; i < len(b.lines) && i <= len(b.head); i++ {
			h += b.lines[i].h
		}
		return h
	}
	h := 0.0
	for i := 0; i < len(b.lines) && i < 2; i++ {
		h += b.lines[i].h
	}
	return h
}

// split places a box that does not fit, across pages. A paragraph keeps at least two lines
// on each page where it has enough; a box that keeps with the next one leaves its last
// lines (two of a paragraph, one table row) to go over with it when both do not fit.
func (e *engine) split(b box, next float64) {
	lines := b.lines
	fresh := e.y <= e.top+0.01
	started := false
	keep := 2 // lines of a paragraph kept together at a page break
	if b.head != nil {
		keep = 1
	}
	for len(lines) > 0 && !e.tooMany {
		n := 0
		y := e.y
		foot, seen := e.footH, map[int]bool{} // the foot with the notes of lines[:n]
		for n < len(lines) {
			grow := e.noteGrowth(lines[n], seen, foot)
			if y+lines[n].h > e.bottom-foot-grow+0.01 {
				break
			}
			foot += grow
			y += lines[n].h
			n++
		}
		if n == len(lines) && next > 0 && y+next > e.bottom-foot+0.01 {
			n = len(lines) - keep // the tail goes over with the next box
		}
		if b.head == nil && len(lines) >= 2*keep {
			if n > 0 && n < keep { // an orphan: move the first lines on
				n = 0
			}
			if r := len(lines) - n; r > 0 && r < keep { // a widow: take lines along
				n = len(lines) - keep
			}
		}
		if b.head != nil && !started && n < len(b.head)+1 {
			n = 0 // a table's header row never stands alone at the foot of a page
		}
		if n <= 0 {
			n = 0
			if fresh {
				n = 1 // nothing fits even on an empty page: place a line anyway
			}
		}
		for _, l := range lines[:n] {
			e.emit(l)
		}
		started = started || n > 0
		lines = lines[n:]
		if len(lines) > 0 {
			if b.rule != nil && n > 0 {
				r := *b.rule
				r.Y = e.y
				e.pages[len(e.pages)-1].Items = append(e.pages[len(e.pages)-1].Items, r)
			}
			e.newPage()
			if started {
				for _, l := range b.head {
					e.emit(l)
				}
			}
			fresh = true
		}
	}
}

// finishNotes draws the notes of the last page, and pages of their own for the lines of a
// long note that did not fit.
func (e *engine) finishNotes() {
	e.flushFoot()
	for len(e.carry) > 0 && !e.tooMany {
		e.newPage()
		e.flushFoot()
	}
}

// pageNumbers puts each page's number, centred in the top margin, from a numbering's
// second page on.
func (e *engine) pageNumbers() {
	st := e.doc.PageNumber.Style
	f := FontFor(st.Bold, st.Italic)
	for i := range e.pages {
		pg := &e.pages[i]
		if pg.Number < 2 {
			continue
		}
		s := fmt.Sprint(pg.Number)
		w := e.m.Width(f, st.Size, s)
		left, right := e.doc.Page.Left, pg.Width-e.doc.Page.Right
		pg.Items = append(pg.Items, Item{Kind: TextItem,
			X: (left+right)/2 - w/2, Y: e.doc.PageNumber.Top + e.m.Ascent(f, st.Size),
			W: w, Text: s, Font: f, Size: st.Size})
	}
}
