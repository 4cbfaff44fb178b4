package layout

import (
	"strings"

	"vanban/internal/form"
)

// frag is a piece of a word in one style. A word is split into fragments where the style
// changes inside it ("**Điều 1.**abc").
type frag struct {
	text      string
	font      Font
	underline bool
	w         float64
	// mark is a footnote reference, set small and raised.
	mark bool
}

// A footnote mark is set at supScale times the size of its text, its baseline raised by
// supRise times that size.
const (
	supScale = 0.6
	supRise  = 0.35
)

// word is text between two spaces.
type word struct {
	frags []frag
	w     float64
	// space is the width of the space after the word, in the style of its last fragment.
	space float64
	// brk is a line break the writer typed after the word: the line ends there.
	brk bool
	// notes are the footnotes the word refers to.
	notes []int
}

// words splits runs at U+0020 (and line breaks), measuring as it goes. Runs of spaces
// count as one break. Only U+0020 breaks: a no-break space keeps "Điều 1." together.
func (e *engine) words(runs []form.Run, st form.Style) []word {
	var out []word
	var cur word
	open := false
	flush := func(f Font) {
		if open {
			cur.space = e.m.Width(f, st.Size, " ")
			out = append(out, cur)
		}
		cur, open = word{}, false
	}
	for _, r := range runs {
		f := FontFor(r.Bold || st.Bold, r.Italic || st.Italic)
		ul := r.Underline || st.Underline
		text := r.Text
		for text != "" {
			i := strings.IndexAny(text, " \n")
			piece, brk := text, false
			if i >= 0 {
				piece, brk, text = text[:i], text[i] == '\n', text[i+1:]
			} else {
				text = ""
			}
			if piece != "" {
				size := st.Size
				if r.Note > 0 {
					size *= supScale
					cur.notes = append(cur.notes, r.Note)
				}
				w := e.m.Width(f, size, piece)
				cur.frags = append(cur.frags, frag{text: piece, font: f, underline: ul, w: w, mark: r.Note > 0})
				cur.w += w
				open = true
			}
			if i >= 0 {
				flush(f)
			}
			if brk && len(out) > 0 {
				out[len(out)-1].brk = true
			}
		}
	}
	flush(Regular)
	if n := len(out); n > 0 {
		last := out[n-1].frags
		out[n-1].space = e.m.Width(last[len(last)-1].font, st.Size, " ")
	}
	return out
}

// breakLines fills lines greedily. first is the width of the first line, rest of the
// others. A word wider than a whole line is cut between characters.
func (e *engine) breakLines(ws []word, first, rest float64, size float64) [][]word {
	var lines [][]word
	var cur []word
	width := first
	used := 0.0
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		need := w.w
		if len(cur) > 0 {
			need += cur[len(cur)-1].space
		}
		if used+need <= width+0.01 {
			cur = append(cur, w)
			used += need
			if w.brk {
				lines = append(lines, cur)
				cur, used, width = nil, 0, rest
			}
			continue
		}
		if len(cur) > 0 {
			lines = append(lines, cur)
			cur, used, width = nil, 0, rest
			i--
			continue
		}
		// A word alone is wider than the line: cut it.
		head, tail := e.cutWord(w, width, size)
		lines = append(lines, []word{head})
		width = rest
		if len(tail.frags) > 0 {
			ws[i] = tail
			i--
		}
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// cutWord splits w so that its head fits in width (at least one character). Widths of the
// two parts are summed as the characters are measured, so that cutting a very long word
// into many lines stays linear in its length.
func (e *engine) cutWord(w word, width, size float64) (head, tail word) {
	used := 0.0
	for fi, f := range w.frags {
		fs := size
		if f.mark {
			fs *= supScale
		}
		part := 0.0 // width of f.text[:bi]
		for bi, r := range f.text {
			cw := e.m.Width(f.font, fs, string(r))
			if used+cw > width && (fi > 0 || bi > 0) {
				h, t := f, f
				h.text, h.w = f.text[:bi], part
				t.text, t.w = f.text[bi:], f.w-part
				head.frags = append(append([]frag{}, w.frags[:fi]...), h)
				tail.frags = append([]frag{t}, w.frags[fi+1:]...)
				if h.text == "" {
					head.frags = head.frags[:len(head.frags)-1]
				}
				head.w, tail.w = sumW(head.frags), sumW(tail.frags)
				head.notes = w.notes
				tail.space, tail.brk = w.space, w.brk
				return head, tail
			}
			used += cw
			part += cw
		}
	}
	return w, word{}
}

func sumW(fs []frag) float64 {
	s := 0.0
	for _, f := range fs {
		s += f.w
	}
	return s
}

// lineWidth is the natural width of a line.
func lineWidth(ws []word) float64 {
	s := 0.0
	for i, w := range ws {
		s += w.w
		if i < len(ws)-1 {
			s += w.space
		}
	}
	return s
}

// placeLine turns a line of words into text items with their baseline at y (relative to
// the line's top, the caller shifts it). x0 is the left edge, avail the width to fill.
func placeLine(ws []word, x0, avail float64, align form.Align, last bool, size float64) []Item {
	natural := lineWidth(ws)
	extra := 0.0
	x := x0
	switch align {
	case form.Center:
		x += (avail - natural) / 2
	case form.Right:
		x += avail - natural
	case form.Justify:
		if !last && len(ws) > 1 && avail > natural {
			extra = (avail - natural) / float64(len(ws)-1)
		}
	}
	var items []Item
	var span Item
	var spanText strings.Builder
	spaces := 0
	open := false
	var ul []Item
	flush := func() {
		if !open {
			return
		}
		span.Text = spanText.String()
		if spaces > 0 && extra > 0.001 {
			span.WordSpacing = extra
		}
		items = append(items, span)
		spanText.Reset()
		spaces, open = 0, false
	}
	for wi, w := range ws {
		for fi, f := range w.frags {
			sameSpan := open && span.Font == f.font && !f.mark && span.Size == size
			if !sameSpan {
				if open && fi == 0 {
					// The space before this word closes the previous span: it is drawn
					// (so that copied text has it) but not stretched.
					spanText.WriteByte(' ')
					span.W += ws[wi-1].space
				}
				flush()
				span = Item{Kind: TextItem, X: x, Font: f.font, Size: size}
				if f.mark {
					span.Size, span.Y = size*supScale, -size*supRise
				}
				open = true
			} else if fi == 0 {
				spanText.WriteByte(' ')
				spaces++
			}
			spanText.WriteString(f.text)
			if f.underline {
				ul = append(ul, Item{Kind: RuleItem, X: x, Y: size * 0.12, W: f.w, Stroke: size * 0.05})
			}
			x += f.w
			span.W = x - span.X
		}
		if wi < len(ws)-1 {
			if w.frags[len(w.frags)-1].underline && ws[wi+1].frags[0].underline {
				ul = append(ul, Item{Kind: RuleItem, X: x, Y: size * 0.12, W: w.space + extra, Stroke: size * 0.05})
			}
			x += w.space + extra
		}
	}
	flush()
	return append(items, ul...)
}
