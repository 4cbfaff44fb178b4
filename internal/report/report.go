// Package report turns where a plan stands at the end of a period (progress.Summary) into
// the data of a báo cáo tiến độ: the value templates/bao-cao-tien-do.md.tmpl sees. The
// header comes from the plan (its issuing body, system, place and signer); the body from
// the summary: counts, results in prose assembled from the units' ket_qua texts, tables of
// status by lead unit, indicators, overdue tasks, units that did not submit, and an annex
// of every task. Numbers are written the Vietnamese way (22,45%; 1.250). It is pure: the
// same book, summary and options give the same value; nothing reads the clock.
package report

import (
	"fmt"
	"strings"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/tmpl"
	"vanban/internal/unitplan"
	"vanban/internal/vn"
)

// Options choose the report.
type Options struct {
	// Unit is the id of a lead unit: the report covers only the tasks it leads, by its own
	// status. Empty: the whole plan.
	Unit string
	// Date is the issue date; zero takes the period's last day.
	Date vn.Date
}

// Symbol derives the report's ký hiệu from the plan's: KH/TU → BC/TU, KH-UBND → BC-UBND.
func Symbol(plan string) string {
	for _, sep := range []string{"/", "-"} {
		if rest, ok := strings.CutPrefix(plan, "KH"+sep); ok {
			return "BC" + sep + rest
		}
	}
	if plan == "" {
		return "BC"
	}
	return "BC-" + plan
}

// PlanRef names the plan in a sentence: "Kế hoạch số 25-KH/TU" (Party), "Kế hoạch số
// 25/KH-UBND" (State); without a number, the plan's subject up to " về " ("Kế hoạch thực
// hiện Kết luận số 81-KL/TW của Bộ Chính trị").
func PlanRef(m model.Meta) string {
	if m.Number != "" {
		if m.System == model.Party {
			return "Kế hoạch số " + m.Number + "-" + m.Symbol
		}
		return "Kế hoạch số " + m.Number + "/" + m.Symbol
	}
	subj := strings.TrimSpace(m.Subject)
	if i := strings.Index(subj, " về "); i > 0 {
		subj = subj[:i]
	}
	if subj == "" {
		return "Kế hoạch"
	}
	return "Kế hoạch " + vn.LowerFirst(subj)
}

// PlanTitle names the plan with its number, date and subject, as a trích yếu cites it:
// "Kế hoạch số 9669/KH-UBND ngày 24/12/2025 về cải cách hành chính nhà nước năm 2026 tỉnh
// Lâm Đồng" (a subject that starts with "thực hiện" follows without "về").
func PlanTitle(m model.Meta) string {
	ref := PlanRef(m)
	if m.Number == "" {
		return ref // already named by its subject
	}
	if d, err := vn.ParseDate(m.Date); err == nil && d.Day > 0 {
		ref += " ngày " + dmy(d)
	}
	subj := strings.TrimSpace(m.Subject)
	switch {
	case subj == "":
		return ref
	case strings.HasPrefix(strings.ToLower(subj), "thực hiện ") || strings.HasPrefix(strings.ToLower(subj), "về "):
		return ref + " " + vn.LowerFirst(subj)
	}
	return ref + " về " + vn.LowerFirst(subj)
}

// header is the report's header and closing: the tracking file's bao_cao over the plan's
// (a unit's own report is issued by the unit). A State report signed for the chairman
// (KT. CHỦ TỊCH) by a body that decides collectively (an Ủy ban nhân dân, in full or as
// UBND) carries "TM. ỦY BAN NHÂN DÂN" above.
func header(b *progress.Book, us *progress.UnitState, date vn.Date) model.Meta {
	plan, is := b.Plan, b.Report
	m := model.Meta{
		System: plan.System, Kind: "bao_cao", ParentBody: plan.ParentBody, Body: plan.Body,
		Symbol: Symbol(plan.Symbol), Place: plan.Place, Date: date.String(),
		Signer: plan.Signer, Recipients: plan.Recipients, Archive: plan.Archive,
	}
	if us != nil {
		m.ParentBody, m.Body, m.Symbol = unitIssuer(plan.Meta, us.Unit)
		m.Recipients = append([]model.Recipient{{Name: us.Unit.Name}}, plan.Recipients...)
		if us.Unit.Signer != nil {
			m.Signer = *us.Unit.Signer
		}
		return m
	}
	if is.Body != "" {
		m.ParentBody, m.Body = is.ParentBody, is.Body
	}
	if is.Symbol != "" {
		m.Symbol = is.Symbol
	}
	m.Addressees = is.Addressees
	if is.Signer != nil {
		m.Signer = *is.Signer
	}
	if is.Recipients != nil {
		m.Recipients = is.Recipients
	}
	if is.Archive != nil {
		m.Archive = *is.Archive
	}
	if plan.System != model.Party && len(m.Signer.Authority) > 0 && strings.HasPrefix(m.Signer.Authority[0], "KT. CHỦ TỊCH") && isPeoplesCommittee(m.Body) {
		m.Signer.Authority = append(model.TextLines{"TM. ỦY BAN NHÂN DÂN"}, m.Signer.Authority...)
	}
	return m
}

