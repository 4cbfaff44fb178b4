// Package fonts provides the typeface vanban sets documents in: Liberation Serif (metrics
// of Times New Roman, full Vietnamese coverage) in four styles, embedded in the binary. It
// measures text for the layout (layout.Measurer) and hands the font files to the PDF
// backend. Widths follow the PDF convention of whole thousandths of an em per glyph, as
// the PDF writer does, so that measured and drawn widths agree.
package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"vanban/internal/layout"
)

// fastRunes is the range whose widths are kept in a table: Latin, Vietnamese (U+1EA0–
// U+1EF9) and general punctuation. Other characters go through a map.
const fastRunes = 0x2100

// Face is one font file, parsed.
type Face struct {
	Data   []byte
	font   *sfnt.Font
	upm    int
	ascent int // OS/2 sTypoAscender, in font units
	once   sync.Once
	widths []int16 // thousandths of an em; -1 = no glyph
	mu     sync.Mutex
	others map[rune]int16
}

// Set is the four styles of a typeface.
type Set struct {
	name  string
	faces [4]*Face
}

var (
	liberation     *Set
	liberationOnce sync.Once
	liberationErr  error
)

// Liberation returns the embedded Liberation Serif set, parsed once.
func Liberation() (*Set, error) {
	liberationOnce.Do(func() {
		liberation, liberationErr = NewSet("Liberation Serif", [4][]byte{
			layout.Regular:    liberationserifregular.TTF,
			layout.Bold:       liberationserifbold.TTF,
			layout.Italic:     liberationserifitalic.TTF,
			layout.BoldItalic: liberationserifbolditalic.TTF,
		})
	})
	return liberation, liberationErr
}

// NewSet parses four TrueType files, indexed by layout.Font.
func NewSet(name string, files [4][]byte) (*Set, error) {
	s := &Set{name: name}
	for i, data := range files {
		f, err := sfnt.Parse(data)
		if err != nil {
			return nil, fmt.Errorf("phông %s (%s): %w", name, layout.Font(i), err)
		}
		asc, err := typoAscender(data)
		if err != nil {
			return nil, fmt.Errorf("phông %s (%s): %w", name, layout.Font(i), err)
		}
		s.faces[i] = &Face{Data: data, font: f, upm: int(f.UnitsPerEm()), ascent: asc}
	}
	return s, nil
}

// Name implements layout.Measurer.
func (s *Set) Name() string { return s.name }

// Face returns the file of one style.
func (s *Set) Face(f layout.Font) *Face { return s.faces[f&3] }

// Width implements layout.Measurer. Characters the font lacks count as zero width.
func (s *Set) Width(f layout.Font, size float64, text string) float64 {
	face := s.faces[f&3]
	sum := 0
	for _, r := range text {
		if w := face.width(r); w > 0 {
			sum += int(w)
		}
	}
	return float64(sum) * size / 1000
}

// Has implements layout.Measurer.
func (s *Set) Has(f layout.Font, r rune) bool { return s.faces[f&3].width(r) >= 0 }

// Ascent implements layout.Measurer: the typographic ascender, which is where a PDF text
// cell puts the baseline below its top.
func (s *Set) Ascent(f layout.Font, size float64) float64 {
	face := s.faces[f&3]
	return float64(face.ascent) * size / float64(face.upm)
}

func (fc *Face) width(r rune) int16 {
	fc.once.Do(func() {
		fc.widths = make([]int16, fastRunes)
		var buf sfnt.Buffer
		for i := range fc.widths {
			fc.widths[i] = fc.measure(&buf, rune(i))
		}
		fc.others = map[rune]int16{}
	})
	if r >= 0 && r < fastRunes {
		return fc.widths[r]
	}
	fc.mu.Lock()
	defer fc.mu.Unlock()
	w, ok := fc.others[r]
	if !ok {
		var buf sfnt.Buffer
		w = fc.measure(&buf, r)
		fc.others[r] = w
	}
	return w
}

// measure returns the advance of r in whole thousandths of an em (rounded down, as the
// PDF writer does), or -1 when the font has no glyph for it.
func (fc *Face) measure(buf *sfnt.Buffer, r rune) int16 {
	gi, err := fc.font.GlyphIndex(buf, r)
	if err != nil || gi == 0 {
		return -1
	}
	adv, err := fc.font.GlyphAdvance(buf, gi, fixed.Int26_6(fc.upm), 0)
	if err != nil {
		return -1
	}
	return int16(int(adv) * 1000 / fc.upm)
}

// typoAscender reads sTypoAscender from the OS/2 table, which x/image/font/sfnt does not
// expose.
func typoAscender(data []byte) (int, error) {
	t, err := tableDirectory(data)
	if err != nil {
		return 0, err
	}
	os2 := t["OS/2"]
	if len(os2) < 70 {
		return 0, errors.New("phông không có bảng OS/2")
	}
	return int(int16(binary.BigEndian.Uint16(os2[68:]))), nil
}
