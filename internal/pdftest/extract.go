package pdftest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// pageLayout is a page's glyphs grouped into lines.
type pageLayout struct {
	number             int
	llx, lly, urx, ury float64 // MediaBox
	lines              [][]glyph
}

// Text returns the text of the whole document in reading order: pages in
// order, lines top to bottom, pieces on one baseline left to right. Words are
// separated by single spaces (runs of spaces are collapsed, and a space is
// inserted between separately drawn pieces whose gap exceeds 0.15 em), each
// line ends with "\n" and pages are separated by a form feed "\f". The text
// is NFC-normalised.
func Text(pdf []byte) (string, error) {
	pages, err := layout(pdf)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, p := range pages {
		if i > 0 {
			b.WriteByte('\f')
		}
		for _, ln := range p.lines {
			if s := lineText(ln); s != "" {
				b.WriteString(s)
				b.WriteByte('\n')
			}
		}
	}
	return b.String(), nil
}

// Pages returns every page with its words and their positions.
func Pages(pdf []byte) ([]Page, error) {
	pages, err := layout(pdf)
	if err != nil {
		return nil, err
	}
	out := make([]Page, 0, len(pages))
	for _, p := range pages {
		pg := Page{Number: p.number, Width: p.urx - p.llx, Height: p.ury - p.lly}
		for _, ln := range p.lines {
			pg.Words = append(pg.Words, lineWords(ln, p.llx, p.ury)...)
		}
		out = append(out, pg)
	}
	return out, nil
}

// layout parses the document and groups each page's glyphs into lines.
func layout(pdf []byte) (pages []pageLayout, err error) {
	r, err := lpdf.NewReader(bytes.NewReader(pdf), int64(len(pdf)))
	if err != nil {
		return nil, fmt.Errorf("pdftest: open PDF: %w", err)
	}
	n := r.NumPage()
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			return nil, fmt.Errorf("pdftest: page %d of %d not found", i, n)
		}
		gs, err := safeGlyphs(p)
		if err != nil {
			return nil, fmt.Errorf("pdftest: page %d: %w", i, err)
		}
		pl := pageLayout{number: i, lines: groupLines(gs)}
		box := inherited(p.V, "MediaBox")
		if box.Len() == 4 {
			x0, y0 := box.Index(0).Float64(), box.Index(1).Float64()
			x1, y1 := box.Index(2).Float64(), box.Index(3).Float64()
			pl.llx, pl.lly = min(x0, x1), min(y0, y1)
			pl.urx, pl.ury = max(x0, x1), max(y0, y1)
		}
		pages = append(pages, pl)
	}
	return pages, nil
}

// safeGlyphs turns the panics ledongthuc/pdf uses for malformed input into
// an error.
func safeGlyphs(p lpdf.Page) (gs []glyph, err error) {
	defer func() {
		if x := recover(); x != nil {
			gs, err = nil, fmt.Errorf("reading content stream: %v", x)
		}
	}()
	return pageGlyphs(p), nil
}

// lineText renders one line, inserting spaces at word boundaries.
func lineText(ln []glyph) string {
	var b strings.Builder
	forEachRun(ln, func(run []glyph, spaceBefore bool) {
		if spaceBefore && b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, g := range run {
			b.WriteString(g.s)
		}
	})
	return norm.NFC.String(b.String())
}

// lineWords converts one line to Words relative to the top-left corner
// (left, top) of the page.
func lineWords(ln []glyph, left, top float64) []Word {
	var words []Word
	forEachRun(ln, func(run []glyph, _ bool) {
		var b strings.Builder
		for _, g := range run {
			b.WriteString(g.s)
		}
		first, last := run[0], run[len(run)-1]
		words = append(words, Word{
			Text:   norm.NFC.String(b.String()),
			X:      first.x - left,
			Y:      top - first.y,
			W:      last.x + last.w - first.x,
			Size:   first.size,
			Font:   first.font.baseFont,
			Bold:   first.font.bold,
			Italic: first.font.italic,
		})
	})
	return words
}

// MustPages is Pages for a test: a PDF that cannot be read fails it.
func MustPages(t testing.TB, pdf []byte) []Page {
	t.Helper()
	ps, err := Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}
