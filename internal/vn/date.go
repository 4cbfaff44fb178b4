package vn

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar date whose parts may be left unknown.
//
// A zero field means "not decided yet": official documents are often
// drafted before they are signed, and the clerk writes the missing day or
// month by hand. Only the shapes produced by [ParseDate] (nothing, year,
// year+month, full date) are meaningful, but every function accepts any
// combination rather than losing information.
type Date struct{ Year, Month, Day int }

// IsZero reports whether no part of the date is set.
func (d Date) IsZero() bool { return d == Date{} }

// String returns the ISO 8601 form of the parts that are set: "2026",
// "2026-12" or "2024-06-04", and "" for the zero Date. An unset part
// that sits before a set one is written as zeros ("0000-12") so that no
// set part is hidden.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0 && d.Day == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
}

// ParseDate parses "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" (surrounding
// spaces are ignored; month and day may also be written with one digit).
// Dates that cannot exist, such as 2023-02-29 or month 13, are rejected.
// Error messages are in Vietnamese because they are shown to the person
// who typed the date.
func ParseDate(s string) (Date, error) {
	in := s
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, badDateShape(in)
	}
	var nums [3]int
	for i, p := range parts {
		maxLen, minLen := 2, 1
		if i == 0 {
			maxLen, minLen = 4, 4 // a year must be written in full
		}
		if len(p) < minLen || len(p) > maxLen || !allDigits(p) {
			return Date{}, badDateShape(in)
		}
		nums[i], _ = strconv.Atoi(p) // cannot fail: at most 4 ASCII digits
	}
	d := Date{Year: nums[0], Month: nums[1], Day: nums[2]}
	if d.Year < 1 {
		return Date{}, fmt.Errorf("ngày “%s” không tồn tại (không có năm 0)", in)
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("ngày “%s” không tồn tại (tháng phải từ 1 đến 12)", in)
	}
	if len(parts) == 3 {
		n := daysIn(d.Year, d.Month)
		if d.Day < 1 {
			return Date{}, fmt.Errorf("ngày “%s” không tồn tại (ngày phải từ 1 đến %d)", in, n)
		}
		if d.Day > n {
			return Date{}, fmt.Errorf("ngày “%s” không tồn tại (tháng %d năm %d chỉ có %d ngày)", in, d.Month, d.Year, n)
		}
	}
	return d, nil
}

func badDateShape(in string) error {
	return fmt.Errorf("ngày “%s” không đúng dạng — hãy viết NĂM-THÁNG-NGÀY, ví dụ 2024-06-04", in)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// daysIn returns the number of days in a month of the proleptic
// Gregorian calendar, which is what Vietnamese documents use.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}
