package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

func TestStripDiacritics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc 123", "abc 123"},
		{"Kế hoạch Đà Nẵng", "Ke hoach Da Nang"},
		{"ỦY BAN NHÂN DÂN", "UY BAN NHAN DAN"},
		{"ơ ư ă â ê ô đ Đ", "o u a a e o d D"},
		{"Nghi\u0323 quyê\u0301t", "Nghi quyet"}, // NFD input
		{"Quyết định số 12/QĐ-UBND", "Quyet dinh so 12/QD-UBND"},
		{"naïve café", "naive cafe"},
		{"中文 – “x”", "中文 – “x”"}, // no marks: kept
	}
	for _, tt := range tests {
		if got := vn.StripDiacritics(tt.in); got != tt.want {
			t.Errorf("StripDiacritics(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Kế hoạch Đà Nẵng", "ke-hoach-da-nang"},
		{"  Quyết định số 12/QĐ-UBND  ", "quyet-dinh-so-12-qd-ubnd"},
		{"--a--b--", "a-b"},
		{"Báo cáo (lần 2).docx", "bao-cao-lan-2-docx"},
		{"中文", ""},
		{"!!!", ""},
		{"ABC_def", "abc-def"},
	}
	for _, tt := range tests {
		if got := vn.Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleStripDiacritics() {
	fmt.Println(vn.StripDiacritics("Kế hoạch Đà Nẵng"))
	// Output: Ke hoach Da Nang
}

func ExampleSlug() {
	fmt.Println(vn.Slug("Kế hoạch Đà Nẵng"))
	fmt.Println(vn.Slug("Quyết định số 12/QĐ-UBND"))
	// Output:
	// ke-hoach-da-nang
	// quyet-dinh-so-12-qd-ubnd
}
