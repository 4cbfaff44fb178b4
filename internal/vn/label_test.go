package vn_test

import (
	"testing"

	"vanban/internal/vn"
)

func TestNextLabel(t *testing.T) {
	for _, c := range []struct{ typed, prev, first, want string }{
		{"", "", "I.", "I."},
		{"", "I.", "I.", "II."},
		{"", "V.", "I.", "VI."},
		{"", "1.1.", "1.", "1.2."},
		{"", "2.10.", "1.", "2.11."},
		{"", "đ)", "a)", "e)"},
		{"", "y)", "a)", "aa)"},
		{"", "5", "1", "6"},
		{" 7. ", "5.", "1.", "7."},
		{"", "Mục A", "1.", "1."},
	} {
		if got := vn.NextLabel(c.typed, c.prev, c.first); got != c.want {
			t.Errorf("NextLabel(%q, %q, %q) = %q, want %q", c.typed, c.prev, c.first, got, c.want)
		}
	}
}

func TestNumbering(t *testing.T) {
	for _, c := range []struct {
		labels []string
		warned []int // indices of the labels warned about
	}{
		{[]string{"", "", ""}, nil},
		{[]string{"5.", "7."}, []int{1}},
		{[]string{"5.", "", "7."}, nil},
		{[]string{"2.", "2."}, []int{1}},
		{[]string{"3.", "2."}, []int{1}},
		{[]string{"", "c)"}, []int{1}},
		{[]string{"1.1.", "1.2.", "1.4."}, []int{2}},
		{[]string{"1.3.", "2.1."}, nil},
		{[]string{"II.", "IV."}, []int{1}},
		{[]string{"a)", "b)", "đ)"}, []int{2}},
		{[]string{"5.", "Mục", "9."}, nil},
	} {
		var n vn.Numbering
		var warned []int
		for i, l := range c.labels {
			if msg, hint := n.Add(l); msg != "" {
				if hint == "" {
					t.Errorf("%q: warning %q without hint", c.labels, msg)
				}
				warned = append(warned, i)
			}
		}
		if len(warned) != len(c.warned) || len(warned) > 0 && warned[0] != c.warned[0] {
			t.Errorf("%q: warned at %v, want %v", c.labels, warned, c.warned)
		}
	}
}

func TestLabelDepth(t *testing.T) {
	for s, want := range map[string]int{"II.": 1, "1.": 2, "3)": 2, "1.1.": 3, "2.10.1.": 4, "a)": 20, "đ)": 20, "Mục": 0, "": 0, "IIII.": 0} {
		if got := vn.LabelDepth(s); got != want {
			t.Errorf("LabelDepth(%q) = %d, want %d", s, got, want)
		}
	}
}
