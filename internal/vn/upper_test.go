package vn_test

import (
	"fmt"
	"sync"
	"testing"

	"vanban/internal/vn"
)

func TestUpper(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ủy ban nhân dân tỉnh quảng ngãi", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"},
		{"T/M ban thường vụ", "T/M BAN THƯỜNG VỤ"},
		{"đảng cộng sản việt nam", "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{"số 12/2024/nđ-cp", "SỐ 12/2024/NĐ-CP"},
		{"ơ ư ă â ê ô ỹ ỵ", "Ơ Ư Ă Â Ê Ô Ỹ Ỵ"},
		{"nghi\u0323 quyê\u0301t", "NGHỊ QUYẾT"}, // NFD in, NFC out
		{"ĐÃ HOA", "ĐÃ HOA"},
	}
	for _, tt := range tests {
		if got := vn.Upper(tt.in); got != tt.want {
			t.Errorf("Upper(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestUpperConcurrent runs Upper from many goroutines; with -race it
// catches a shared cases.Caser.
func TestUpperConcurrent(t *testing.T) {
	inputs := []string{"ủy ban nhân dân", "quyết định", "hà nội", "đà nẵng"}
	want := []string{"ỦY BAN NHÂN DÂN", "QUYẾT ĐỊNH", "HÀ NỘI", "ĐÀ NẴNG"}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 200 {
				k := (g + i) % len(inputs)
				if got := vn.Upper(inputs[k]); got != want[k] {
					t.Errorf("Upper(%q) = %q, want %q", inputs[k], got, want[k])
					return
				}
			}
		})
	}
	wg.Wait()
}

func ExampleUpper() {
	fmt.Println(vn.Upper("ủy ban nhân dân tỉnh quảng ngãi"))
	fmt.Println(vn.Upper("T/M ban thường vụ"))
	// Output:
	// ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
	// T/M BAN THƯỜNG VỤ
}
