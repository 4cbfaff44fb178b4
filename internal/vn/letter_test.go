package vn_test

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/vn"
)

func TestLetterPoint(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{-1, ""}, {0, ""}, {1, "a"}, {4, "d"}, {5, "đ"}, {6, "e"}, {7, "g"},
		{10, "k"}, {22, "x"}, {23, "y"}, {24, "aa"}, {25, "ab"}, {28, "ađ"},
		{46, "ay"}, {47, "ba"}, {23 + 23*23, "yy"}, {23 + 23*23 + 1, "aaa"},
	}
	for _, tt := range tests {
		if got := vn.LetterPoint(tt.in); got != tt.want {
			t.Errorf("LetterPoint(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLetterPointAlphabet(t *testing.T) {
	var got []string
	for n := 1; n <= 23; n++ {
		got = append(got, vn.LetterPoint(n))
	}
	if want := "a b c d đ e g h i k l m n o p q r s t u v x y"; strings.Join(got, " ") != want {
		t.Errorf("LetterPoint(1..23) = %q, want %q", strings.Join(got, " "), want)
	}
}

func ExampleLetterPoint() {
	for _, n := range []int{1, 4, 5, 6, 23, 24} {
		fmt.Print(vn.LetterPoint(n), ") ")
	}
	fmt.Println()
	// Output: a) d) đ) e) y) aa)
}
