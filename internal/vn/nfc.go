package vn

import "golang.org/x/text/unicode/norm"

// NFC returns s in Unicode Normalization Form C.
//
// Vietnamese text arrives both precomposed ("ế" as one code point) and
// decomposed ("e" + circumflex + acute, common from macOS file names and
// some input methods). Fonts, comparisons and map keys only behave when
// everything is NFC, so text should pass through here at the boundaries.
// Text that is already NFC is returned as is, without copying.
func NFC(s string) string {
	if isASCII(s) || norm.NFC.IsNormalString(s) {
		return s // ASCII is always NFC; checking it first skips norm's setup
	}
	return norm.NFC.String(s)
}
