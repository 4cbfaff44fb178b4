package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// StripDiacritics removes Vietnamese tone and vowel marks:
// "Kế hoạch Đà Nẵng" → "Ke hoach Da Nang". It decomposes the text,
// drops the combining marks and maps đ/Đ, which is a letter of its own
// with no decomposition, to d/D. Other characters are kept as they are.
func StripDiacritics(s string) string {
	if isASCII(s) {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			// tone or vowel mark: drop it
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Slug returns a lower-case ASCII identifier for file names and anchors:
// "Kế hoạch Đà Nẵng" → "ke-hoach-da-nang". Letters and digits are kept
// (without diacritics); every other run of characters becomes a single
// '-', and no '-' is left at either end. Characters that have no ASCII
// form, such as Chinese, count as separators.
func Slug(s string) string {
	s = StripDiacritics(s)
	b := make([]byte, 0, len(s))
	dash := false // a separator is pending
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			dash = true
			continue
		}
		if dash && len(b) > 0 {
			b = append(b, '-')
		}
		dash = false
		b = append(b, c)
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
