package vn

import (
	"strconv"
	"strings"
)

var romanValues = [...]struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// Roman returns n in upper-case Roman numerals, as used to number parts
// and chapters ("Phần I", "Chương IV"). Roman numerals only cover 1 to
// 3999; outside that range the decimal digits are returned instead, so a
// wrong number shows up in the document rather than disappearing.
func Roman(n int) string {
	if n <= 0 || n > 3999 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, r := range romanValues {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}
