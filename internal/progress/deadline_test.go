package progress

import (
	"testing"

	"vanban/internal/vn"
)

func TestParseDeadline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kind DeadlineKind
		date string // the last day, for Dated
	}{
		{"", NoDeadline, ""},
		{"  ", NoDeadline, ""},
		{"2024-09-30", Dated, "2024-09-30"},
		{"2026-9-5", Dated, "2026-09-05"},
		{"2026-09", Dated, "2026-09-30"},
		{"2026-02", Dated, "2026-02-28"},
		{"2026", Dated, "2026-12-31"},
		{"30/9/2026", Dated, "2026-09-30"},
		{"trước ngày 30/9/2026", Dated, "2026-09-30"},
		{"ngày 15 tháng 10 năm 2026", Dated, "2026-10-15"},
		{"Quý II/2026", Dated, "2026-06-30"},
		{"quý 2/2026", Dated, "2026-06-30"},
		{"Quý IV năm 2026", Dated, "2026-12-31"},
		{"trong Quý I/2027", Dated, "2027-03-31"},
		{"hoàn thành trong quý III/2026", Dated, "2026-09-30"},
		{"Tháng 9/2026", Dated, "2026-09-30"},
		{"tháng 2 năm 2028", Dated, "2028-02-29"},
		{"6 tháng đầu năm 2026", Dated, "2026-06-30"},
		{"6 tháng cuối năm 2026", Dated, "2026-12-31"},
		{"Năm 2026", Dated, "2026-12-31"},
		{"chậm nhất đến hết năm 2026", Dated, "2026-12-31"},
		{"thường xuyên", Recurring, ""},
		{"Thường xuyên", Recurring, ""},
		{"Hằng năm", Recurring, ""},
		{"hàng quý", Recurring, ""},
		{"định kỳ hằng tháng", Recurring, ""},
		{"khi có yêu cầu", Unreadable, ""},
		{"31/2/2026", Unreadable, ""},
		{"Quý V/2026", Unreadable, ""},
	} {
		d := ParseDeadline(tc.in)
		if d.Kind != tc.kind || d.Date.String() != tc.date || d.Text != tc.in {
			t.Errorf("ParseDeadline(%q) = %v %q, want %v %q", tc.in, d.Kind, d.Date, tc.kind, tc.date)
		}
	}
}

// A deadline is overdue at the end of a day when it is that day or earlier.
func TestOverdueAt(t *testing.T) {
	sep30 := vn.Date{Year: 2024, Month: 9, Day: 30}
	for _, tc := range []struct {
		deadline string
		day      vn.Date
		want     bool
	}{
		{"2024-09-30", sep30, true}, // due on the period's last day, not done at its end
		{"2024-10-01", sep30, false},
		{"Quý III/2024", sep30, true},
		{"Quý IV/2024", sep30, false},
		{"2024-09-29", sep30, true},
		{"thường xuyên", sep30, false},
		{"", sep30, false},
		{"khi có yêu cầu", sep30, false},
	} {
		if got := ParseDeadline(tc.deadline).OverdueAt(tc.day); got != tc.want {
			t.Errorf("%q overdue at %v = %v, want %v", tc.deadline, tc.day, got, tc.want)
		}
	}
}

// Every thoi_han of the seed plan reads: "thường xuyên", and 2024-09-30 for III.2.
func TestSeedPlanDeadlines(t *testing.T) {
	b := testBook(t)
	dated := 0
	for _, e := range b.Plan.Tasks() {
		switch d := ParseDeadline(e.Deadline); d.Kind {
		case Dated:
			dated++
			if e.ID != "III.2" || d.Date.String() != "2024-09-30" {
				t.Errorf("%s: %v", e.ID, d)
			}
		case Recurring:
		default:
			t.Errorf("%s: thoi_han %q reads as %v", e.ID, e.Deadline, d.Kind)
		}
	}
	if dated != 1 {
		t.Errorf("%d dated tasks, want 1 (III.2)", dated)
	}
}