// isPeoplesCommittee reports whether an issuing body is an Ủy ban nhân dân, written in full
// ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG") or as offices shorten it ("UBND TỈNH LÂM ĐỒNG").
func isPeoplesCommittee(body string) bool {
	up := strings.ToUpper(body)
	if strings.Contains(up, "ỦY BAN NHÂN DÂN") || strings.Contains(up, "UỶ BAN NHÂN DÂN") {
		return true
	}
	for _, w := range strings.Fields(up) {
		if w == "UBND" {
			return true
		}
	}
	return false
}

// unitIssuer is the header of a unit's own report: the unit issues it, under the plan's
// body when it is one of its offices (a sở under the UBND tỉnh, a ban under the Tỉnh ủy; a
// Party cấp ủy under its đảng bộ), with the report's symbol and the unit's code.
func unitIssuer(plan model.Meta, u *progress.Unit) (parent, body, symbol string) {
	body = strings.ToUpper(u.Name)
	top := strings.Join(strings.Fields(plan.Body), " ")
	words := strings.Fields(u.Name)
	sep := "-"
	switch {
	case plan.System == model.Party && len(words) > 2 && strings.EqualFold(words[1], "ủy"):
		parent, sep = "ĐẢNG BỘ "+strings.Replace(top, " ỦY", "", 1), "/"
	case plan.System == model.Party:
		parent, sep = top, "/"
	case strings.HasPrefix(u.Name, "UBND "):
		body = "ỦY BAN NHÂN DÂN\n" + strings.ToUpper(strings.TrimPrefix(u.Name, "UBND "))
	default:
		parent = strings.Replace(top, "ỦY BAN NHÂN DÂN", "UBND", 1)
	}
	return parent, body, "BC" + sep + unitplan.Code(u)
}

