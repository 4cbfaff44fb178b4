package fonts

import (
	"encoding/binary"
	"fmt"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"

	"vanban/internal/layout"
)

var styles = []layout.Font{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}

func liberationSet(t testing.TB) *Set {
	t.Helper()
	s, err := Liberation()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// table returns a table of a font file, read from the table directory without the
// package's own readers.
func table(t testing.TB, data []byte, tag string) []byte {
	t.Helper()
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		if string(rec[:4]) == tag {
			off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			return data[off : off+length]
		}
	}
	t.Fatalf("no %s table", tag)
	return nil
}

// expectedWidth is the width of s at size points the way the PDF writer measures it:
// per glyph, the hmtx advance in whole thousandths of an em, rounded down.
func expectedWidth(t testing.TB, data []byte, size float64, s string) float64 {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	upm := int(binary.BigEndian.Uint16(table(t, data, "head")[18:]))
	hmtx := table(t, data, "hmtx")
	numHMetrics := int(binary.BigEndian.Uint16(table(t, data, "hhea")[34:]))
	var buf sfnt.Buffer
	sum := 0
	for _, r := range s {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			t.Fatalf("no glyph for %q", r)
		}
		m := min(int(gi), numHMetrics-1)
		adv := int(binary.BigEndian.Uint16(hmtx[4*m:]))
		sum += adv * 1000 / upm
	}
	return float64(sum) * size / 1000
}

func TestWidth(t *testing.T) {
	set := liberationSet(t)
	for _, tc := range []struct {
		style layout.Font
		size  float64
		text  string
	}{
		{layout.Regular, 14, "Kế hoạch"},
		{layout.Bold, 14, "Kế hoạch"},
		{layout.Italic, 13, "Quyết định số 81-KL/TW"},
		{layout.BoldItalic, 12.5, "ỦY BAN NHÂN DÂN “Đà Nẵng” — …"},
		{layout.Regular, 14, ""},
	} {
		t.Run(fmt.Sprintf("%s %g %s", tc.style, tc.size, tc.text), func(t *testing.T) {
			want := expectedWidth(t, set.Face(tc.style).Data, tc.size, tc.text)
			if got := set.Width(tc.style, tc.size, tc.text); got != want {
				t.Errorf("Width = %v, want %v", got, want)
			}
		})
	}
	// A hand check of the regular case: Liberation Serif (2048 units/em) has K 1479,
	// ế 909, space 512, h 1024, o 1024, ạ 909, c 909 units.
	if got, want := set.Width(layout.Regular, 14, "Kế hoạch"), float64(722+443+250+500+500+443+443+500)*14/1000; got != want {
		t.Errorf("Width(Kế hoạch) = %v, want %v", got, want)
	}
	// A character the font lacks counts as nothing.
	if got, want := set.Width(layout.Regular, 14, "a😀b"), set.Width(layout.Regular, 14, "ab"); got != want {
		t.Errorf("Width with a missing character = %v, want %v", got, want)
	}
}

func TestHas(t *testing.T) {
	set := liberationSet(t)
	for _, st := range styles {
		t.Run(st.String(), func(t *testing.T) {
			if !set.Has(st, 'ạ') {
				t.Error("Has('ạ') = false")
			}
			if set.Has(st, '😀') {
				t.Error("Has('😀') = true")
			}
			if set.Has(st, '漢') {
				t.Error("Has('漢') = true")
			}
			for _, r := range VietnameseLetters + Punctuation + "Aa đĐ\u00A0" {
				if !set.Has(st, r) {
					t.Errorf("Has(%q) = false", r)
				}
			}
		})
	}
}

func TestAscent(t *testing.T) {
	set := liberationSet(t)
	for _, st := range styles {
		t.Run(st.String(), func(t *testing.T) {
			data := set.Face(st).Data
			typoAsc := int16(binary.BigEndian.Uint16(table(t, data, "OS/2")[68:]))
			upm := binary.BigEndian.Uint16(table(t, data, "head")[18:])
			if typoAsc <= 0 || upm == 0 {
				t.Fatalf("sTypoAscender %d, unitsPerEm %d", typoAsc, upm)
			}
			want := float64(typoAsc) * 14 / float64(upm)
			if got := set.Ascent(st, 14); got != want {
				t.Errorf("Ascent(14) = %v, want %v (sTypoAscender %d / %d)", got, want, typoAsc, upm)
			}
			t.Logf("sTypoAscender %d, unitsPerEm %d, ascent at 14 pt %.4f", typoAsc, upm, want)
		})
	}
}

func TestNameAndMeasurer(t *testing.T) {
	var m layout.Measurer = liberationSet(t)
	if m.Name() != "Liberation Serif" {
		t.Errorf("Name = %q", m.Name())
	}
}

// TestConcurrent measures from 8 goroutines at once on a fresh set, so the lazy width
// tables are built under contention; run with -race.
func TestConcurrent(t *testing.T) {
	lib := liberationSet(t)
	var files [4][]byte
	for i := range files {
		files[i] = lib.Face(layout.Font(i)).Data
	}
	set, err := NewSet("Liberation Serif", files)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Kế hoạch thực hiện", "ỦY BAN NHÂN DÂN", "漢字 ☃ 😀 №", "ẞ ∑ ≤ ≥ ₫ ℃"} // some outside the table
	type result struct {
		w   float64
		has bool
	}
	want := map[string]result{}
	for _, st := range styles {
		for _, s := range texts {
			want[fmt.Sprint(st, s)] = result{lib.Width(st, 12, s), lib.Has(st, []rune(s)[0])}
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(styles)*len(texts))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				st := styles[(g+i)%4]
				for _, s := range texts {
					got := result{set.Width(st, 12, s), set.Has(st, []rune(s)[0])}
					for _, r := range s {
						set.Has(st, r)
					}
					if w := want[fmt.Sprint(st, s)]; got != w && i == 0 {
						errs <- fmt.Sprintf("goroutine %d: %s %q: %v, want %v", g, st, s, got, w)
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// sentence100 is a 100-word Vietnamese sentence.
const sentence100 = "Thực hiện Kết luận số 81-KL/TW của Bộ Chính trị về chủ động ứng phó với biến đổi " +
	"khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường, Ủy ban nhân dân tỉnh ban hành " +
	"kế hoạch triển khai với mục tiêu nâng cao nhận thức, trách nhiệm của các cấp, các ngành, " +
	"doanh nghiệp và người dân; huy động mọi nguồn lực để phòng, chống thiên tai, giảm thiểu " +
	"thiệt hại về người và tài sản, bảo đảm an ninh nguồn nước, sử dụng hiệu quả đất đai, " +
	"khoáng sản, phát triển năng lượng tái tạo."

func BenchmarkWidth(b *testing.B) {
	if n := len(strings.Fields(sentence100)); n != 100 {
		b.Fatalf("sentence has %d words, want 100", n)
	}
	set := liberationSet(b)
	set.Width(layout.Regular, 14, sentence100) // build the width table outside the timing
	b.SetBytes(int64(len(sentence100)))
	b.ReportAllocs()
	for b.Loop() {
		set.Width(layout.Regular, 14, sentence100)
	}
}
