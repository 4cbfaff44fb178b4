package progress

import (
	"fmt"
	"strconv"
	"strings"

	"vanban/internal/vn"
)

// Kind is the length of a reporting period.
type Kind int

// The kinds of period, shortest first.
const (
	Month Kind = iota + 1
	Quarter
	Half
	Year
)

// Period is one reporting period. N is the month (1–12), the quarter (1–4) or the half
// (1: the first six months, 2: the last six); it is 0 for a year. The zero Period means
// "none".
type Period struct {
	Kind Kind
	Year int
	N    int
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// String is the folder name of the period, also what a progress file writes in "ky":
// "2024-09", "2024-quy-4", "2024-6-thang-dau", "2024-6-thang-cuoi", "2024".
func (p Period) String() string {
	switch p.Kind {
	case Month:
		return fmt.Sprintf("%04d-%02d", p.Year, p.N)
	case Quarter:
		return fmt.Sprintf("%04d-quy-%d", p.Year, p.N)
	case Half:
		if p.N == 1 {
			return fmt.Sprintf("%04d-6-thang-dau", p.Year)
		}
		return fmt.Sprintf("%04d-6-thang-cuoi", p.Year)
	case Year:
		return fmt.Sprintf("%04d", p.Year)
	}
	return ""
}

// Title names the period as a document does: "tháng 9 năm 2024", "quý IV năm 2024",
// "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "năm 2024".
func (p Period) Title() string {
	switch p.Kind {
	case Month:
		return fmt.Sprintf("tháng %d năm %d", p.N, p.Year)
	case Quarter:
		return fmt.Sprintf("quý %s năm %d", vn.Roman(p.N), p.Year)
	case Half:
		if p.N == 1 {
			return fmt.Sprintf("6 tháng đầu năm %d", p.Year)
		}
		return fmt.Sprintf("6 tháng cuối năm %d", p.Year)
	case Year:
		return fmt.Sprintf("năm %d", p.Year)
	}
	return ""
}

// months returns the first and last month of the period.
func (p Period) months() (first, last int) {
	switch p.Kind {
	case Month:
		return p.N, p.N
	case Quarter:
		return 3*p.N - 2, 3 * p.N
	case Half:
		return 6*p.N - 5, 6 * p.N
	}
	return 1, 12
}

// First is the first day of the period.
func (p Period) First() vn.Date {
	m, _ := p.months()
	return vn.Date{Year: p.Year, Month: m, Day: 1}
}

// Last is the last day of the period.
func (p Period) Last() vn.Date {
	_, m := p.months()
	return vn.LastDayOfMonth(p.Year, m)
}

// Prev is the period of the same kind just before p.
func (p Period) Prev() Period {
	q := p
	switch p.Kind {
	case Month, Quarter, Half:
		per := map[Kind]int{Month: 12, Quarter: 4, Half: 2}[p.Kind]
		q.N--
		if q.N == 0 {
			q.N, q.Year = per, p.Year-1
		}
	case Year:
		q.Year--
	}
	return q
}

// Within reports whether p lies inside q (a month inside its quarter, a quarter inside its
// year, a period inside itself).
func (p Period) Within(q Period) bool {
	return !p.First().Before(q.First()) && !q.Last().Before(p.Last())
}

// ParsePeriod reads a period as its folder is named (see [Period.String]). Any other
// spelling is an error in Vietnamese; when the text can be understood ("2024-Q4",
// "tháng 9/2024", "Quý IV/2024") the error names the right spelling.
func ParsePeriod(s string) (Period, error) {
	if p, ok := parseCanonical(s); ok {
		return p, nil
	}
	if p, ok := parseLoose(s); ok {
		return Period{}, fmt.Errorf("kỳ “%s” không đúng cách viết: có phải ý bạn là “%s” (%s)?", s, p, p.Title())
	}
	return Period{}, fmt.Errorf("kỳ “%s” không đúng dạng — viết %s", s, periodForms)
}

// periodForms lists the spellings of a period, for messages.
const periodForms = "2024-09 (tháng), 2024-quy-3 (quý), 2024-6-thang-dau hoặc 2024-6-thang-cuoi (6 tháng), 2024 (năm)"

// parseCanonical reads exactly the spellings String writes.
func parseCanonical(s string) (Period, bool) {
	y, rest, _ := strings.Cut(s, "-")
	if len(y) != 4 || !digits(y) {
		return Period{}, false
	}
	year, _ := strconv.Atoi(y)
	if year < 1 {
		return Period{}, false
	}
	var p Period
	switch {
	case rest == "" && !strings.Contains(s, "-"):
		p = Period{Kind: Year, Year: year}
	case len(rest) == 2 && digits(rest):
		n, _ := strconv.Atoi(rest)
		p = Period{Kind: Month, Year: year, N: n}
	case len(rest) == 5 && strings.HasPrefix(rest, "quy-"):
		p = Period{Kind: Quarter, Year: year, N: int(rest[4] - '0')}
	case rest == "6-thang-dau":
		p = Period{Kind: Half, Year: year, N: 1}
	case rest == "6-thang-cuoi":
		p = Period{Kind: Half, Year: year, N: 2}
	default:
		return Period{}, false
	}
	return p, p.valid()
}

func (p Period) valid() bool {
	switch p.Kind {
	case Month:
		return p.N >= 1 && p.N <= 12
	case Quarter:
		return p.N >= 1 && p.N <= 4
	case Half:
		return p.N == 1 || p.N == 2
	case Year:
		return p.N == 0
	}
	return false
}

// parseLoose understands the ways people write a period in Vietnamese: "9/2024", "tháng 9/2024",
// "tháng 9 năm 2024", "2024-9", "Quý IV/2024", "quý 4 năm 2024", "2024-Q4", "Q4/2024",
// "6 tháng đầu năm 2024", "2024-H1", "năm 2024", and the canonical forms.
func parseLoose(s string) (Period, bool) {
	return periodTokens(tokens(s))
}

// tokens lower-cases s without diacritics and splits it at spaces and / - , . characters.
func tokens(s string) []string {
	s = strings.ToLower(vn.StripDiacritics(vn.NFC(s)))
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '/' || r == '-' || r == ',' || r == '.' || r == '\t' || r == ':'
	})
}