// Data builds the value the template sees.
func Data(b *progress.Book, sum *progress.Summary, opt Options) (map[string]any, error) {
	plan := b.Plan
	var us *progress.UnitState
	if opt.Unit != "" {
		if us = sum.Unit(opt.Unit); us == nil {
			// The unit is named on the command line or in the request, not in a file.
			if b.Registry.Unit(opt.Unit) == nil {
				return nil, diag.Diagnostic{Message: fmt.Sprintf("không có đơn vị mã “%s” trong danh sách đơn vị", opt.Unit)}
			}
			return nil, diag.Diagnostic{Message: fmt.Sprintf("đơn vị “%s” không chủ trì nhiệm vụ nào của kế hoạch: không có gì để báo cáo", opt.Unit)}
		}
		if sum.IsUnreadable(us.Unit) {
			return nil, diag.Diagnostic{Message: fmt.Sprintf("tệp tiến độ của đơn vị “%s” có lỗi, chưa đọc được: không dựng báo cáo của đơn vị", opt.Unit)}
		}
	}
	date := opt.Date
	if date.IsZero() {
		date = sum.Period.Last()
	}
	period := sum.Period.Title()
	ref := PlanRef(plan.Meta)
	meta := header(b, us, date)
	switch {
	case us != nil:
		meta.Subject = "kết quả thực hiện " + ref + " của " + us.Unit.Name + " " + period
	case b.Report.Subject != "":
		meta.Subject = b.Report.Subject
	default:
		meta.Subject = "kết quả thực hiện " + PlanTitle(plan.Meta) + ", " + period
	}
	if plan.System != model.Party {
		meta.Subject = vn.UpperFirst(meta.Subject)
	}
	out := tmpl.Values(meta).(map[string]any)
	out["ky"] = period
	month := fmt.Sprint(date.Month)
	if date.Month < 3 {
		month = fmt.Sprintf("%02d", date.Month)
	}
	out["ngay_chu"] = fmt.Sprintf("%02d tháng %s năm %d", date.Day, month, date.Year)
	out["ky_ma"] = sum.Period.String()
	out["den_ngay"] = fmt.Sprintf("%02d/%02d/%d", sum.Period.Last().Day, sum.Period.Last().Month, sum.Period.Last().Year)
	out["ke_hoach"] = ref
	out["don_vi"] = nil
	if us != nil {
		out["don_vi"] = map[string]any{"ma": us.Unit.ID, "ten": us.Unit.Name, "ten_ngan": us.Unit.Label()}
	}
	sep := "-"
	if plan.System != model.Party {
		sep = "/"
	}
	out["so_bao_cao"] = "     " + sep + meta.Symbol // blanks for the văn thư

	// The tasks the report covers, with the status that counts for it.
	type row struct {
		ts     *progress.TaskState
		status progress.Status
		rep    []progress.UnitReport // reports whose texts are assembled
		owing  bool
	}
	var rows []row
	var count progress.Count
	if us == nil {
		for _, ts := range sum.Tasks {
			rows = append(rows, row{ts, ts.Status, append(append([]progress.UnitReport{}, ts.Leads...), ts.Others...), ts.Overdue})
		}
		count = sum.Overall
	} else {
		for _, t := range us.Tasks {
			rows = append(rows, row{t.Task, t.Report.Status, []progress.UnitReport{t.Report}, t.Task.Overdue && t.Report.Status != progress.Done})
		}
		count = us.Count
	}
	out["tong"] = countMap(count)

	// Results by section, difficulties and proposals.
	var sections []any
	silent := map[*progress.Unit]bool{} // units without a readable file of the period
	for _, u := range sum.Missing {
		silent[u] = true
	}
	for _, br := range sum.Units {
		if sum.IsUnreadable(br.Unit) {
			silent[br.Unit] = true
		}
	}
	secIdx := map[[2]int]int{}
	byArea := areas(b)
	group := func(t progress.TaskInfo) [2]int {
		if byArea {
			return [2]int{t.Section, t.Item}
		}
		return [2]int{t.Section, 0}
	}
	var hard, props []any
	for _, r := range rows {
		task := map[string]any{
			"ma": r.ts.Task.ID, "ten": taskName(r.ts.Task), "trang_thai": r.status.Label(),
			"chu_tri": strings.Join(r.ts.Task.Lead, ", "), "thoi_han": r.ts.Task.Deadline,
		}
		var results []any
		for _, ur := range r.rep {
			if ur.Report == nil {
				continue
			}
			label := ur.Unit.Label()
			if t := strings.TrimSpace(ur.Report.Result); t != "" {
				// A unit that sent nothing this period still counts with its last report.
				earlier := silent[ur.Unit] && ur.From != nil && !ur.From.Period.Within(sum.Period)
				results = append(results, map[string]any{"don_vi": label, "noi_dung": t, "ky_truoc": earlier})
			}
			if t := strings.TrimSpace(ur.Report.Difficulties); t != "" {
				hard = append(hard, map[string]any{"don_vi": label, "ma": r.ts.Task.ID, "noi_dung": t})
			}
			if t := strings.TrimSpace(ur.Report.Proposals); t != "" {
				props = append(props, map[string]any{"don_vi": label, "ma": r.ts.Task.ID, "noi_dung": t})
			}
		}
		task["ket_qua"] = results
		key := group(r.ts.Task)
		i, ok := secIdx[key]
		if !ok {
			i = len(sections)
			secIdx[key] = i
			sections = append(sections, groupValue(b, key))
		}
		s := sections[i].(map[string]any)
		s["nhiem_vu"] = append(s["nhiem_vu"].([]any), task)
	}
	out["cac_phan"] = sections
	out["kho_khan"] = hard
	out["de_xuat"] = props

	// Status by lead unit.
	var units []any
	for _, u := range sum.Units {
		if us != nil && u != us {
			continue
		}
		m := countMap(u.Count)
		m["don_vi"] = u.Unit.Label()
		units = append(units, m)
	}
	out["theo_don_vi"] = units

	// Indicators.
	var inds []any
	for _, g := range sum.Indicators {
		var rs []any
		for _, r := range g.Rows {
			if us != nil && r.Unit != us.Unit {
				continue
			}
			m := map[string]any{"don_vi": r.Unit.Label(), "ke_hoach": "", "thuc_hien": "", "dat": ""}
			if r.Indicator.Target.Set {
				m["ke_hoach"] = decimal(r.Indicator.Target.Value)
			}
			if r.Indicator.Actual.Set {
				m["thuc_hien"] = decimal(r.Indicator.Actual.Value)
			}
			if r.HasAchieved {
				m["dat"] = vn.Percent(r.Achieved, 2)
			}
			rs = append(rs, m)
		}
		if len(rs) > 0 {
			inds = append(inds, map[string]any{"ten": g.Name, "don_vi_tinh": g.Measure, "dong": rs})
		}
	}
	out["chi_tieu"] = inds

	// Overdue tasks.
	var overdue []any
	for _, r := range rows {
		if !r.owing {
			continue
		}
		var owing []string
		for _, u := range r.ts.Owing {
			if us == nil || u == us.Unit {
				owing = append(owing, u.Label())
			}
		}
		overdue = append(overdue, map[string]any{
			"ma": r.ts.Task.ID, "ten": taskName(r.ts.Task), "thoi_han": r.ts.Task.Deadline,
			"so_ngay": r.ts.DaysOverdue, "don_vi": strings.Join(owing, ", ")})
	}
	out["qua_han"] = overdue

	// Submissions.
	var missing []any
	for _, u := range sum.Missing {
		if us != nil && u != us.Unit {
			continue
		}
		missing = append(missing, map[string]any{"don_vi": u.Name, "so_nhiem_vu": len(b.TasksOf(u))})
	}
	out["chua_gui"] = missing
	var late []any
	for _, l := range sum.Late {
		if us != nil && l.Unit != us.Unit {
			continue
		}
		late = append(late, map[string]any{"don_vi": l.Unit.Name, "ngay_gui": dmy(l.Submission.Sent), "so_ngay": l.Days})
	}
	out["gui_muon"] = late
	sent := len(sum.Units) - len(sum.Missing)
	out["so_don_vi"] = len(sum.Units)
	out["so_don_vi_gui"] = sent

	// Change against the previous period (whole plan only).
	out["so_sanh"] = nil
	if us == nil && sum.Change.HasPrev {
		d := sum.Change.RateDelta
		word := "không đổi"
		switch {
		case d > 0.005:
			word = "tăng " + vn.Decimal(d, 2) + " điểm phần trăm"
		case d < -0.005:
			word = "giảm " + vn.Decimal(-d, 2) + " điểm phần trăm"
		}
		out["so_sanh"] = map[string]any{"ky_truoc": sum.Change.Prev.Title(), "ty_le_truoc": vn.Percent(sum.Change.PrevRate, 2), "thay_doi": word}
	}

	// Annex: every task with its status.
	var annex []any
	for i, r := range rows {
		pct := ""
		if us == nil && r.ts.HasPercent {
			pct = vn.Percent(r.ts.Percent, 2)
		} else if us != nil && r.rep[0].Report != nil && r.rep[0].Report.Percent.Set {
			pct = vn.Percent(r.rep[0].Report.Percent.Value, 2)
		}
		note := ""
		if r.owing {
			note = fmt.Sprintf("Quá hạn %d ngày", r.ts.DaysOverdue)
		}
		annex = append(annex, map[string]any{
			"stt": i + 1, "ma": r.ts.Task.ID, "ten": taskName(r.ts.Task), "chu_tri": strings.Join(r.ts.Task.Lead, ", "),
			"thoi_han": r.ts.Task.Deadline, "trang_thai": vn.UpperFirst(r.status.Label()), "phan_tram": pct, "ghi_chu": note})
	}
	out["phu_luc"] = annex
	return out, nil
}

