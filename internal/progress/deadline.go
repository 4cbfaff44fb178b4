package progress

import (
	"strings"

	"vanban/internal/vn"
)

// DeadlineKind says how a task's thoi_han reads.
type DeadlineKind int

const (
	// NoDeadline: the task has no thoi_han.
	NoDeadline DeadlineKind = iota
	// Dated: the deadline is a day (Deadline.Date).
	Dated
	// Recurring: "thường xuyên", "hằng tháng", "theo hướng dẫn của Trung ương" …: no single
	// day; the task goes on (each period, when Every is set) and is never overdue.
	Recurring
	// Yearly: "trước ngày 30/6 hằng năm": a day of every year (Deadline.Date has its month
	// and day; YearsAfter 1 for "năm liền kề"); the one of the year in question counts.
	Yearly
	// Unreadable: text that names no day ("khi có yêu cầu"); never counted as overdue.
	Unreadable
)

// Deadline is a task's thoi_han as the plan words it and the day it ends on.
type Deadline struct {
	Text string
	Kind DeadlineKind
	// Date is the last day allowed, when Kind is Dated: the day itself for a date, the last
	// day of the month, quarter, half-year or year otherwise. For Yearly, only its month
	// and day are set.
	Date vn.Date
	// Every is the period a Recurring task comes back in ("hằng tháng": Month), 0 when it
	// is continuous or set by another document.
	Every Kind
	// YearsAfter is, for Yearly, how many years after the year in question the day falls
	// ("trước ngày 31/01 năm liền kề": 1).
	YearsAfter int
}

// ParseDeadline reads a thoi_han as offices write it (case, diacritics and the separators
// "/", "-", "." do not matter). The first phrase that names a day, a period, a day of every
// year or a recurrence decides, so that "Ban hành kế hoạch trong tháng 01/2026 và tổ chức
// thực hiện" is 31/01/2026; of a range "từ tháng 3 đến tháng 6/2026" the end counts:
//
//	2024-09-30, 2024-09, 2024          ISO, as docs/du-lieu.md asks
//	30/9/2024, ngày 30 tháng 9 năm 2024, chậm nhất là ngày 15/01/2026
//	tháng 9/2024, tháng 9 năm 2024     → 30/9/2024
//	Quý II/2026, quý 2 năm 2026        → 30/6/2026
//	6 tháng đầu năm 2026               → 30/6/2026 (cuối năm → 31/12)
//	năm 2026, trong năm 2026           → 31/12/2026
//	trước ngày 30/6 hằng năm           → Yearly (31/01 năm liền kề: the year after)
//	thường xuyên, liên tục, định kỳ, hằng tháng, hằng quý, hằng năm, trước ngày 05 của
//	tháng liền kề                      → Recurring
//	Theo …, Sau … kể từ …              → Recurring: another document sets the days
//
// Dates after "số" (a document's number and date) are not deadlines. Anything else is
// Unreadable.
func ParseDeadline(s string) Deadline {
	d := Deadline{Text: s}
	if strings.TrimSpace(s) == "" {
		return d
	}
	if iso, err := vn.ParseDate(s); err == nil {
		d.Kind, d.Date = Dated, iso
		if iso.Day == 0 {
			d.Date = Period{Kind: Month, Year: iso.Year, N: max(iso.Month, 1)}.Last()
			if iso.Month == 0 {
				d.Date = Period{Kind: Year, Year: iso.Year}.Last()
			}
		}
		return d
	}
	t := tokens(s)
	if len(t) > 0 && (t[0] == "theo" || t[0] == "sau") {
		d.Kind = Recurring // "Theo Kế hoạch …", "Sau 03 tháng kể từ khi có văn bản …"
		return d
	}
	// Of a range "từ … đến …", the end.
	if from := index(t, "tu"); from >= 0 {
		if to := index(t[from:], "den"); to > 0 {
			if r := scanDeadline(t[from+to+1:]); r.Kind != Unreadable {
				r.Text = s
				return r
			}
		}
	}
	r := scanDeadline(t)
	r.Text = s
	return r
}

