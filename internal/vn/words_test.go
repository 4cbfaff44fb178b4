package vn_test

import (
	"fmt"
	"math"
	"testing"

	"vanban/internal/vn"
)

func TestNumberWords(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "không"},
		{1, "một"},
		{4, "bốn"},
		{5, "năm"},
		{10, "mười"},
		{11, "mười một"},
		{14, "mười bốn"},
		{15, "mười lăm"},
		{20, "hai mươi"},
		{21, "hai mươi mốt"},
		{24, "hai mươi tư"},
		{25, "hai mươi lăm"},
		{55, "năm mươi lăm"},
		{99, "chín mươi chín"},
		{100, "một trăm"},
		{101, "một trăm linh một"},
		{104, "một trăm linh bốn"},
		{105, "một trăm linh năm"},
		{110, "một trăm mười"},
		{115, "một trăm mười lăm"},
		{121, "một trăm hai mươi mốt"},
		{1000, "một nghìn"},
		{1001, "một nghìn không trăm linh một"},
		{1010, "một nghìn không trăm mười"},
		{1021, "một nghìn không trăm hai mươi mốt"},
		{1100, "một nghìn một trăm"},
		{2024, "hai nghìn không trăm hai mươi tư"},
		{15000, "mười lăm nghìn"},
		{105000, "một trăm linh năm nghìn"},
		{1000000, "một triệu"},
		{1001000, "một triệu không trăm linh một nghìn"},
		{1500000, "một triệu năm trăm nghìn"},
		{21500000, "hai mươi mốt triệu năm trăm nghìn"},
		{1000000000, "một tỷ"},
		{1000000001, "một tỷ không trăm linh một"},
		{1005000000, "một tỷ không trăm linh năm triệu"},
		{1000000000000, "một nghìn tỷ"},
		{2005000000000, "hai nghìn không trăm linh năm tỷ"},
		{1000000000000000000, "một tỷ tỷ"},
		{-15, "âm mười lăm"},
		{-1000001, "âm một triệu không trăm linh một"},
		{1500000000000000, "một triệu năm trăm nghìn tỷ"},
		{1000000001000000000, "một tỷ không trăm linh một tỷ"},
		{math.MaxInt64, "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn " +
			"không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy"},
		{math.MinInt64, "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn " +
			"không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám"},
	}
	for _, tt := range tests {
		if got := vn.NumberWords(tt.in); got != tt.want {
			t.Errorf("NumberWords(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleNumberWords() {
	fmt.Println(vn.NumberWords(105))
	fmt.Println(vn.NumberWords(1500000))
	fmt.Println(vn.NumberWords(1000000001))
	fmt.Println(vn.NumberWords(-24))
	// Output:
	// một trăm linh năm
	// một triệu năm trăm nghìn
	// một tỷ không trăm linh một
	// âm hai mươi tư
}