func countMap(c progress.Count) map[string]any {
	return map[string]any{
		"so_nhiem_vu": c.Tasks, "hoan_thanh": c.Done, "dang_thuc_hien": c.InProgress, "cham_tien_do": c.Behind,
		"tam_dung": c.Paused, "chua_trien_khai": c.NotStarted, "chua_bao_cao": c.NoReport, "qua_han": c.Overdue,
		"ty_le": vn.Percent(c.Rate(), 2),
	}
}

func taskName(t progress.TaskInfo) string {
	if t.Name != "" {
		return t.Name
	}
	return t.Text
}

// areas tells whether the report follows the plan's areas (the seven reform areas of a CCHC
// plan: data.ByArea) rather than its parts.
func areas(b *progress.Book) bool {
	ts := b.Plan.Tasks()
	return data.ByArea(ts) && ts[0].Section > 0
}

// groupValue is a group of results: a part ({n, 0}) or an area of a part ({n, item}).
func groupValue(b *progress.Book, key [2]int) map[string]any {
	g := map[string]any{"so": key[0], "la_ma": vn.Roman(key[0]), "tieu_de": sectionTitle(b, key[0]), "linh_vuc": false, "nhiem_vu": []any{}}
	if key[1] > 0 && key[0] > 0 && key[0] <= len(b.Plan.Sections) && key[1] <= len(b.Plan.Sections[key[0]-1].Items) {
		g["linh_vuc"], g["tieu_de"] = true, sentence(b.Plan.Sections[key[0]-1].Items[key[1]-1].Title)
	}
	return g
}

func sectionTitle(b *progress.Book, n int) string {
	if n < 1 || n > len(b.Plan.Sections) {
		return ""
	}
	return sentence(b.Plan.Sections[n-1].Title)
}

// sentence writes an all-capitals title in sentence case ("NỘI DUNG THỰC HIỆN" → "Nội
// dung thực hiện"); other titles stay as they are.
func sentence(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	return vn.UpperFirst(strings.ToLower(s))
}

func decimal(f float64) string {
	if f == float64(int64(f)) {
		return vn.Number(int64(f))
	}
	return strings.TrimRight(strings.TrimRight(vn.Decimal(f, 2), "0"), ",")
}

func dmy(d vn.Date) string { return fmt.Sprintf("%02d/%02d/%d", d.Day, d.Month, d.Year) }
