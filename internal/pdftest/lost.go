package pdftest

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"vanban/internal/model"
	"vanban/internal/vn"
)

// NothingLost checks that every character of the text that doc holds appears in the PDF's
// extracted text, in order: the header's fields, then the body's blocks one after the
// other, then the closing block's fields, the appendices and the attached documents. Each
// piece must be found as a run of its characters in sequence within a short stretch of the
// text, since line ends, page numbers and the other column of a two-column block may come
// between them. Spaces are not compared: line breaking turns them into line ends. Fields
// the layout prints in capitals are compared in capitals.
func NothingLost(t testing.TB, doc *model.Document, pdf []byte) {
	t.Helper()
	text, err := Text(pdf)
	if err != nil {
		t.Fatal(err)
	}
	got := []rune(squeeze(text))
	// Text drawn off the sheet is in the file but nobody sees it: it is lost as well.
	if ps, err := Pages(pdf); err == nil {
		for _, pg := range ps {
			for _, w := range pg.Words {
				if w.X < 0 || w.Y < 0 || w.X+w.W > pg.Width+0.5 || w.Y > pg.Height {
					t.Errorf("%s: “%s” is drawn off page %d (at %.0f, %.0f)", doc.Source, w.Text, pg.Number, w.X, w.Y)
				}
			}
		}
	}
	// Footnotes stand at the foot of their pages, between the lines of the body: each is
	// found (its mark, then its text) and taken out, so that the body reads in order.
	for i, n := range doc.Footnotes {
		w := []rune(squeeze(itoa(i+1) + model.PlainText(n.Runs)))
		at, ok := resync(got, w)
		if !ok {
			t.Errorf("%s: chú thích %d lost: %q", doc.Source, i+1, excerptRunes(w, 0))
			continue
		}
		got = remove(got, at)
	}
	// find looks, from from on, for want's characters in sequence with at most gap other
	// characters between two of them (a page number, the other column's line), and returns
	// where the match ends.
	find := func(what, want string, from, gap int) int {
		w := []rune(squeeze(want))
		if len(w) == 0 || from < 0 {
			return from
		}
		best := 0
		for start := from; start < len(got); start++ {
			if got[start] != w[0] {
				continue
			}
			i, j := start, 1
			for ; j < len(w); j++ {
				k := i + 1
				for k < len(got) && k <= i+1+gap && got[k] != w[j] {
					k++
				}
				if k >= len(got) || k > i+1+gap {
					break
				}
				i = k
			}
			if j == len(w) {
				return i + 1
			}
			best = max(best, j)
		}
		t.Errorf("%s lost at character %d (%q): %q", what, best, string(w[min(best, len(w)-1)]), excerptRunes(w, min(best, len(w)-1)))
		return -1
	}
	m := doc.Meta
	header := []struct{ what, text string }{
		{"co_quan_cap_tren", vn.Upper(m.ParentBody)}, {"co_quan", vn.Upper(m.Body)},
		{"so", m.Number}, {"ky_hieu", m.Symbol}, {"dia_danh", m.Place},
		{"ten_loai", vn.Upper(m.TypeName)}, {"trich_yeu", m.Subject}, {"tham_quyen", vn.Upper(m.Authority)},
	}
	for i, a := range m.Addressees {
		header = append(header, struct{ what, text string }{"kinh_gui[" + itoa(i) + "]", a})
	}
	for i, b := range m.Bases {
		header = append(header, struct{ what, text string }{"can_cu[" + itoa(i) + "]", b})
	}
	at := 0
	for _, f := range header {
		at = max(at, find(f.what, f.text, 0, fieldGap))
	}
	at = blocks(doc.Source, doc.Blocks, at, find)
	if at < 0 {
		return
	}
	closing := []struct{ what, text string }{
		{"nguoi_ky.chuc_vu", vn.Upper(m.Signer.Position)}, {"nguoi_ky.ho_ten", m.Signer.Name},
		{"luu", m.Archive.Place}, {"luu.nguoi_soan", m.Archive.Drafter},
	}
	for i, a := range m.Signer.Authority {
		closing = append(closing, struct{ what, text string }{"nguoi_ky.quyen_han[" + itoa(i) + "]", vn.Upper(a)})
	}
	for i, r := range m.Recipients {
		closing = append(closing, struct{ what, text string }{"noi_nhan[" + itoa(i) + "]", r.Text()})
	}
	end := at
	for _, f := range closing {
		end = max(end, find(f.what, f.text, at, fieldGap))
	}
	at = appendices(doc.Source, doc.Appendices, end, find)
	// An attached document: its type name (in capitals), title and what its note takes from
	// the document (who issues the decision, or the note written out), its blocks, its own
	// appendices.
	for _, a := range doc.Attached {
		where := doc.Source + ":" + itoa(a.Pos.Line) + " (văn bản kèm theo)"
		for _, part := range []string{vn.Upper(model.PlainText(a.TypeName)), model.PlainText(a.Title),
			model.PlainText(a.Issuer), model.PlainText(a.Note)} {
			at = find(where, part, at, pageGap)
		}
		at = appendices(doc.Source, a.Appendices, blocks(doc.Source, a.Blocks, at, find), find)
	}
}

