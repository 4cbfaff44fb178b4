package pipeline

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"vanban/internal/pdftest"
	"vanban/internal/profile"
)

const tol = 0.6 // points: rounding in the PDF's text matrices

// TestPageGeometry measures every word of both examples: A4 pages, body text inside
// 30 mm from the left and 15 mm from the right edge, nothing below the bottom margin.
func TestPageGeometry(t *testing.T) {
	for _, tc := range []struct{ in, prof string }{{seedData, "hd36"}, {stateData, "nd30"}} {
		t.Run(tc.prof, func(t *testing.T) {
			p := mustProfile(t, tc.prof)
			left, right := profile.MM(p.Page.LeftMM), profile.MM(210-p.Page.RightMM)
			bottom := profile.MM(297 - p.Page.BottomMM)
			for _, pg := range pdftest.MustPages(t, buildPDF(t, tc.in)) {
				if math.Abs(pg.Width-595.28) > 0.01 || math.Abs(pg.Height-841.89) > 0.01 {
					t.Errorf("page %d is %.2f×%.2f pt, want A4 595.28×841.89", pg.Number, pg.Width, pg.Height)
				}
				for _, w := range pg.Words {
					if w.X < left-tol || w.X+w.W > right+tol || w.Y > bottom {
						t.Errorf("page %d: %q at x=%.2f..%.2f y=%.2f is outside the text area %.2f..%.2f, bottom %.2f",
							pg.Number, w.Text, w.X, w.X+w.W, w.Y, left, right, bottom)
					}
				}
			}
		})
	}
}

// TestJustified checks that the body's justified lines end exactly at the right margin:
// lines that are not the last of their paragraph fill the text width.
func TestJustified(t *testing.T) {
	ps := pdftest.MustPages(t, buildPDF(t, seedData))
	right := profile.MM(210 - 15)
	full := 0
	for _, pg := range ps {
		for _, w := range pg.Words {
			if math.Abs(w.X+w.W-right) < tol {
				full++
			}
		}
	}
	if full < 100 {
		t.Errorf("only %d words end at the right margin; the body is not justified", full)
	}
}

// TestPartyHeader measures page 1 of the seed: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right half,
// the issuing body on the left half, on the same first line; sizes from the HD 36 profile.
func TestPartyHeader(t *testing.T) {
	ps := pdftest.MustPages(t, buildPDF(t, seedData))
	p1 := ps[0]
	mid := p1.Width / 2
	dx, dy, dw, ok := pdftest.FindPhrase(p1, "ĐẢNG CỘNG SẢN VIỆT NAM")
	if !ok {
		t.Fatal("“ĐẢNG CỘNG SẢN VIỆT NAM” not found on page 1")
	}
	bx, by, bw, ok := pdftest.FindPhrase(p1, "TỈNH ỦY THANH HÓA")
	if !ok {
		t.Fatal("“TỈNH ỦY THANH HÓA” not found on page 1")
	}
	if dx < mid || dx+dw > p1.Width {
		t.Errorf("ĐẢNG CỘNG SẢN VIỆT NAM spans x=%.1f..%.1f, want the right half (from %.1f)", dx, dx+dw, mid)
	}
	if bx+bw > mid {
		t.Errorf("TỈNH ỦY THANH HÓA spans x=%.1f..%.1f, want the left half (to %.1f)", bx, bx+bw, mid)
	}
	if math.Abs(dy-by) > tol {
		t.Errorf("first header lines at y=%.2f and y=%.2f, want one baseline", dy, by)
	}
	for _, w := range p1.Words {
		if w.Y < profile.MM(20)-1 {
			t.Errorf("page 1 has %q in the top margin; page 1 shows no page number", w.Text)
		}
	}
	want := []struct {
		word         string
		size         float64
		bold, italic bool
	}{
		{"ĐẢNG", 15, true, false},
		{"TỈNH", 14, true, false},
		{"Số", 14, false, false},
		{"ngày", 14, false, true},
		{"KẾ", 16, true, false},
		{"thực", 14, true, false},
		{"-----", 14, false, false},
	}
	for _, w := range want {
		got, ok := pdftest.Find(p1, w.word)
		if !ok {
			t.Errorf("%q not on page 1", w.word)
			continue
		}
		if got.Size != w.size || got.Bold != w.bold || got.Italic != w.italic {
			t.Errorf("%q: size %.1f bold %v italic %v, want %.1f %v %v", w.word, got.Size, got.Bold, got.Italic, w.size, w.bold, w.italic)
		}
	}
}

