package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BodyName writes an issuing body's name, given in capitals on one or two lines as headers
// print it, the way it reads in a sentence: the first line in sentence case, the place
// (the last line, or the words after the first two of a one-line name) with capital
// initials. "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA" → "Ủy ban nhân dân tỉnh Thanh Hóa",
// "TỈNH ỦY THANH HÓA" → "Tỉnh ủy Thanh Hóa". It is a guess from the usual shapes of such
// names: a one-line name whose third word does not start a place ("SỞ NỘI VỤ") comes out
// wrong, so callers use it only where a person will read and correct the result (the
// starter of a unit's plan, a reminder's default addressee). An empty name gives "".
func BodyName(body string) string {
	lines := strings.Split(strings.TrimSpace(body), "\n")
	var words []string
	for i, l := range lines {
		for j, w := range strings.Fields(strings.ToLower(NFC(l))) {
			if i == 0 && j == 0 || len(lines) == 1 && j >= 2 || len(lines) > 1 && i == len(lines)-1 && j >= 1 {
				w = UpperFirst(w)
			}
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// UpperFirst capitalises the first letter of s.
func UpperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// LowerFirst puts the first letter of s in lower case.
func LowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
