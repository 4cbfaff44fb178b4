package vn

import (
	"strconv"
	"strings"
)

// dateBlank stands in for an unknown part of a date; the clerk fills it in
// by hand on the printed copy, so it must be wide enough to write in.
const dateBlank = "      " // six spaces

// DateText returns the "ngày … tháng … năm …" part of a document's date
// line, following the official rule: the day always has two digits (04),
// months 1 and 2 get a leading zero (01, 02) and months 3 to 12 do not.
// The zero-padding of January and February exists so that nobody can add
// a digit in front of them afterwards ("1" → "11", "2" → "12").
//
// A zero field becomes a six-space blank, so Date{Year: 2025, Month: 12}
// gives "ngày      tháng 12 năm 2025".
func DateText(d Date) string {
	var b strings.Builder
	b.Grow(40)
	b.WriteString("ngày")
	if d.Day == 0 {
		b.WriteString(dateBlank)
	} else {
		b.WriteByte(' ')
		b.WriteString(pad2(d.Day))
		b.WriteByte(' ')
	}
	b.WriteString("tháng")
	if d.Month == 0 {
		b.WriteString(dateBlank)
	} else {
		b.WriteByte(' ')
		b.WriteString(month(d.Month))
		b.WriteByte(' ')
	}
	b.WriteString("năm")
	if d.Year == 0 {
		b.WriteString(dateBlank)
	} else {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(d.Year))
	}
	return b.String()
}

// DateLine returns the place-and-date line printed under the document
// number, e.g. "Thanh Hóa, ngày 04 tháng 6 năm 2024". With an empty place
// it returns [DateText] alone.
func DateLine(place string, d Date) string {
	place = strings.TrimSpace(NFC(place))
	if place == "" {
		return DateText(d)
	}
	return place + ", " + DateText(d)
}

// DateNumeric returns a date as Party documents cite one ("Quyết định số 01-QĐ/TU, ngày
// 04/6/2024"), with the zeros of [DateText]: the day on two digits, months 1 and 2 too. An
// unknown part is a six-space blank: Date{Year: 2026} gives "      /      /2026".
func DateNumeric(d Date) string {
	parts := []string{dateBlank, dateBlank, dateBlank}
	if d.Day != 0 {
		parts[0] = pad2(d.Day)
	}
	if d.Month != 0 {
		parts[1] = month(d.Month)
	}
	if d.Year != 0 {
		parts[2] = strconv.Itoa(d.Year)
	}
	return strings.Join(parts, "/")
}

// month writes a month as dates print it: 01 and 02 with their zero, 3 to 12 without.
func month(m int) string {
	if m == 1 || m == 2 {
		return pad2(m)
	}
	return strconv.Itoa(m)
}

// pad2 writes n with at least two digits; negative values (never produced
// by ParseDate) are printed as they are rather than mangled.
func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
