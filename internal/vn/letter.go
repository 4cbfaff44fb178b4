package vn

// pointLetters is the Vietnamese alphabet as used to label points in
// legal texts: Latin letters without f, j, w, z, with đ after d.
var pointLetters = [...]string{
	"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
	"n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
}

// LetterPoint returns the label of the n-th point (1-based) for
// "a)", "b)", … "đ)", "e)" … "y)": LetterPoint(1) is "a", LetterPoint(5)
// is "đ" and LetterPoint(23) is "y".
//
// Past the 23rd letter it continues the way spreadsheet columns do, with
// this alphabet: 24 is "aa", 25 is "ab", …, 46 is "ay", 47 is "ba", …,
// 552 is "yy" and 553 is "aaa" (bijective base 23). n <= 0 returns "".
func LetterPoint(n int) string {
	if n <= 0 {
		return ""
	}
	const base = len(pointLetters)
	var rev []string
	for n > 0 {
		n-- // bijective numeration: digits run 1..base, not 0..base-1
		rev = append(rev, pointLetters[n%base])
		n /= base
	}
	if len(rev) == 1 {
		return rev[0]
	}
	out := make([]byte, 0, 3*len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i]...)
	}
	return string(out)
}
