package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"vanban/internal/golden"
	"vanban/internal/layout"
	"vanban/internal/model"
	"vanban/internal/pdftest"
	"vanban/internal/profile"
)

const (
	seedData  = "../../data/ke-hoach-81-kl-tw.yaml"
	stateData = "../../data/ke-hoach-ubnd-chuyen-doi-so-2026.yaml"
	seedText  = "testdata/seed-ke-hoach-81-kl-tw.txt"
)

func newBuilder(t testing.TB) *Builder {
	t.Helper()
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// docAndPDF reads a source (official Markdown or data) into the model and builds its PDF.
func docAndPDF(t testing.TB, name string, src []byte) (*model.Document, []byte) {
	t.Helper()
	b := newBuilder(t)
	out, err := b.PDF(name, src)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := b.Document(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return doc, out
}

// buildPDF builds one data file; results are cached per test binary run.
var pdfCache = map[string][]byte{}

func buildPDF(t testing.TB, path string) []byte {
	t.Helper()
	if out, ok := pdfCache[path]; ok {
		return out
	}
	out, err := newBuilder(t).PDF(path, read(t, path))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	pdfCache[path] = out
	return out
}

// TestMarkdownGolden checks the official Markdown that the templates make from the
// bundled examples (every data/*.yaml) against testdata/*.golden.md (go test -update
// rewrites them).
func TestMarkdownGolden(t *testing.T) {
	examples, err := filepath.Glob("../../data/*.yaml")
	if err != nil || len(examples) < 2 {
		t.Fatalf("examples: %v %v", examples, err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden.md")
	if !golden.Updating() && len(goldens) != len(examples) {
		t.Errorf("%d goldens for %d examples: run go test -update and remove the goldens of examples that are gone", len(goldens), len(examples))
	}
	for _, in := range examples {
		t.Run(filepath.Base(in), func(t *testing.T) {
			got, err := newBuilder(t).Markdown(in, read(t, in))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(filepath.Base(in), ".yaml")+".golden.md"), got)
		})
	}
}

// readingOrder returns the words of the document as a person reads them: the page number
// and page 1's header (above the type name) left out, and the closing block's two columns
// read one after the other (recipients, then the signature); prof names the profile whose
// margins and closing columns the pages have.
func readingOrder(t *testing.T, ps []pdftest.Page, typeName, prof string) []string {
	t.Helper()
	p := mustProfile(t, prof)
	top := profile.MM(p.Page.TopMM)
	left := profile.MM(p.Page.LeftMM)
	split := left + (ps[0].Width-left-profile.MM(p.Page.RightMM))*p.Closing.LeftShare
	var out []string
	for i, pg := range ps {
		words := pg.Words
		if i == 0 {
			w, ok := pdftest.Find(pg, typeName)
			if !ok {
				t.Fatalf("type name %q not on page 1", typeName)
			}
			words = below(words, w.Y-1)
		} else {
			words = below(words, top)
		}
		if i == len(ps)-1 {
			label, ok := pdftest.Find(pg, "Nơi")
			if !ok {
				t.Fatal("“Nơi nhận:” not on the last page")
			}
			var body, lcol, rcol []pdftest.Word
			for _, w := range words {
				switch {
				case w.Y < label.Y-1:
					body = append(body, w)
				case w.X < split:
					lcol = append(lcol, w)
				default:
					rcol = append(rcol, w)
				}
			}
			words = append(append(body, sortRead(lcol)...), sortRead(rcol)...)
		}
		for _, w := range joinTouching(words) {
			out = append(out, w.Text)
		}
	}
	return out
}

// joinTouching joins the words of one line that touch, drawn in two sizes or styles
// (the drafter's initials after the Lưu line: “NC.” and a smaller “Châu”), into one word as
// they read.
func joinTouching(ws []pdftest.Word) []pdftest.Word {
	var out []pdftest.Word
	for _, w := range ws {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if d := w.Y - last.Y; d > -1 && d < 1 && w.X >= last.X && w.X-(last.X+last.W) < 0.15*min(w.Size, last.Size) {
				last.Text += w.Text
				last.W = w.X + w.W - last.X
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

func below(ws []pdftest.Word, y float64) []pdftest.Word {
	var out []pdftest.Word
	for _, w := range ws {
		if w.Y >= y {
			out = append(out, w)
		}
	}
	return out
}

// sortRead orders words by line (baseline) then left to right.
func sortRead(ws []pdftest.Word) []pdftest.Word {
	sort.SliceStable(ws, func(i, j int) bool {
		if d := ws[i].Y - ws[j].Y; d < -1 || d > 1 {
			return d < 0
		}
		return ws[i].X < ws[j].X
	})
	return ws
}

func mustProfile(t testing.TB, name string) *profile.Profile {
	t.Helper()
	b := newBuilder(t)
	p, err := b.profile(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// seedWords are the seed document's words, its Markdown bold marks removed.
func seedWords(t *testing.T) []string {
	return pdftest.Words(strings.ReplaceAll(string(read(t, seedText)), "**", ""))
}

// TestSeedWordForWord extracts the seed plan's PDF text back (pure Go, runs everywhere)
// and requires the seed's words, in the seed's order, with nothing else but the header,
// the page numbers and the "-----" under the trích yếu.
func TestSeedWordForWord(t *testing.T) {
	ps := pdftest.MustPages(t, buildPDF(t, seedData))
	got := readingOrder(t, ps, "KẾ", "hd36")
	var kept []string
	for _, w := range got {
		if w != "-----" {
			kept = append(kept, w)
		}
	}
	if d := pdftest.Diff(seedWords(t), kept); d != "" {
		t.Errorf("the PDF's words are not the seed's:\n%s", d)
	}
	if len(got)-len(kept) != 1 {
		t.Errorf("want exactly one “-----” separator, got %d", len(got)-len(kept))
	}
}

const (
	lamDongData = "../../data/ke-hoach-ubnd-lam-dong-cai-cach-hanh-chinh-2026.yaml"
	lamDongText = "testdata/ref-06-lamdong-kh-cchc-nam-2026.txt"
)

// referenceParts splits a reference document of ../shared/reference-docs (copied into
// testdata) into the words of its header (the lines above the type name: the left column's
// block, then the right column's), of its body (from the type name through the signature
// and the appendix's title lines) and of its table rows (the lines written “| … | … |”,
// pipes left out). Its first two lines, “# source:” and “# kind:”, are not the document's.
func referenceParts(t *testing.T, path, typeName string) (header, body, table []string) {
	t.Helper()
	part := &header
	for _, ln := range strings.Split(string(read(t, path)), "\n") {
		switch {
		case strings.HasPrefix(ln, "# source:"), strings.HasPrefix(ln, "# kind:"):
			continue
		case strings.TrimSpace(ln) == typeName:
			part = &body
		case strings.HasPrefix(ln, "|"):
			part = &table
		}
		for _, w := range pdftest.Words(ln) {
			if part == &table && w == "|" {
				continue
			}
			*part = append(*part, w)
		}
	}
	return header, body, table
}

// TestLamDongPlanWordForWord: the real State plan of ../shared/reference-docs (Kế hoạch cải
// cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng, copied into testdata) comes back from
// its PDF word for word: the header's two columns as the reference has them, the body and
// the closing block in reading order, the appendix's title, and its task table cell by cell,
// row by row. Nothing else is printed but the page numbers (each the page's own) and the
// table's header row repeated at the top of every page the table goes on to.
func TestLamDongPlanWordForWord(t *testing.T) {
	refHeader, refBody, refTable := referenceParts(t, lamDongText, "KẾ HOẠCH")
	b := newBuilder(t)
	src := read(t, lamDongData)
	ps := pdftest.MustPages(t, buildPDF(t, lamDongData))
	lay, err := b.Layout(lamDongData, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(lay.Pages) != len(ps) {
		t.Fatalf("layout has %d pages, the PDF %d", len(lay.Pages), len(ps))
	}
	// The body's pages are portrait, the appendix's landscape.
	annex := 0
	for annex < len(ps) && ps[annex].Width < ps[annex].Height {
		annex++
	}
	if annex == 0 || annex == len(ps) {
		t.Fatalf("want portrait pages then landscape ones, got the first landscape page at %d of %d", annex+1, len(ps))
	}

	// The header: above the type name on page 1, the left column then the right one.
	typeName, ok := pdftest.Find(ps[0], "KẾ")
	if !ok {
		t.Fatal("type name not on page 1")
	}
	national, ok := pdftest.Find(ps[0], "CỘNG")
	if !ok {
		t.Fatal("Quốc hiệu not on page 1")
	}
	var left, right []pdftest.Word
	for _, w := range ps[0].Words {
		switch {
		case w.Y >= typeName.Y-1:
		case w.X < national.X-1:
			left = append(left, w)
		default:
			right = append(right, w)
		}
	}
	var header []string
	for _, w := range append(left, right...) {
		header = append(header, w.Text)
	}
	if d := pdftest.Diff(refHeader, header); d != "" {
		t.Errorf("the header's words are not the reference's:\n%s", d)
	}

	// The body through the signature, then the appendix pages.
	p := mustProfile(t, "nd30")
	got := readingOrder(t, ps[:annex], "KẾ", "nd30")
	numbers := 0
	for i, pg := range ps[:annex] {
		numbers += pageNumber(t, pg, i+1, profile.MM(p.Page.TopMM))
	}
	// The table's header row, as the reference's first “| … |” line has it.
	var headerRow []string
	for _, ln := range strings.Split(string(read(t, lamDongText)), "\n") {
		if strings.HasPrefix(ln, "|") {
			for _, c := range strings.Split(strings.Trim(ln, "| "), "|") {
				headerRow = append(headerRow, strings.Join(pdftest.Words(c), " "))
			}
			break
		}
	}
	repeats := 0
	// A row cut at the foot of a page goes on under the header of the next: the words of
	// its cells are read on together, column by column.
	var pending []tableCell
	for i, pg := range ps[annex:] {
		top, all, cut := tableCells(lay.Pages[annex+i].Items, pg.Words)
		if len(all) == 0 {
			t.Fatalf("appendix page %d: no table", i+1)
		}
		for _, w := range pg.Words {
			if w.Y >= top {
				continue
			}
			if i > 0 {
				numbers += pageNumber(t, pdftest.Page{Words: []pdftest.Word{w}}, i+1, top)
				continue
			}
			got = append(got, w.Text)
		}
		cells := all
		if i > 0 {
			// The first cells are the header row: printed once more on every page after
			// the first, and nowhere else.
			n := min(len(headerRow), len(cells))
			for j, c := range cells[:n] {
				if c.text != headerRow[j] {
					t.Errorf("appendix page %d: cell %d is %q, want the header row's %q", i+1, j, c.text, headerRow[j])
				}
				repeats++
			}
			cells = cells[n:]
		}
		if len(pending) > 0 && len(cells) > 0 {
			first := cells[0].row
			var rest []tableCell
			for _, c := range cells {
				if c.row != first {
					rest = append(rest, c)
					continue
				}
				for k := range pending {
					if pending[k].col == c.col {
						pending[k].text = strings.TrimSpace(pending[k].text + " " + c.text)
					}
				}
			}
			for k := range pending {
				pending[k].row = first // the row goes on here, and may be cut again
			}
			cells = append(pending, rest...)
			pending = nil
		}
		last := -1
		for _, c := range cells {
			last = max(last, c.row)
		}
		for _, c := range cells {
			if cut && c.row == last {
				pending = append(pending, c)
				continue
			}
			got = append(got, strings.Fields(c.text)...)
		}
	}
	for _, c := range pending {
		got = append(got, strings.Fields(c.text)...)
	}
	want := append(append([]string{}, refBody...), refTable...)
	if d := pdftest.Diff(want, got); d != "" {
		t.Errorf("the PDF's words are not the reference's:\n%s", d)
	}
	if wantNumbers := annex - 1 + len(ps) - annex - 1; numbers != wantNumbers {
		t.Errorf("%d page numbers, want %d (every page but the first of the body and of the appendix)", numbers, wantNumbers)
	}
	t.Logf("%d words of the reference compared (%d header, %d body, %d table); beside them %d page numbers and %d repeated header cells",
		len(refHeader)+len(want), len(refHeader), len(refBody), len(refTable), numbers, repeats)
}

// pageNumber checks that the words of pg above y are the page's number n, or nothing on a
// first page, and says how many numbers it found.
func pageNumber(t *testing.T, pg pdftest.Page, n int, y float64) int {
	t.Helper()
	var above []string
	for _, w := range pg.Words {
		if w.Y < y {
			above = append(above, w.Text)
		}
	}
	switch {
	case len(above) == 0 && n == 1:
		return 0
	case len(above) == 1 && above[0] == fmt.Sprint(n) && n > 1:
		return 1
	}
	t.Errorf("page %d: above the text %q, want the page number", n, above)
	return 0
}

// tableCells finds the cells of the table drawn on a page by its rules (the layout's
// items: the PDF draws them as placed) and returns the top of the table and the text of
// every cell, the PDF's words on it in reading order, the cells ordered by their top-left
// corner: row by row, left to right; a cell spanning rows comes in the first of them.
// tableCell is a cell found on a page: its text, and the row and column of its top-left
// corner among the page's rules.
type tableCell struct {
	text     string
	row, col int
}

// tableCells reads a page's table from the rules the layout drew: the cells in the order of
// their top-left corners, and whether the last row is cut at the foot of the page (it then
// has only the table's closing rule under it, not also its own bottom border).
func tableCells(items []layout.Item, words []pdftest.Word) (top float64, cells []tableCell, cut bool) {
	type seg struct{ at, from, to float64 }
	var hs, vs []seg
	var ys, xs []float64
	for _, it := range items {
		switch {
		case it.Kind != layout.RuleItem:
		case it.H == 0 && it.W > 0:
			hs = append(hs, seg{it.Y, it.X, it.X + it.W})
			ys = append(ys, it.Y)
		case it.W == 0 && it.H > 0:
			vs = append(vs, seg{it.X, it.Y, it.Y + it.H})
			xs = append(xs, it.X)
		}
	}
	ys, xs = uniq(ys), uniq(xs)
	if len(ys) < 2 || len(xs) < 2 {
		return 0, nil, false
	}
	bottom := 0
	for _, h := range hs {
		if h.at > ys[len(ys)-1]-0.5 {
			bottom++
		}
	}
	cut = bottom == 1
	crossed := func(ss []seg, at, mid float64) bool {
		for _, s := range ss {
			if s.at > at-0.5 && s.at < at+0.5 && s.from <= mid && s.to >= mid {
				return true
			}
		}
		return false
	}
	// Union the elementary places that no rule parts.
	nr, nc := len(ys)-1, len(xs)-1
	parent := make([]int, nr*nc)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	for r := range nr {
		for c := range nc {
			if c+1 < nc && !crossed(vs, xs[c+1], (ys[r]+ys[r+1])/2) {
				union(r*nc+c, r*nc+c+1)
			}
			if r+1 < nr && !crossed(hs, ys[r+1], (xs[c]+xs[c+1])/2) {
				union(r*nc+c, (r+1)*nc+c)
			}
		}
	}
	// Since a root is the least index of its cell, roots in index order are the cells by
	// their top-left corner.
	place := func(w pdftest.Word) int {
		r := sort.SearchFloat64s(ys, w.Y) - 1
		c := sort.SearchFloat64s(xs, w.X+0.5) - 1
		if r < 0 || r >= nr || c < 0 || c >= nc {
			return -1
		}
		return find(r*nc + c)
	}
	text := map[int][]string{}
	for _, w := range joinTouching(words) {
		if at := place(w); at >= 0 {
			text[at] = append(text[at], w.Text)
		}
	}
	for i := range parent {
		if find(i) == i {
			cells = append(cells, tableCell{text: strings.Join(text[i], " "), row: i / nc, col: i % nc})
		}
	}
	return ys[0], cells, cut
}

// uniq sorts vs and drops values within half a point of the one before.
func uniq(vs []float64) []float64 {
	sort.Float64s(vs)
	var out []float64
	for _, v := range vs {
		if len(out) == 0 || v-out[len(out)-1] > 0.5 {
			out = append(out, v)
		}
	}
	return out
}

// TestSeedPopplerText checks the same with poppler's pdftotext, the reference extractor
// (CI installs it; elsewhere the test skips).
func TestSeedPopplerText(t *testing.T) {
	pdf := buildPDF(t, seedData)
	text := pdftest.PopplerText(t, pdf)
	var got []string
	for _, w := range pdftest.Words(text) {
		// pdftotext joins a line ending in "-" to the next one (it takes it for a
		// hyphenated word): the "-----" under the trích yếu sticks to the next word.
		if rest := strings.TrimLeft(w, "-"); strings.HasPrefix(w, "----") && rest != "" {
			w = rest
		}
		got = append(got, w)
	}
	seed := seedWords(t)
	cut := indexOf(seed, "Nơi")
	if ok, miss := pdftest.ContainsInOrder(got, seed[:cut]); !ok {
		t.Errorf("pdftotext lost or reordered the body at seed word %d %q:\n%s", miss, seed[miss], pdftest.Diff(seed[:cut], got))
	}
	if ok, miss := pdftest.ContainsInOrder(got, seed[cut:]); !ok {
		// The closing block is two columns; pdftotext reads them column by column.
		t.Errorf("pdftotext lost the closing block at %q", seed[cut+miss])
	}
	if extra := len(got) - len(seed); extra < 0 || extra > 25 {
		t.Errorf("pdftotext found %d words beyond the seed's, want a handful (header, page numbers)", extra)
	}
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return len(ws)
}

// TestNothingLost: every character of every example's text is in its PDF, in order.
func TestNothingLost(t *testing.T) {
	examples, err := filepath.Glob("../../data/*.yaml")
	if err != nil || len(examples) < 2 {
		t.Fatalf("examples: %v %v", examples, err)
	}
	for _, in := range examples {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b := newBuilder(t)
			doc, err := b.Document(in, read(t, in))
			if err != nil {
				t.Fatal(err)
			}
			pdftest.NothingLost(t, doc, buildPDF(t, in))
		})
	}
}

// recorder notes failures instead of failing, to test a checker.
type recorder struct {
	*testing.T
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestNothingLostCatchesLoss: the checker fails when the PDF lacks a character of the
// document, and when two blocks come out in the wrong order.
func TestNothingLostCatchesLoss(t *testing.T) {
	doc, err := newBuilder(t).Document(seedData, read(t, seedData))
	if err != nil {
		t.Fatal(err)
	}
	pdf := buildPDF(t, seedData)
	for _, c := range []struct {
		name   string
		change func(d model.Document) model.Document
	}{
		{"extra character", func(d model.Document) model.Document {
			d.Meta.Signer.Name += "ữ"
			return d
		}},
		{"character at the end of a paragraph", func(d model.Document) model.Document {
			p := *d.Blocks[2].(*model.Paragraph)
			p.Runs = append(append([]model.Run{}, p.Runs...), model.Run{Text: "X"})
			d.Blocks = append(append(append([]model.Block{}, d.Blocks[:2]...), &p), d.Blocks[3:]...)
			return d
		}},
		{"swapped blocks", func(d model.Document) model.Document {
			d.Blocks = append([]model.Block{d.Blocks[3], d.Blocks[2]}, d.Blocks[4:]...)
			return d
		}},
	} {
		r := &recorder{T: t}
		changed := c.change(*doc)
		pdftest.NothingLost(r, &changed, pdf)
		if len(r.errs) == 0 {
			t.Errorf("%s: NothingLost saw nothing wrong", c.name)
		}
	}
}
