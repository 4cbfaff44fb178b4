package pdftest

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Words NFC-normalises s and splits it on any Unicode whitespace (spaces,
// no-break spaces, newlines, form feeds, ...).
func Words(s string) []string {
	return strings.Fields(norm.NFC.String(s))
}

// ContainsInOrder reports whether every word of needle occurs in haystack in
// the same order (as a subsequence, other words may come in between). When
// it does not, firstMissing is the index in needle of the first word that
// could not be matched; when it does, firstMissing is -1.
func ContainsInOrder(haystack, needle []string) (ok bool, firstMissing int) {
	j := 0
	for _, w := range haystack {
		if j < len(needle) && w == needle[j] {
			j++
		}
	}
	if j == len(needle) {
		return true, -1
	}
	return false, j
}

// diffContext is how many words of context Diff shows on each side.
const diffContext = 8

// Diff describes the first place where the word sequences want and got
// diverge, with a few words of context on each side, for test failure
// messages. It returns "" when the sequences are equal.
func Diff(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	if i == len(want) && i == len(got) {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at word %d (want %d words, got %d):\n", i, len(want), len(got))
	fmt.Fprintf(&b, "  want: %s\n", excerpt(want, i))
	fmt.Fprintf(&b, "  got:  %s", excerpt(got, i))
	switch {
	case i < len(want) && i+1 < len(got) && got[i+1] == want[i]:
		fmt.Fprintf(&b, "\n  (extra word %q in got?)", got[i])
	case i < len(got) && i+1 < len(want) && want[i+1] == got[i]:
		fmt.Fprintf(&b, "\n  (word %q missing from got?)", want[i])
	}
	return b.String()
}

// excerpt shows ws around index i, marking ws[i] with «» (or «END» when the
// sequence has already ended).
func excerpt(ws []string, i int) string {
	lo := max(0, i-diffContext)
	var parts []string
	if lo > 0 {
		parts = append(parts, "…")
	}
	parts = append(parts, ws[lo:min(i, len(ws))]...)
	if i < len(ws) {
		parts = append(parts, "«"+ws[i]+"»")
		parts = append(parts, ws[i+1:min(len(ws), i+1+diffContext)]...)
		if i+1+diffContext < len(ws) {
			parts = append(parts, "…")
		}
	} else {
		parts = append(parts, "«END»")
	}
	return strings.Join(parts, " ")
}
