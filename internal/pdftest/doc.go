// Package pdftest helps tests inspect the PDF bytes produced by vanban.
//
// Instead of comparing PDF files byte for byte (fragile: object numbers,
// compression and font subsets change for harmless reasons), a test extracts
// the text back and measures positions and fonts.
//
// There are two layers:
//
//   - Pure Go helpers built on github.com/ledongthuc/pdf, which run wherever
//     `go test ./...` runs: [Text], [Pages], [Words], [ContainsInOrder],
//     [Diff], [Find] and [FindPhrase].
//   - Helpers that shell out to poppler-utils (pdftotext, pdffonts), an
//     independent PDF reader used as a second opinion: [RequirePoppler],
//     [PopplerText], [PopplerFonts] and [PopplerBBox]. They skip the test when
//     the tools are missing, except on CI (CI=true) where they fail.
//
// The pure Go layer interprets page content streams itself (text matrix,
// character spacing, TJ adjustments, CID font widths) because the glyph
// positions reported by ledongthuc/pdf's Page.Content are not usable for
// gopdf's output: it does not advance the pen for two-byte (Identity-H)
// fonts, so every glyph of a TJ array gets the same X and a zero width, and
// it appends a U+FFFD glyph after every TJ. Only the parser, the content
// stream tokenizer (pdf.Interpret) and the ToUnicode decoding of the library
// are used.
//
// Coordinates are PDF points (1/72 inch) measured from the TOP-LEFT corner of
// the page's MediaBox, so they can be compared with the values given to
// gopdf's SetXY. Only horizontal, unrotated text is laid out meaningfully.
package pdftest
