package report

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/tmpl"
	"vanban/internal/vn"
)

// RemindOptions choose the công văn đôn đốc of a period.
type RemindOptions struct {
	// Unit is a lead unit's id: only its reminder (none when it owes nothing). Empty: every
	// unit that owes something.
	Unit string
	// Date is the issue date; zero takes the period's last day (as the báo cáo does).
	Date vn.Date
	// SendTo names where the unit sends its report ("Văn phòng Tỉnh ủy"); empty: noi_gui of
	// the tracking file's bao_cao, else the plan's
	// luu when it is a Văn phòng (Party), else "Văn phòng " and the issuing body's name in
	// sentence case ("Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa").
	SendTo string
}

// Reminder is the công văn đôn đốc of one unit: the unit and the value
// templates/cong-van-don-doc.md.tmpl sees.
type Reminder struct {
	Unit *progress.Unit
	Data map[string]any
}

// RemindSymbol derives the công văn's ký hiệu from the plan's. Party: "CV/" and the plan's
// issuer (KH/TU → CV/TU, KH/BTGTU → CV/BTGTU). State: a công văn has no type code, so the
// plan's issuer followed by the drafting unit; the plan's own unit when it names one
// (KH-UBND-VX → UBND-VX), else "VP", the office that follows the plan up (KH-UBND →
// UBND-VP).
func RemindSymbol(system model.System, plan string) string {
	if system == model.Party {
		_, issuer, ok := strings.Cut(plan, "/")
		if !ok || issuer == "" {
			return "CV"
		}
		return "CV/" + issuer
	}
	parts := strings.Split(plan, "-")
	if len(parts) > 0 && isTypeCode(parts[0]) {
		parts = parts[1:]
	}
	switch len(parts) {
	case 0:
		return "VP"
	case 1:
		return parts[0] + "-VP"
	}
	return strings.Join(parts, "-")
}

func isTypeCode(s string) bool {
	switch s {
	case "KH", "BC", "TB", "QĐ", "TTr", "CTr", "HD", "CV", "":
		return true
	}
	return false
}

// Reminders builds one công văn đôn đốc per lead unit that, at the end of the period, owes
// overdue tasks or has not sent its report, in registry order (the order of sum.Units).
// Units that owe nothing get none, nor do units whose file could not be read
// (sum.Unreadable). Each says what is true on its date: up to the period's reporting
// deadline (period end + han_gui) a unit without a report is reminded of that deadline,
// which stays the one asked; after it the unit is late, and the new deadline is the issue
// date plus han_don_doc working days (5 when unset).
func Reminders(b *progress.Book, sum *progress.Summary, opt RemindOptions) ([]Reminder, error) {
	if opt.Unit != "" && sum.Unit(opt.Unit) == nil {
		if b.Registry.Unit(opt.Unit) == nil {
			return nil, fmt.Errorf("không có đơn vị mã “%s” trong danh sách đơn vị", opt.Unit)
		}
		return nil, fmt.Errorf("đơn vị “%s” không chủ trì nhiệm vụ nào của kế hoạch: không có gì để đôn đốc", opt.Unit)
	}
	missing := map[*progress.Unit]bool{}
	for _, u := range sum.Missing {
		missing[u] = true
	}
	date := opt.Date
	if date.IsZero() {
		date = sum.Period.Last()
	}
	due := b.Due(sum.Period)
	late := due.Before(date)
	deadline := due
	if late {
		deadline = addWorkingDays(date, cmp.Or(b.RemindDays, 5))
	}
	var out []Reminder
	for _, us := range sum.Units {
		if opt.Unit != "" && us.Unit.ID != opt.Unit {
			continue
		}
		if len(us.Overdue) == 0 && !missing[us.Unit] || sum.IsUnreadable(us.Unit) {
			continue
		}
		d, err := reminder(b, sum, us, missing[us.Unit], date, due, deadline)
		if err == nil {
			d["noi_gui"] = sendTo(b, opt.SendTo)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, Reminder{Unit: us.Unit, Data: d})
	}
	return out, nil
}

func reminder(b *progress.Book, sum *progress.Summary, us *progress.UnitState, missing bool, date, due, deadline vn.Date) (map[string]any, error) {
	plan := b.Plan
	period := sum.Period.Title()
	ref := PlanRef(plan.Meta)
	var subject string
	switch {
	case len(us.Overdue) > 0 && missing:
		subject = "đôn đốc thực hiện " + ref + " và gửi báo cáo tiến độ " + period
	case missing:
		subject = "đôn đốc gửi báo cáo tiến độ thực hiện " + ref + " " + period
	default:
		subject = "đôn đốc thực hiện các nhiệm vụ quá hạn của " + ref
	}
	// State: "V/v " before the trích yếu, which goes on in lower case, as the State công
	// văn of data/ writes it (the layout would add it, but the format rules want a capital
	// at the start of a State trích yếu that does not begin with it).
	if plan.System != model.Party {
		subject = "V/v " + subject
	}
	// The reminder is kept where the plan is; its drafter and copies are its own.
	archive := model.Archive{Place: plan.Archive.Place}
	if plan.System != model.Party && archive.Place == "" {
		archive.Place = "VT"
	}
	meta := model.Meta{
		System: plan.System, Kind: "cong_van", ParentBody: plan.ParentBody, Body: plan.Body,
		Symbol: RemindSymbol(plan.System, plan.Symbol), Place: plan.Place, Date: date.String(), Subject: subject,
		Addressees: []string{us.Unit.Name}, Signer: plan.Signer,
		Recipients: []model.Recipient{{Name: "Như trên"}}, Archive: archive,
	}
	out := tmpl.Values(meta).(map[string]any)
	out["ky"] = period
	out["ky_ma"] = sum.Period.String()
	out["den_ngay"] = dmy(sum.Period.Last())
	out["ke_hoach"] = ref
	out["don_vi"] = map[string]any{"ma": us.Unit.ID, "ten": us.Unit.Name, "ten_ngan": us.Unit.Label()}
	var overdue []any
	for _, ts := range us.Overdue {
		overdue = append(overdue, map[string]any{
			"ma": ts.Task.ID, "ten": taskName(ts.Task), "thoi_han": ts.Task.Deadline, "so_ngay": ts.DaysOverdue})
	}
	out["qua_han"] = overdue
	out["chua_gui"] = missing
	out["ngay_van_ban"] = dmy(date)
	out["han_gui"] = dmy(due)
	// muon: the reporting deadline has passed on the reminder's date.
	out["muon"] = due.Before(date)
	out["so_ngay_muon"] = 0
	if due.Before(date) {
		out["so_ngay_muon"] = vn.DaysBetween(due, date)
	}
	out["han_moi"] = dmy(deadline)
	return out, nil
}

// addWorkingDays is the day n working days (Monday to Friday) after d.
func addWorkingDays(d vn.Date, n int) vn.Date {
	for n > 0 {
		d = d.AddDays(1)
		if wd := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return d
}

// sendTo is where reports go (see RemindOptions.SendTo).
func sendTo(b *progress.Book, set string) string {
	if set != "" {
		return set
	}
	if t := strings.TrimSpace(b.Report.SendTo); t != "" {
		return t
	}
	if a := strings.TrimSpace(b.Plan.Archive.Place); b.Plan.System == model.Party && strings.HasPrefix(a, "Văn phòng") {
		return a
	}
	name := vn.BodyName(b.Plan.Body)
	if name == "" {
		name = "cơ quan ban hành Kế hoạch"
	}
	return "Văn phòng " + name
}
