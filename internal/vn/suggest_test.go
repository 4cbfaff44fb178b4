package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

func TestSuggest(t *testing.T) {
	fields := []string{"thoi_han", "chu_tri", "phoi_hop", "noi_nhan", "so_ky_hieu"}
	tests := []struct {
		word       string
		candidates []string
		want       string
		ok         bool
	}{
		{"thoi_hn", fields, "thoi_han", true},
		{"chu_tr", fields, "chu_tri", true},
		{"phoihop", fields, "phoi_hop", true},
		{"noi_nahn", fields, "noi_nhan", true}, // transposition = 2 edits, limit 2
		{"thoi_han", fields, "", false},        // exact match: nothing to suggest
		{"xyz", fields, "", false},
		{"", fields, "", false},
		{"thoi_hn", nil, "", false},
		{"ab", []string{"ac", "ad"}, "ac", true}, // tie: first wins
		{"ab", []string{"xy", "ad"}, "ad", true}, // short word: limit is 1
		{"a", []string{"bcd"}, "", false},        // too far
		{"cơ quan", []string{"cơ quán"}, "cơ quán", true},
		{"co\u031b quan", []string{"cơ quan", "co quan"}, "", false}, // NFC first: an exact match
		{"Thoi_han", fields, "thoi_han", true},
		{"thoi_hanx", []string{"thoi_hanxyz", "thoi_han"}, "thoi_han", true}, // closer beats first
	}
	for _, tt := range tests {
		got, ok := vn.Suggest(tt.word, tt.candidates)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Suggest(%q, %q) = %q, %v; want %q, %v", tt.word, tt.candidates, got, ok, tt.want, tt.ok)
		}
	}
}

func ExampleSuggest() {
	if s, ok := vn.Suggest("thoi_hn", []string{"thoi_han", "chu_tri"}); ok {
		fmt.Printf("có phải ý bạn là “%s”?\n", s)
	}
	// Output: có phải ý bạn là “thoi_han”?
}
