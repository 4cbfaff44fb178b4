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
	// Recurring: "thường xuyên", "hằng năm" …: the task goes on and is never overdue.
	Recurring
	// Unreadable: text that names no day ("khi có yêu cầu"); never counted as overdue.
	Unreadable
)

// Deadline is a task's thoi_han as the plan words it and the day it ends on.
type Deadline struct {
	Text string
	Kind DeadlineKind
	// Date is the last day allowed, when Kind is Dated: the day itself for a date, the last
	// day of the month, quarter, half-year or year otherwise.
	Date vn.Date
}

// ParseDeadline reads a thoi_han. Accepted forms (case, diacritics and the separators
// "/", "-", "." do not matter):
//
//	2024-09-30, 2024-09, 2024          ISO, as docs/du-lieu.md asks
//	30/9/2024, ngày 30 tháng 9 năm 2024
//	tháng 9/2024, tháng 9 năm 2024     → 30/9/2024
//	Quý II/2026, quý 2 năm 2026        → 30/6/2026
//	6 tháng đầu năm 2026               → 30/6/2026 (cuối năm → 31/12)
//	năm 2026                           → 31/12/2026
//	thường xuyên, hằng năm, hằng quý, hằng tháng, định kỳ, liên tục → Recurring
//
// with words such as "trước", "trong", "chậm nhất", "đến hết", "hoàn thành" in front.
// Anything else is Unreadable.
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
	for len(t) > 0 && noise[t[0]] {
		t = t[1:]
	}
	if len(t) >= 2 && recurring[t[0]+" "+t[1]] {
		d.Kind = Recurring
		return d
	}
	if day, ok := dayTokens(t); ok {
		d.Kind, d.Date = Dated, day
		return d
	}
	if p, ok := periodTokens(t); ok {
		d.Kind, d.Date = Dated, p.Last()
		return d
	}
	d.Kind = Unreadable
	return d
}

// noise are the words that may come before a deadline ("trước ngày 30/9/2024",
// "hoàn thành trong quý II/2026", "chậm nhất đến hết năm 2026").
var noise = map[string]bool{
	"truoc": true, "trong": true, "cham": true, "nhat": true, "den": true, "het": true,
	"hoan": true, "thanh": true, "xong": true, "han": true, "thoi": true, "muon": true,
}

// recurring are the two-word openings of deadlines that never pass.
var recurring = map[string]bool{
	"thuong xuyen": true, "hang nam": true, "hang quy": true, "hang thang": true,
	"dinh ky": true, "lien tuc": true,
}

// dayTokens reads "30 9 2024" and "ngay 30 thang 9 nam 2024" (tokens of 30/9/2024).
func dayTokens(t []string) (vn.Date, bool) {
	t = dropWord(dropWord(dropWord(t, "ngay"), "thang"), "nam")
	if len(t) != 3 || !digits(t[0]) || !digits(t[1]) || !isYear(t[2]) || len(t[0]) > 2 || len(t[1]) > 2 {
		return vn.Date{}, false
	}
	d := vn.Date{Year: atoi(t[2]), Month: atoi(t[1]), Day: atoi(t[0])}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > vn.LastDayOfMonth(d.Year, d.Month).Day {
		return vn.Date{}, false
	}
	return d, true
}

// OverdueAt reports whether the deadline has passed at the end of day: a Dated deadline
// not after day. A task due on the last day of a period and not done at its end is
// overdue in that period's summary.
func (d Deadline) OverdueAt(day vn.Date) bool {
	return d.Kind == Dated && !day.Before(d.Date)
}
