package layout

import (
	"fmt"

	"vanban/internal/diag"
)

// Font is one of the four styles of the document's typeface.
type Font uint8

// The four styles; the order is the bit pattern bold|italic<<1.
const (
	Regular Font = iota
	Bold
	Italic
	BoldItalic
)

// FontFor returns the style for a bold and italic combination.
func FontFor(bold, italic bool) Font {
	f := Regular
	if bold {
		f |= Bold
	}
	if italic {
		f |= Italic
	}
	return f
}

func (f Font) String() string {
	return [...]string{"thường", "đậm", "nghiêng", "đậm nghiêng"}[f&3]
}

// Measurer tells the layout how wide text is and whether the font can draw a character.
// The real one reads the font files (package fonts); tests use a fixed-width fake, so the
// layout is tested without writing a PDF.
type Measurer interface {
	// Width is the advance width of s in points at the given size.
	Width(f Font, size float64, s string) float64
	// Has reports whether the font has a glyph for r.
	Has(f Font, r rune) bool
	// Ascent is the distance from the top of a line box to the baseline, in points.
	Ascent(f Font, size float64) float64
	// Name is the typeface's name, for messages.
	Name() string
}

// AllStyles are the four styles, for a text that may be printed in any of them.
var AllStyles = []Font{Regular, Bold, Italic, BoldItalic}

// Drawable reports whether m can draw r in every one of styles. Line breaks are not drawn.
func Drawable(m Measurer, r rune, styles ...Font) bool {
	if r == '\n' {
		return true
	}
	for _, f := range styles {
		if !m.Has(f, r) {
			return false
		}
	}
	return true
}

// GlyphError is the one message for a character the typeface cannot draw, wherever it is
// found: in a data file's value (style "", it may be printed in any style) or in a block
// being laid out (the style it was needed in).
func GlyphError(m Measurer, file string, line, col int, r rune, style string) diag.Diagnostic {
	what := fmt.Sprintf("U+%04X", r)
	if style != "" {
		what += ", kiểu " + style
	}
	return diag.Errorf(file, line, col,
		"bỏ ký tự này hoặc thay bằng chữ viết; phông chữ văn bản hành chính không có biểu tượng cảm xúc, chữ Hán…",
		"phông %s không có ký tự “%c” (%s): không thể in ký tự này", m.Name(), r, what)
}
