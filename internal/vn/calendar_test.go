package vn_test

import (
	"testing"
	"time"

	"vanban/internal/vn"
)

func TestCalendar(t *testing.T) {
	d := func(y, m, day int) vn.Date { return vn.Date{Year: y, Month: m, Day: day} }
	for _, c := range []struct {
		from vn.Date
		n    int
		want vn.Date
	}{
		{d(2024, 11, 30), 5, d(2024, 12, 5)},
		{d(2024, 12, 30), 2, d(2025, 1, 1)},
		{d(2024, 2, 28), 1, d(2024, 2, 29)},
		{d(2023, 2, 28), 1, d(2023, 3, 1)},
		{d(2024, 3, 1), -1, d(2024, 2, 29)},
	} {
		if got := c.from.AddDays(c.n); got != c.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", c.from, c.n, got, c.want)
		}
		if got := vn.DaysBetween(c.from, c.want); got != c.n {
			t.Errorf("DaysBetween(%v, %v) = %d, want %d", c.from, c.want, got, c.n)
		}
		if c.n > 0 != c.from.Before(c.want) {
			t.Errorf("%v.Before(%v) = %v", c.from, c.want, c.from.Before(c.want))
		}
	}
	for _, c := range []struct{ y, m, want int }{{2024, 2, 29}, {2100, 2, 28}, {2000, 2, 29}, {2024, 4, 30}, {2024, 12, 31}} {
		if got := vn.LastDayOfMonth(c.y, c.m); got != d(c.y, c.m, c.want) {
			t.Errorf("LastDayOfMonth(%d, %d) = %v", c.y, c.m, got)
		}
	}
	if got := vn.DateOf(time.Unix(1733097600, 0).UTC()); got != d(2024, 12, 2) {
		t.Errorf("DateOf = %v", got)
	}
	if !(vn.Date{Year: 2024, Month: 11}).Before(d(2024, 11, 1)) {
		t.Error("a month sorts before its days")
	}
}
