package vn

import (
	"math"
	"strconv"
	"strings"
)

// Vietnamese style separates thousands with '.' and decimals with ','.
const (
	thousandsSep = '.'
	decimalSep   = ','
)

// Number formats n with '.' between groups of three digits, the
// Vietnamese convention: 1250 → "1.250", -12345678 → "-12.345.678".
func Number(n int64) string {
	if n < 0 {
		// Negate in uint64 so math.MinInt64 does not overflow.
		return "-" + groupDigits(strconv.FormatUint(-uint64(n), 10))
	}
	return groupDigits(strconv.FormatInt(n, 10))
}

// Decimal formats f with exactly decimals digits after a ',' and '.'
// between thousands: Decimal(1250.5, 1) is "1.250,5". Rounding is half
// away from zero on the shortest decimal form of f, so 2.675 rounds to
// 2,68 as a person would expect, even though the nearest float64 is
// slightly below 2.675. A negative decimals is treated as 0. NaN and
// infinities are returned as Go prints them so they are not hidden.
func Decimal(f float64, decimals int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	if decimals < 0 {
		decimals = 0
	}
	neg := math.Signbit(f)
	digits := strconv.FormatFloat(math.Abs(f), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(digits, ".")
	intPart, frac = roundDigits(intPart, frac, decimals)

	var b strings.Builder
	b.Grow(len(intPart) + len(intPart)/3 + len(frac) + 2)
	if neg && strings.Trim(intPart+frac, "0") != "" {
		b.WriteByte('-') // no "-0,00": a value that rounds to zero has no sign
	}
	b.WriteString(groupDigits(intPart))
	if decimals > 0 {
		b.WriteByte(decimalSep)
		b.WriteString(frac)
	}
	return b.String()
}

// Percent formats a value that is already in percent units:
// Percent(22.449, 2) is "22,45%". Vietnamese writes the sign without a
// space.
func Percent(f float64, decimals int) string {
	return Decimal(f, decimals) + "%"
}

// roundDigits rounds the non-negative decimal number intPart.frac to n
// fractional digits, half away from zero, padding frac with zeros.
func roundDigits(intPart, frac string, n int) (string, string) {
	if len(frac) <= n {
		return intPart, frac + strings.Repeat("0", n-len(frac))
	}
	roundUp := frac[n] >= '5'
	all := []byte(intPart + frac[:n])
	if roundUp {
		i := len(all) - 1
		for ; i >= 0; i-- {
			if all[i] < '9' {
				all[i]++
				break
			}
			all[i] = '0'
		}
		if i < 0 {
			all = append([]byte{'1'}, all...)
		}
	}
	split := len(all) - n
	return string(all[:split]), string(all[split:])
}

// groupDigits inserts thousands separators into a string of ASCII digits.
func groupDigits(d string) string {
	if len(d) <= 3 {
		return d
	}
	out := make([]byte, 0, len(d)+(len(d)-1)/3)
	first := len(d) % 3
	if first == 0 {
		first = 3
	}
	out = append(out, d[:first]...)
	for i := first; i < len(d); i += 3 {
		out = append(out, thousandsSep)
		out = append(out, d[i:i+3]...)
	}
	return string(out)
}