// appendices finds the appendices' label, title, note and blocks one after the other from
// at, and returns where the last one ends (-1 once something is lost).
func appendices(source string, as []*model.Appendix, at int, find func(what, want string, from, gap int) int) int {
	for _, a := range as {
		where := source + ":" + itoa(a.Pos.Line) + " (phụ lục)"
		for _, part := range [][]model.Run{a.Label, a.Title, a.Note} {
			at = find(where, model.PlainText(part), at, pageGap)
		}
		if at = blocks(source, a.Blocks, at, find); at < 0 {
			return -1
		}
	}
	return at
}

// resync finds a text that may break off and go on further (a long footnote that
// continues at the foot of the next page, after that page's body) as stretches that stand
// in got exactly, each the longest that does, one after the other.
func resync(got, w []rune) ([]int, bool) {
	var at []int
	from := 0
	for j := 0; j < len(w); {
		lo, hi, where := 0, len(w)-j, -1 // the longest prefix of w[j:] found from from on
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if k := index(got[from:], w[j:j+mid]); k >= 0 {
				lo, where = mid, from+k
			} else {
				hi = mid - 1
			}
		}
		if lo < min(resyncLen, len(w)-j) {
			return nil, false
		}
		for k := range lo {
			at = append(at, where+k)
		}
		from, j = where+lo, j+lo
	}
	return at, true
}

// index is strings.Index for runes: where sub first stands in s, in runes, or -1.
func index(s, sub []rune) int {
	str := string(s)
	i := strings.Index(str, string(sub))
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(str[:i])
}

// resyncLen is the shortest stretch of a footnote taken as where it goes on.
const resyncLen = 12

// remove takes the characters at the given (increasing) places out of got.
func remove(got []rune, at []int) []rune {
	out := make([]rune, 0, len(got)-len(at))
	j := 0
	for i, r := range got {
		if j < len(at) && at[j] == i {
			j++
			continue
		}
		out = append(out, r)
	}
	return out
}

// blocks finds the blocks' text one after the other from at, and returns where the last
// one ends (-1 once something is lost).
func blocks(source string, bs []model.Block, at int, find func(what, want string, from, gap int) int) int {
	for _, b := range bs {
		where := source + ":" + itoa(b.Position().Line)
		switch b := b.(type) {
		case *model.Heading:
			at = find(where, bodyText(b.Runs), at, pageGap)
		case *model.Paragraph:
			at = find(where, bodyText(b.Runs), at, pageGap)
		case *model.BoxLine:
			at = find(where+" (khung)", bodyText(b.Runs), at, pageGap)
		case *model.Box:
			at = blocks(source, b.Blocks, at, find)
		case *model.Chart:
			// A chart's rows: the label, then the value printed after its bar.
			at = find(where+" (biểu đồ)", b.Title, at, pageGap)
			for _, bar := range b.Bars {
				at = find(where+" (biểu đồ)", bar.Label+bar.Text, at, fieldGap)
			}
		case *model.Table:
			// Cells of a row come out line by line across the row: each cell is searched
			// from the row's start, with the other cells' lines between its own. A cell
			// spanning rows stands in the middle of them, among the next rows' text: it is
			// searched from its first row's start but does not move the rows' search on.
			for _, row := range b.Grid() {
				end := at
				for _, c := range row {
					if c.Merged != model.NotMerged {
						continue
					}
					found := find(where+" (ô bảng)", bodyText(c.Runs), at, cellGap)
					if found < 0 {
						end = -1
						break
					}
					if _, rows := c.Spans(); rows == 1 {
						end = max(end, found)
					}
				}
				at = end
			}
		}
		if at < 0 {
			return -1
		}
	}
	return at
}

// bodyText is the text of runs but for footnote marks: a mark is set raised, and text
// extraction may put it on a line of its own; each note's own mark is checked with it.
func bodyText(runs []model.Run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Note == 0 {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// Gaps allowed between two characters of one piece of text, once spaces are gone: a page
// number and a page break inside a paragraph; the other column's line inside a header or
// closing field; the other cells of the row inside a table cell.
const (
	pageGap  = 8
	fieldGap = 60
	cellGap  = 200
)

// squeeze drops white space and NFC-normalises.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, vn.NFC(s))
}

func excerptRunes(w []rune, j int) string {
	lo, hi := max(0, j-20), min(len(w), j+20)
	return string(w[lo:j]) + "«" + string(w[j:hi]) + "»"
}

func itoa(n int) string { return strconv.Itoa(n) }
