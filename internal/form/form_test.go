package form

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPunctuate(t *testing.T) {
	for _, c := range []struct{ in, end, want string }{
		{"Sở Nội vụ", ";", "Sở Nội vụ;"},
		{"Sở Nội vụ;", ",", "Sở Nội vụ;"},
		{"Lưu: VT, NC.", ".", "Lưu: VT, NC."},
		{"Ban Bí thư (b/c) ", ",", "Ban Bí thư (b/c),"},
		{"", ".", ""},
	} {
		if got := punctuate(c.in, c.end); got != c.want {
			t.Errorf("punctuate(%q, %q) = %q, want %q", c.in, c.end, got, c.want)
		}
	}
}

func TestKeepBlanks(t *testing.T) {
	got := keepBlanks("Số      -KH/TU a b")
	if got != "Số"+strings.Repeat("\u00a0", 6)+"-KH/TU a b" || !utf8.ValidString(got) {
		t.Errorf("keepBlanks = %q", got)
	}
}