// scanDeadline finds the first deadline phrase in tokens t; Unreadable when there is none.
func scanDeadline(t []string) Deadline {
	for i := 0; i < len(t); i++ {
		w := t[i]
		if w == "so" || w == "theo" {
			break // a document's number and date ("Quyết định số 1441/QĐ-UBND ngày 25/9/2025")
		}
		if i+1 < len(t) {
			if every, ok := recurring[w+" "+t[i+1]]; ok {
				// "định kỳ hằng tháng": the period named just after counts.
				for j := i + 2; every == 0 && j+1 < min(len(t), i+4); j++ {
					every = recurring[t[j]+" "+t[j+1]]
				}
				return Deadline{Kind: Recurring, Every: every}
			}
		}
		if w == "ngay" {
			continue
		}
		if d, ok := dayAt(t, i); ok {
			return d
		}
		if p, ok := periodAt(t, i); ok {
			return Deadline{Kind: Dated, Date: p.Last()}
		}
	}
	return Deadline{Kind: Unreadable}
}

// recurring are the two-word phrases of deadlines that come back, with the period they come
// back in (0: continuous).
var recurring = map[string]Kind{
	"thuong xuyen": 0, "lien tuc": 0, "dinh ky": 0, "hang ngay": 0, "hang tuan": 0,
	"hang thang": Month, "hang quy": Quarter, "hang nam": Year,
	"thang lien": Month, "thang sau": Month, "quy lien": Quarter, "quy sau": Quarter,
}

// dayAt reads a day at t[i]: "30 9 2024", "30 thang 9 nam 2024" (tokens of 30/9/2024, of
// "30 tháng 9 năm 2024"), or a day of every year: "30 6 hang nam", "31 01 nam lien ke".
func dayAt(t []string, i int) (Deadline, bool) {
	if !small(t, i) || (i > 0 && digits(t[i-1])) {
		return Deadline{}, false
	}
	j := i + 1
	if word(t, j, "thang") {
		j++
	}
	if !small(t, j) {
		return Deadline{}, false
	}
	day, month := atoi(t[i]), atoi(t[j])
	j++
	if month < 1 || month > 12 || day < 1 || day > vn.LastDayOfMonth(2024, month).Day {
		return Deadline{}, false
	}
	switch {
	case word(t, j, "hang") && word(t, j+1, "nam"):
		return Deadline{Kind: Yearly, Date: vn.Date{Month: month, Day: day}}, true
	case word(t, j, "nam") && word(t, j+1, "lien"), word(t, j, "nam") && word(t, j+1, "sau"):
		return Deadline{Kind: Yearly, Date: vn.Date{Month: month, Day: day}, YearsAfter: 1}, true
	case word(t, j, "nam"):
		j++
	}
	if j >= len(t) || !isYear(t[j]) {
		return Deadline{}, false
	}
	d := vn.Date{Year: atoi(t[j]), Month: month, Day: day}
	if d.Day > vn.LastDayOfMonth(d.Year, d.Month).Day {
		return Deadline{}, false
	}
	return Deadline{Kind: Dated, Date: d}, true
}

// periodAt reads a period at t[i]: "thang 6 2026", "thang 6 nam 2026", "quy ii 2026", "6
// thang dau nam 2026", "nam 2026", and "6 2026" when no number comes before it.
func periodAt(t []string, i int) (Period, bool) {
	for _, n := range []int{5, 4, 3, 2} {
		if i+n > len(t) || (n == 2 && t[i] != "nam" && i > 0 && digits(t[i-1])) {
			continue
		}
		if p, ok := periodTokens(t[i : i+n]); ok && (n > 2 || t[i] == "nam" || digits(t[i])) {
			return p, true
		}
	}
	return Period{}, false
}

// small reports whether t[i] is a number of one or two digits.
func small(t []string, i int) bool { return i < len(t) && len(t[i]) <= 2 && digits(t[i]) }

func word(t []string, i int, w string) bool { return i < len(t) && t[i] == w }

func index(t []string, w string) int {
	for i, x := range t {
		if x == w {
			return i
		}
	}
	return -1
}

// On is the day the deadline falls on for a task looked at on day: the date of a Dated
// deadline, this year's (or the next year's) day of a Yearly one; false when there is no
// such day.
func (d Deadline) On(day vn.Date) (vn.Date, bool) {
	switch d.Kind {
	case Dated:
		return d.Date, true
	case Yearly:
		y := day.Year + d.YearsAfter
		return vn.Date{Year: y, Month: d.Date.Month, Day: min(d.Date.Day, vn.LastDayOfMonth(y, d.Date.Month).Day)}, true
	}
	return vn.Date{}, false
}

// OverdueAt reports whether the deadline has passed at the end of day: the day it falls on
// (On) is not after day. A task due on the last day of a period and not done at its end is
// overdue in that period's summary.
func (d Deadline) OverdueAt(day vn.Date) bool {
	due, ok := d.On(day)
	return ok && !day.Before(due)
}
