package pdftest

import (
	"strconv"
	"strings"
	"testing"
	"unicode"

	"vanban/internal/model"
	"vanban/internal/vn"
)

// NothingLost checks that every character of the text that doc holds appears in the PDF's
// extracted text, in order: the header's fields, then the body's blocks one after the
// other, then the closing block's fields. Each piece must be found as a run of its
// characters in sequence within a short stretch of the text, since line ends, page numbers
// and the other column of a two-column block may come between them. Spaces are not
// compared: line breaking turns them into line ends. Fields the layout prints in capitals
// are compared in capitals.
func NothingLost(t testing.TB, doc *model.Document, pdf []byte) {
	t.Helper()
	text, err := Text(pdf)
	if err != nil {
		t.Fatal(err)
	}
	got := []rune(squeeze(text))
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
		{"ten_loai", vn.Upper(m.TypeName)}, {"trich_yeu", m.Subject},
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
		{"nguoi_ky.quyen_han", vn.Upper(m.Signer.Authority)}, {"nguoi_ky.chuc_vu", vn.Upper(m.Signer.Position)},
		{"nguoi_ky.ho_ten", m.Signer.Name}, {"luu", m.Archive},
	}
	for i, r := range m.Recipients {
		closing = append(closing, struct{ what, text string }{"noi_nhan[" + itoa(i) + "]", r.Text()})
	}
	end := at
	for _, f := range closing {
		end = max(end, find(f.what, f.text, at, fieldGap))
	}
	at = end
	for _, a := range doc.Appendices {
		where := doc.Source + ":" + itoa(a.Pos.Line) + " (phụ lục)"
		for _, part := range [][]model.Run{a.Label, a.Title, a.Note} {
			at = find(where, model.PlainText(part), at, pageGap)
		}
		if at = blocks(doc.Source, a.Blocks, at, find); at < 0 {
			return
		}
	}
}

// blocks finds the blocks' text one after the other from at, and returns where the last
// one ends (-1 once something is lost).
func blocks(source string, bs []model.Block, at int, find func(what, want string, from, gap int) int) int {
	for _, b := range bs {
		where := source + ":" + itoa(b.Position().Line)
		switch b := b.(type) {
		case *model.Heading:
			at = find(where, model.PlainText(b.Runs), at, pageGap)
		case *model.Paragraph:
			at = find(where, model.PlainText(b.Runs), at, pageGap)
		case *model.Chart:
			// A chart's rows: the label, then the value printed after its bar.
			at = find(where+" (biểu đồ)", b.Title, at, pageGap)
			for _, bar := range b.Bars {
				at = find(where+" (biểu đồ)", bar.Label+bar.Text, at, fieldGap)
			}
		case *model.Table:
			// Cells of a row come out line by line across the row: each cell is searched
			// from the row's start, with the other cells' lines between its own.
			for _, row := range append([][]model.Cell{b.Header}, b.Rows...) {
				end := at
				for _, c := range row {
					end = max(end, find(where+" (ô bảng)", model.PlainText(c.Runs), at, cellGap))
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
