package vn

import "strings"

var digitWords = [...]string{
	"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
}

// NumberWords writes n out in Vietnamese words, as required when a sum of
// money is repeated in words ("Bằng chữ: …"): 105 → "một trăm linh năm",
// 21 → "hai mươi mốt", 1500000 → "một triệu năm trăm nghìn".
//
// The reading rules are the usual ones: "mốt" and "tư" for a unit of 1 or
// 4 after "… mươi", "lăm" for a unit of 5 after any tens, "linh" for a
// zero tens digit inside a group that has hundreds, "không trăm" for a
// zero hundreds digit in a group that follows a higher one, and groups of
// three zeros are skipped. From 1000 tỷ up the amount is read as a number
// of tỷ, as the press and budget reports do: 1 500 000 tỷ is "một triệu
// năm trăm nghìn tỷ" and 10^18 is "một tỷ tỷ". Negative numbers start
// with "âm".
func NumberWords(n int64) string {
	if n == 0 {
		return digitWords[0]
	}
	var w []string
	if n < 0 {
		w = append(w, "âm")
		w = appendNumberWords(w, -uint64(n), false) // uint64 copes with MinInt64
	} else {
		w = appendNumberWords(w, uint64(n), false)
	}
	return strings.Join(w, " ")
}

// appendNumberWords appends the words for n > 0. full tells that a higher,
// non-zero part has already been read, so this part must be read in full
// ("không trăm linh một" rather than "một").
func appendNumberWords(w []string, n uint64, full bool) []string {
	const billion = 1_000_000_000
	if n >= billion {
		// Vietnamese has no word above "tỷ"; larger amounts say how many tỷ.
		w = appendNumberWords(w, n/billion, full)
		w = append(w, "tỷ")
		n %= billion
		full = true
	}
	groups := [3]uint64{n / 1_000_000, n / 1000 % 1000, n % 1000}
	scales := [3]string{"triệu", "nghìn", ""}
	for i, g := range groups {
		if g == 0 {
			continue
		}
		w = appendGroupWords(w, int(g), full)
		if scales[i] != "" {
			w = append(w, scales[i])
		}
		full = true
	}
	return w
}

// appendGroupWords appends the words for a group 1..999.
func appendGroupWords(w []string, g int, full bool) []string {
	h, t, u := g/100, g/10%10, g%10
	if h > 0 || full {
		w = append(w, digitWords[h], "trăm")
	}
	switch {
	case t == 0:
		if u == 0 {
			return w
		}
		if h > 0 || full {
			w = append(w, "linh")
		}
		return append(w, digitWords[u])
	case t == 1:
		w = append(w, "mười")
	default:
		w = append(w, digitWords[t], "mươi")
	}
	switch {
	case u == 0:
	case u == 5:
		w = append(w, "lăm")
	case u == 1 && t >= 2:
		w = append(w, "mốt")
	case u == 4 && t >= 2:
		w = append(w, "tư")
	default:
		w = append(w, digitWords[u])
	}
	return w
}
