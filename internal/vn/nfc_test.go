package vn_test

import (
	"fmt"
	"testing"
	"unsafe"

	"vanban/internal/vn"
)

func TestNFC(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"Nghị quyết", "Nghị quyết"}, // already NFC
		{"Nghi\u0323 quyê\u0301t", "Nghị quyết"}, // decomposed
		{"e\u0302\u0301", "ế"},                   // both marks combine
		{"Đà Nẵng", "Đà Nẵng"},
	}
	for _, tt := range tests {
		if got := vn.NFC(tt.in); got != tt.want {
			t.Errorf("NFC(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNFCReturnsInput checks the fast path: normalised input comes back
// as the very same string, not a copy.
func TestNFCReturnsInput(t *testing.T) {
	for _, s := range []string{"Ủy ban nhân dân tỉnh Thanh Hóa", "ASCII only"} {
		if got := vn.NFC(s); unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("NFC(%q) returned a copy", s)
		}
	}
}

func ExampleNFC() {
	decomposed := "Quye\u0302\u0301t đi\u0323nh" // as typed on some keyboards
	fmt.Println(vn.NFC(decomposed) == "Quyết định")
	// Output: true
}
