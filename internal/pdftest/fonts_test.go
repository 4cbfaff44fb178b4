package pdftest

import "testing"

func TestExpandLigatures(t *testing.T) {
	for in, want := range map[string]string{"": "", "ﬁ": "fi", "eﬀect ﬂ ﬃ": "effect fl ffi", "ư": "ư"} {
		if got := expandLigatures(in); got != want {
			t.Errorf("expandLigatures(%q) = %q, want %q", in, got, want)
		}
	}
}
