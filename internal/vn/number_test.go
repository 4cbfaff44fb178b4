package vn_test

import (
	"fmt"
	"math"
	"testing"

	"vanban/internal/vn"
)

func TestNumber(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1.000"}, {1250, "1.250"},
		{-1250, "-1.250"}, {100000, "100.000"}, {1234567, "1.234.567"},
		{-12345678, "-12.345.678"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		if got := vn.Number(tt.in); got != tt.want {
			t.Errorf("Number(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		f    float64
		dec  int
		want string
	}{
		{22.449, 2, "22,45"},
		{1250.5, 1, "1.250,5"},
		{1250.5, 0, "1.251"}, // half away from zero
		{-1250.5, 0, "-1.251"},
		{2.5, 0, "3"},
		{-2.5, 0, "-3"},
		{2.675, 2, "2,68"}, // shortest decimal form, not the float's binary value
		{1.005, 2, "1,01"},
		{0.125, 2, "0,13"},
		{0.124, 2, "0,12"},
		{9.995, 2, "10,00"},
		{999999.96, 1, "1.000.000,0"},
		{0, 2, "0,00"},
		{math.Copysign(0, -1), 1, "0,0"},
		{-0.001, 2, "0,00"}, // no "-0,00"
		{-0.005, 2, "-0,01"},
		{1234567.891, 2, "1.234.567,89"},
		{3, 3, "3,000"},
		{12.5, -1, "13"},
		{1e21, 0, "1.000.000.000.000.000.000.000"},
		{1e-7, 2, "0,00"},
		{math.NaN(), 2, "NaN"},
		{math.Inf(1), 2, "+Inf"},
		{math.Inf(-1), 2, "-Inf"},
	}
	for _, tt := range tests {
		if got := vn.Decimal(tt.f, tt.dec); got != tt.want {
			t.Errorf("Decimal(%v, %d) = %q, want %q", tt.f, tt.dec, got, tt.want)
		}
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		f    float64
		dec  int
		want string
	}{
		{22.449, 2, "22,45%"},
		{100, 0, "100%"},
		{99.95, 1, "100,0%"},
		{-3.25, 1, "-3,3%"},
		{0.5, 0, "1%"},
		{1500, 0, "1.500%"},
	}
	for _, tt := range tests {
		if got := vn.Percent(tt.f, tt.dec); got != tt.want {
			t.Errorf("Percent(%v, %d) = %q, want %q", tt.f, tt.dec, got, tt.want)
		}
	}
}

func ExampleNumber() {
	fmt.Println(vn.Number(1250), vn.Number(-12345678), vn.Number(0))
	// Output: 1.250 -12.345.678 0
}

func ExampleDecimal() {
	fmt.Println(vn.Decimal(22.449, 2), vn.Decimal(1250.5, 1))
	// Output: 22,45 1.250,5
}

func ExamplePercent() {
	fmt.Println(vn.Percent(22.449, 2), vn.Percent(100, 0))
	// Output: 22,45% 100%
}
