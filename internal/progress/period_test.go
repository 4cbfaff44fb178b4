package progress

import (
	"strings"
	"testing"

	"vanban/internal/vn"
)

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct {
		in          string
		want        Period
		first, last string
		title       string
	}{
		{"2024-09", Period{Month, 2024, 9}, "2024-09-01", "2024-09-30", "tháng 9 năm 2024"},
		{"2024-02", Period{Month, 2024, 2}, "2024-02-01", "2024-02-29", "tháng 2 năm 2024"}, // leap year
		{"2025-02", Period{Month, 2025, 2}, "2025-02-01", "2025-02-28", "tháng 2 năm 2025"},
		{"2024-quy-3", Period{Quarter, 2024, 3}, "2024-07-01", "2024-09-30", "quý III năm 2024"},
		{"2024-quy-4", Period{Quarter, 2024, 4}, "2024-10-01", "2024-12-31", "quý IV năm 2024"},
		{"2024-6-thang-dau", Period{Half, 2024, 1}, "2024-01-01", "2024-06-30", "6 tháng đầu năm 2024"},
		{"2024-6-thang-cuoi", Period{Half, 2024, 2}, "2024-07-01", "2024-12-31", "6 tháng cuối năm 2024"},
		{"2024", Period{Year, 2024, 0}, "2024-01-01", "2024-12-31", "năm 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			p, err := ParsePeriod(tc.in)
			if err != nil || p != tc.want {
				t.Fatalf("ParsePeriod(%q) = %v, %v; want %v", tc.in, p, err, tc.want)
			}
			if s := p.String(); s != tc.in {
				t.Errorf("String() = %q, want %q", s, tc.in)
			}
			if f, l := p.First().String(), p.Last().String(); f != tc.first || l != tc.last {
				t.Errorf("First, Last = %s, %s; want %s, %s", f, l, tc.first, tc.last)
			}
			if got := p.Title(); got != tc.title {
				t.Errorf("Title() = %q, want %q", got, tc.title)
			}
		})
	}
}

// Any other spelling is refused; when it reads as a period, the message names the right one.
func TestParsePeriodErrors(t *testing.T) {
	for _, tc := range []struct{ in, says string }{
		{"2024-9", "có phải ý bạn là “2024-09” (tháng 9 năm 2024)?"},
		{"2024-Q4", "“2024-quy-4” (quý IV năm 2024)"},
		{"Q4/2024", "“2024-quy-4”"},
		{"2024-quý-4", "“2024-quy-4”"},
		{"Quý IV/2024", "“2024-quy-4”"},
		{"quý 3 năm 2024", "“2024-quy-3”"},
		{"tháng 10/2024", "“2024-10” (tháng 10 năm 2024)"},
		{"Tháng 10 năm 2024", "“2024-10”"},
		{"6 tháng đầu năm 2024", "“2024-6-thang-dau”"},
		{"2024-H2", "“2024-6-thang-cuoi”"},
		{"năm 2024", "“2024”"},
		{"2024-13", "không đúng dạng — viết 2024-09 (tháng)"},
		{"2024-quy-5", "không đúng dạng"},
		{"24-09", "không đúng dạng"},
		{"", "không đúng dạng"},
		{"2024-6T", "không đúng dạng"}, // which half? not guessed
	} {
		_, err := ParsePeriod(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("ParsePeriod(%q) error = %v, want it to say %q", tc.in, err, tc.says)
		}
	}
}

func TestPeriodPrevWithin(t *testing.T) {
	for _, tc := range []struct{ p, prev string }{
		{"2024-10", "2024-09"},
		{"2024-01", "2023-12"},
		{"2024-quy-1", "2023-quy-4"},
		{"2024-quy-3", "2024-quy-2"},
		{"2024-6-thang-dau", "2023-6-thang-cuoi"},
		{"2024-6-thang-cuoi", "2024-6-thang-dau"},
		{"2024", "2023"},
	} {
		p, _ := ParsePeriod(tc.p)
		if got := p.Prev().String(); got != tc.prev {
			t.Errorf("%s.Prev() = %s, want %s", tc.p, got, tc.prev)
		}
	}
	for _, tc := range []struct {
		p, q string
		in   bool
	}{
		{"2024-10", "2024-quy-4", true},
		{"2024-09", "2024-quy-4", false},
		{"2024-quy-4", "2024-6-thang-cuoi", true},
		{"2024-quy-4", "2024", true},
		{"2024-10", "2024-10", true},
		{"2024-quy-4", "2024-10", false},
		{"2024", "2024-6-thang-dau", false},
	} {
		p, _ := ParsePeriod(tc.p)
		q, _ := ParsePeriod(tc.q)
		if got := p.Within(q); got != tc.in {
			t.Errorf("%s.Within(%s) = %v, want %v", tc.p, tc.q, got, tc.in)
		}
	}
}

func TestDays(t *testing.T) {
	d := vn.Date{Year: 2024, Month: 9, Day: 30}
	if got := d.AddDays(5).String(); got != "2024-10-05" {
		t.Errorf("addDays = %s", got)
	}
	if got := vn.DaysBetween(d, vn.Date{Year: 2024, Month: 11, Day: 30}); got != 61 {
		t.Errorf("vn.DaysBetween(30/9, 30/11) = %d, want 61", got)
	}
	if got := dateText(vn.Date{Year: 2024, Month: 11, Day: 5}); got != "5/11/2024" {
		t.Errorf("dateText = %s", got)
	}
}
