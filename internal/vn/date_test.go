package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want vn.Date
	}{
		{"", vn.Date{}},
		{"   ", vn.Date{}},
		{"2026", vn.Date{Year: 2026}},
		{"2026-12", vn.Date{Year: 2026, Month: 12}},
		{"2024-06-04", vn.Date{Year: 2024, Month: 6, Day: 4}},
		{" 2024-06-04\n", vn.Date{Year: 2024, Month: 6, Day: 4}},
		{"2024-6-4", vn.Date{Year: 2024, Month: 6, Day: 4}},
		{"2024-02-29", vn.Date{Year: 2024, Month: 2, Day: 29}},
		{"2000-02-29", vn.Date{Year: 2000, Month: 2, Day: 29}},
		{"2024-12-31", vn.Date{Year: 2024, Month: 12, Day: 31}},
		{"0001-01-01", vn.Date{Year: 1, Month: 1, Day: 1}},
	}
	for _, tt := range tests {
		got, err := vn.ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v, nil", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	const shape = " không đúng dạng — hãy viết NĂM-THÁNG-NGÀY, ví dụ 2024-06-04"
	tests := []struct{ in, want string }{
		{"2023-02-29", "ngày “2023-02-29” không tồn tại (tháng 2 năm 2023 chỉ có 28 ngày)"},
		{"1900-02-29", "ngày “1900-02-29” không tồn tại (tháng 2 năm 1900 chỉ có 28 ngày)"},
		{"2024-02-31", "ngày “2024-02-31” không tồn tại (tháng 2 năm 2024 chỉ có 29 ngày)"},
		{"2024-04-31", "ngày “2024-04-31” không tồn tại (tháng 4 năm 2024 chỉ có 30 ngày)"},
		{"2024-13", "ngày “2024-13” không tồn tại (tháng phải từ 1 đến 12)"},
		{"2024-00-10", "ngày “2024-00-10” không tồn tại (tháng phải từ 1 đến 12)"},
		{"2024-06-00", "ngày “2024-06-00” không tồn tại (ngày phải từ 1 đến 30)"},
		{"0000", "ngày “0000” không tồn tại (không có năm 0)"},
		{"04/06/2024", "ngày “04/06/2024”" + shape},
		{"24-06-04", "ngày “24-06-04”" + shape},
		{"2024-06-04-01", "ngày “2024-06-04-01”" + shape},
		{"2024-006", "ngày “2024-006”" + shape},
		{"2024-", "ngày “2024-”" + shape},
		{"2024-06-", "ngày “2024-06-”" + shape},
		{"-2024", "ngày “-2024”" + shape},
		{"2024-+6", "ngày “2024-+6”" + shape},
		{"２０２４", "ngày “２０２４”" + shape}, // full-width digits
		{"ngày 4", "ngày “ngày 4”" + shape},
	}
	for _, tt := range tests {
		got, err := vn.ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %+v, want error %q", tt.in, got, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("ParseDate(%q) error = %q, want %q", tt.in, err, tt.want)
		}
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		in   vn.Date
		want string
	}{
		{vn.Date{}, ""},
		{vn.Date{Year: 2026}, "2026"},
		{vn.Date{Year: 2026, Month: 12}, "2026-12"},
		{vn.Date{Year: 2024, Month: 6, Day: 4}, "2024-06-04"},
		{vn.Date{Year: 33}, "0033"},
		{vn.Date{Month: 12}, "0000-12"},
		{vn.Date{Day: 4}, "0000-00-04"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
	// String output that ParseDate accepts must parse back to the same Date.
	for _, s := range []string{"2026", "2026-12", "2024-06-04"} {
		d, err := vn.ParseDate(s)
		if err != nil || d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q, %v", s, d.String(), err)
		}
	}
}

func TestDateIsZero(t *testing.T) {
	tests := []struct {
		in   vn.Date
		want bool
	}{
		{vn.Date{}, true},
		{vn.Date{Year: 2026}, false},
		{vn.Date{Month: 1}, false},
		{vn.Date{Day: 1}, false},
	}
	for _, tt := range tests {
		if got := tt.in.IsZero(); got != tt.want {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func ExampleParseDate() {
	for _, s := range []string{"2024-06-04", "2026-12", "", "2023-02-29", "04/06/2024"} {
		d, err := vn.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %#v\n", s, d)
	}
	// Output:
	// "2024-06-04" → vn.Date{Year:2024, Month:6, Day:4}
	// "2026-12" → vn.Date{Year:2026, Month:12, Day:0}
	// "" → vn.Date{Year:0, Month:0, Day:0}
	// ngày “2023-02-29” không tồn tại (tháng 2 năm 2023 chỉ có 28 ngày)
	// ngày “04/06/2024” không đúng dạng — hãy viết NĂM-THÁNG-NGÀY, ví dụ 2024-06-04
}

func ExampleDate_String() {
	fmt.Println(vn.Date{Year: 2024, Month: 6, Day: 4})
	fmt.Println(vn.Date{Year: 2026, Month: 12})
	fmt.Println(vn.Date{Year: 2026})
	// Output:
	// 2024-06-04
	// 2026-12
	// 2026
}

func ExampleDate_IsZero() {
	fmt.Println(vn.Date{}.IsZero(), vn.Date{Year: 2026}.IsZero())
	// Output: true false
}
