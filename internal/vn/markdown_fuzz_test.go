package vn_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"vanban/internal/vn"
)

// unescapeMarkdown removes every backslash that escapes an ASCII
// punctuation character, which is all EscapeMarkdown may add.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range append(markdownSamples, inlineSamples...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		esc := vn.EscapeMarkdown(s)
		if utf8.ValidString(s) && !utf8.ValidString(esc) {
			t.Fatalf("EscapeMarkdown(%q) = %q is not valid UTF-8", s, esc)
		}
		if back := unescapeMarkdown(esc); back != s {
			t.Fatalf("EscapeMarkdown(%q) = %q unescapes to %q", s, esc, back)
		}
		if vn.EscapeMarkdown(s) != esc {
			t.Fatalf("EscapeMarkdown(%q) is not deterministic", s)
		}
		checkGoldmarkRoundTrip(t, s)
		checkGoldmarkHeading(t, s)
		if vn.EscapeMarkdownInline(s) != vn.EscapeMarkdownInline(s) {
			t.Fatalf("EscapeMarkdownInline(%q) is not deterministic", s)
		}
		checkInlineRoundTrip(t, s)
	})
}
