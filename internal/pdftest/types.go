package pdftest

// Page is one page of a PDF with the words drawn on it.
type Page struct {
	Number        int     // 1-based page number
	Width, Height float64 // MediaBox size in points
	Words         []Word  // in reading order: lines top to bottom, left to right
}

// Word is a maximal run of non-space glyphs drawn on one baseline in one font
// and size. Text is NFC-normalised.
//
// For [Pages], X is the left edge of the first glyph and Y the baseline, both
// in points from the top-left corner of the page; W is the distance from X to
// the right edge of the last glyph. For [PopplerBBox], Y is the bottom of the
// glyph bounding box instead (baseline plus descent) and Size is 0.
type Word struct {
	Text    string
	X, Y, W float64
	Size    float64 // font size in points (text space scaled to user space)
	// Font is the font's /BaseFont name exactly as written in the PDF,
	// including a subset prefix such as "ABCDEF+" if there is one. Note that
	// gopdf writes the family name given to AddTTFFont ("serif") for every
	// style, so use Bold and Italic to tell styles apart.
	Font string
	// Bold and Italic are set when the embedded font program says so
	// (TrueType/OpenType head.macStyle), or the font descriptor's flags,
	// weight or italic angle, or the font name ("Bold", "Italic", ...).
	Bold, Italic bool
}
