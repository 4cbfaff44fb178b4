package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"vanban/internal/golden"
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
// read one after the other (recipients, then the signature).
func readingOrder(t *testing.T, ps []pdftest.Page, typeName string) []string {
	t.Helper()
	p := mustProfile(t, "hd36")
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
		for _, w := range words {
			out = append(out, w.Text)
		}
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
	got := readingOrder(t, ps, "KẾ")
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