// TestPageNumbers: no number on page 1; page n ≥ 2 shows "n" centred in the top margin,
// about 10 mm from the top edge, in 14 pt.
func TestPageNumbers(t *testing.T) {
	for _, in := range []string{seedData, stateData} {
		ps := pdftest.MustPages(t, buildPDF(t, in))
		if len(ps) < 2 {
			t.Fatalf("%s: %d page(s), want several", in, len(ps))
		}
		centre := (profile.MM(30) + profile.MM(195)) / 2
		for _, pg := range ps[1:] {
			var nums []pdftest.Word
			for _, w := range pg.Words {
				if w.Y < profile.MM(20) {
					nums = append(nums, w)
				}
			}
			if len(nums) != 1 || nums[0].Text != itoa(pg.Number) {
				t.Errorf("%s page %d: top margin holds %v, want just %q", in, pg.Number, nums, itoa(pg.Number))
				continue
			}
			n := nums[0]
			if math.Abs(n.X+n.W/2-centre) > 1 || n.Size != 14 || n.Y < profile.MM(10) || n.Y > profile.MM(20) {
				t.Errorf("%s page %d: number at x-centre %.1f (want %.1f), y %.1f, size %.1f", in, pg.Number, n.X+n.W/2, centre, n.Y, n.Size)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestStateHeaderAndClosing checks the NĐ 30 example: Quốc hiệu and Tiêu ngữ, the
// "Số: …/KH-…" line, the signer and the recipients in NĐ 30 style and sizes.
func TestStateHeaderAndClosing(t *testing.T) {
	ps := pdftest.MustPages(t, buildPDF(t, stateData))
	p1, last := ps[0], ps[len(ps)-1]
	for _, c := range []struct {
		page   pdftest.Page
		phrase string
		size   float64
		bold   bool
		italic bool
	}{
		{p1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false},
		{p1, "Độc lập - Tự do - Hạnh phúc", 14, true, false},
		{p1, "ỦY BAN NHÂN DÂN", 13, true, false},
		{p1, "Số:", 13, false, false},
		{p1, "/KH-UBND", 13, false, false},
		{p1, "KẾ HOẠCH", 14, true, false},
		{last, "Nơi nhận:", 12, true, true},
		{last, "KT. CHỦ TỊCH", 14, true, false},
		{last, "PHÓ CHỦ TỊCH", 14, true, false},
		{last, "- Lưu: VT, KGVX.", 11, false, false},
	} {
		words := strings.Fields(c.phrase)
		if _, _, _, ok := pdftest.FindPhrase(c.page, c.phrase); !ok {
			t.Errorf("%q not found on page %d", c.phrase, c.page.Number)
			continue
		}
		w, _ := pdftest.Find(c.page, words[len(words)-1])
		if w.Size != c.size || w.Bold != c.bold || w.Italic != c.italic {
			t.Errorf("%q: size %.1f bold %v italic %v, want %.1f %v %v", c.phrase, w.Size, w.Bold, w.Italic, c.size, c.bold, c.italic)
		}
	}
	// Recipient lines end with ";" and the last with ".".
	text, err := pdftest.Text(buildPDF(t, stateData))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "- Bộ Khoa học và Công nghệ (b/c);") {
		t.Errorf("recipient line not punctuated NĐ 30 style; text:\n%s", tail(text, 800))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestDeterministic: the same input gives the same bytes, twice in one process and from
// two separate builders.
func TestDeterministic(t *testing.T) {
	for _, in := range []string{seedData, stateData} {
		a, err := newBuilder(t).PDF(in, read(t, in))
		if err != nil {
			t.Fatal(err)
		}
		b, err := newBuilder(t).PDF(in, read(t, in))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", in)
		}
	}
}

// TestFontsEmbedded asks poppler's pdffonts: every font is embedded, with a ToUnicode map.
func TestFontsEmbedded(t *testing.T) {
	for _, in := range []string{seedData, stateData} {
		fonts := pdftest.PopplerFonts(t, buildPDF(t, in))
		if len(fonts) == 0 {
			t.Fatalf("%s: no fonts", in)
		}
		for _, f := range fonts {
			if !f.Embedded || !f.Unicode {
				t.Errorf("%s: font %+v not embedded with a ToUnicode map", in, f)
			}
		}
	}
}
