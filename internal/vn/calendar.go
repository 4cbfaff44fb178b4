package vn

import "time"

// Calendar arithmetic on full dates (year, month and day all set): deadlines, periods and
// issue dates of progress reports are compared and shifted here, through time.Time in UTC
// so that no time zone or daylight saving moves a day.

// DateOf is the calendar day of t in its own location.
func DateOf(t time.Time) Date { return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// AddDays returns d shifted by n days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.time().AddDate(0, 0, n)) }

// DaysBetween is the number of days from a to b, negative when b is before a.
func DaysBetween(a, b Date) int { return int(b.time().Sub(a.time()).Hours() / 24) }

// Before reports whether d comes before e. Parts are compared year, month, then day, so a
// partial date (a zero month or day) sorts before the full dates of its year or month.
func (d Date) Before(e Date) bool {
	return d.Year*10000+d.Month*100+d.Day < e.Year*10000+e.Month*100+e.Day
}

// LastDayOfMonth is the last day of a month (1–12) of the Gregorian calendar.
func LastDayOfMonth(year, month int) Date {
	return Date{Year: year, Month: month, Day: daysIn(year, month)}
}
