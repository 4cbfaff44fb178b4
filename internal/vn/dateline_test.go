package vn_test

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/vn"
)

func TestDateText(t *testing.T) {
	blank := strings.Repeat(" ", 6)
	tests := []struct {
		in   vn.Date
		want string
	}{
		{vn.Date{Year: 2024, Month: 6, Day: 4}, "ngày 04 tháng 6 năm 2024"},
		{vn.Date{Year: 2020, Month: 1, Day: 5}, "ngày 05 tháng 01 năm 2020"},
		{vn.Date{Year: 2018, Month: 2, Day: 20}, "ngày 20 tháng 02 năm 2018"},
		{vn.Date{Year: 2019, Month: 6, Day: 29}, "ngày 29 tháng 6 năm 2019"},
		{vn.Date{Year: 2019, Month: 3, Day: 10}, "ngày 10 tháng 3 năm 2019"},
		{vn.Date{Year: 2019, Month: 10, Day: 1}, "ngày 01 tháng 10 năm 2019"},
		{vn.Date{Year: 2019, Month: 12, Day: 31}, "ngày 31 tháng 12 năm 2019"},
		{vn.Date{Year: 2025, Month: 12}, "ngày" + blank + "tháng 12 năm 2025"},
		{vn.Date{Year: 2026}, "ngày" + blank + "tháng" + blank + "năm 2026"},
		{vn.Date{}, "ngày" + blank + "tháng" + blank + "năm" + blank},
		{vn.Date{Month: 2}, "ngày" + blank + "tháng 02 năm" + blank},
	}
	for _, tt := range tests {
		if got := vn.DateText(tt.in); got != tt.want {
			t.Errorf("DateText(%+v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		place string
		d     vn.Date
		want  string
	}{
		{"Thanh Hóa", vn.Date{Year: 2024, Month: 6, Day: 4}, "Thanh Hóa, ngày 04 tháng 6 năm 2024"},
		{"Hà Nội", vn.Date{Year: 2020, Month: 1, Day: 5}, "Hà Nội, ngày 05 tháng 01 năm 2020"},
		{"Lâm Đồng", vn.Date{Year: 2025, Month: 12}, "Lâm Đồng, ngày      tháng 12 năm 2025"},
		{"Huế", vn.Date{Year: 2026}, "Huế, ngày      tháng      năm 2026"},
		{"Cần Thơ", vn.Date{}, "Cần Thơ, ngày      tháng      năm      "},
		{"", vn.Date{Year: 2024, Month: 6, Day: 4}, "ngày 04 tháng 6 năm 2024"},
		{"  ", vn.Date{Year: 2024, Month: 6, Day: 4}, "ngày 04 tháng 6 năm 2024"},
		{" Hà Nội ", vn.Date{Year: 2020, Month: 1, Day: 5}, "Hà Nội, ngày 05 tháng 01 năm 2020"},
		{"Ha\u0300 Nô\u0323i", vn.Date{Year: 2020, Month: 1, Day: 5}, "Hà Nội, ngày 05 tháng 01 năm 2020"},
	}
	for _, tt := range tests {
		if got := vn.DateLine(tt.place, tt.d); got != tt.want {
			t.Errorf("DateLine(%q, %+v) = %q, want %q", tt.place, tt.d, got, tt.want)
		}
	}
}

func TestDateNumeric(t *testing.T) {
	blank := strings.Repeat(" ", 6)
	for _, tt := range []struct {
		in   vn.Date
		want string
	}{
		{vn.Date{Year: 2024, Month: 6, Day: 4}, "04/6/2024"},
		{vn.Date{Year: 2021, Month: 2, Day: 18}, "18/02/2021"},
		{vn.Date{Year: 2020, Month: 10, Day: 23}, "23/10/2020"},
		{vn.Date{Year: 2026, Month: 1}, blank + "/01/2026"},
		{vn.Date{Year: 2026}, blank + "/" + blank + "/2026"},
		{vn.Date{}, blank + "/" + blank + "/" + blank},
	} {
		if got := vn.DateNumeric(tt.in); got != tt.want {
			t.Errorf("DateNumeric(%+v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleDateLine() {
	fmt.Println(vn.DateLine("Thanh Hóa", vn.Date{Year: 2024, Month: 6, Day: 4}))
	fmt.Println(vn.DateLine("Hà Nội", vn.Date{Year: 2020, Month: 1, Day: 5}))
	fmt.Printf("%q\n", vn.DateLine("Lâm Đồng", vn.Date{Year: 2025, Month: 12}))
	// Output:
	// Thanh Hóa, ngày 04 tháng 6 năm 2024
	// Hà Nội, ngày 05 tháng 01 năm 2020
	// "Lâm Đồng, ngày      tháng 12 năm 2025"
}

func ExampleDateText() {
	fmt.Println(vn.DateText(vn.Date{Year: 2018, Month: 2, Day: 20}))
	fmt.Printf("%q\n", vn.DateText(vn.Date{Year: 2026}))
	// Output:
	// ngày 20 tháng 02 năm 2018
	// "ngày      tháng      năm 2026"
}
