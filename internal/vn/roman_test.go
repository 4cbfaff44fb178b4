package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

func TestRoman(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{1, "I"}, {2, "II"}, {3, "III"}, {4, "IV"}, {5, "V"}, {9, "IX"},
		{10, "X"}, {14, "XIV"}, {40, "XL"}, {90, "XC"}, {400, "CD"},
		{900, "CM"}, {1994, "MCMXCIV"}, {2024, "MMXXIV"}, {3999, "MMMCMXCIX"},
		{0, "0"}, {-3, "-3"}, {4000, "4000"},
	}
	for _, tt := range tests {
		if got := vn.Roman(tt.in); got != tt.want {
			t.Errorf("Roman(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleRoman() {
	fmt.Println(vn.Roman(4), vn.Roman(9), vn.Roman(2024), vn.Roman(0))
	// Output: IV IX MMXXIV 0
}