// periodTokens matches the token forms of parseLoose.
func periodTokens(t []string) (Period, bool) {
	t = dropWord(t, "nam") // "tháng 9 năm 2024" → tháng 9 2024; "năm 2024" → 2024
	var p Period
	switch {
	case len(t) == 1 && isYear(t[0]):
		p = Period{Kind: Year, Year: atoi(t[0])}
	case len(t) == 2 && isYear(t[0]) && digits(t[1]):
		p = Period{Kind: Month, Year: atoi(t[0]), N: atoi(t[1])}
	case len(t) == 2 && digits(t[0]) && len(t[0]) <= 2 && isYear(t[1]): // 9/2024
		p = Period{Kind: Month, Year: atoi(t[1]), N: atoi(t[0])}
	case len(t) == 3 && t[0] == "thang" && digits(t[1]) && isYear(t[2]):
		p = Period{Kind: Month, Year: atoi(t[2]), N: atoi(t[1])}
	case len(t) == 3 && t[0] == "quy" && isYear(t[2]):
		p = Period{Kind: Quarter, Year: atoi(t[2]), N: romanOrNumber(t[1])}
	case len(t) == 3 && isYear(t[0]) && t[1] == "quy":
		p = Period{Kind: Quarter, Year: atoi(t[0]), N: romanOrNumber(t[2])}
	case len(t) == 2 && isYear(t[0]) && len(t[1]) == 2 && t[1][0] == 'q':
		p = Period{Kind: Quarter, Year: atoi(t[0]), N: romanOrNumber(t[1][1:])}
	case len(t) == 2 && isYear(t[1]) && len(t[0]) == 2 && t[0][0] == 'q':
		p = Period{Kind: Quarter, Year: atoi(t[1]), N: romanOrNumber(t[0][1:])}
	case len(t) == 2 && isYear(t[0]) && (t[1] == "h1" || t[1] == "h2"):
		p = Period{Kind: Half, Year: atoi(t[0]), N: int(t[1][1] - '0')}
	case len(t) == 4 && t[0] == "6" && t[1] == "thang" && isYear(t[3]):
		p = Period{Kind: Half, Year: atoi(t[3]), N: halfWord(t[2])}
	case len(t) == 4 && isYear(t[0]) && t[1] == "6" && t[2] == "thang":
		p = Period{Kind: Half, Year: atoi(t[0]), N: halfWord(t[3])}
	default:
		return Period{}, false
	}
	return p, p.valid() && p.Year > 0
}

func dropWord(t []string, w string) []string {
	out := t[:0:0]
	for _, x := range t {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

func halfWord(w string) int {
	switch w {
	case "dau":
		return 1
	case "cuoi":
		return 2
	}
	return 0
}

func romanOrNumber(s string) int {
	switch s {
	case "i", "1":
		return 1
	case "ii", "2":
		return 2
	case "iii", "3":
		return 3
	case "iv", "4":
		return 4
	}
	return 0
}

func isYear(s string) bool { return len(s) == 4 && digits(s) }

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi converts a string of at most a few digits; callers check digits first.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// dateText is d as Vietnamese documents write it in a sentence: 30/9/2024.
func dateText(d vn.Date) string { return fmt.Sprintf("%d/%d/%d", d.Day, d.Month, d.Year) }
