package layout

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
