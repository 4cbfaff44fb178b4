package progress

import (
	"fmt"
	"path/filepath"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Check checks a decoded progress file against the book: its own fields (required fields,
// statuses, percents, numbers, repeated entries) and what they refer to (the plan, the unit,
// the tasks assigned to the unit, the span, the submission deadline). It sets s.Period and
// s.Sent when they read. Every problem is a diagnostic at its line and column, errors and
// warnings in file order; a late submission is a warning.
func (b *Book) Check(s *Submission) diag.List {
	b.index()
	loc := s.loc
	if loc == nil {
		loc = yamlfile.NewLocator(s.File, nil)
	}
	var ds diag.List
	add := func(d diag.Diagnostic) { ds = append(ds, d) }

	// ke_hoach: the plan id, or a path to the plan file.
	switch id := strings.TrimSuffix(filepath.Base(s.PlanID), ".yaml"); {
	case s.PlanID == "":
		add(loc.Errorf("$", fmt.Sprintf("thêm dòng “ke_hoach: %s”", b.PlanID), "thiếu trường “ke_hoach”"))
	case id != b.PlanID:
		add(loc.Errorf("$.ke_hoach", fmt.Sprintf("thư mục này theo dõi kế hoạch “%s”: viết “ke_hoach: %s”", b.PlanID, b.PlanID),
			"kế hoạch “%s” không phải kế hoạch của thư mục tiến độ này", s.PlanID))
	}

	// don_vi: a unit id of the registry.
	unit := b.Registry.Unit(s.UnitID)
	switch {
	case s.UnitID == "":
		add(loc.Errorf("$", "thêm dòng “don_vi: <mã đơn vị>”, mã lấy trong danh sách đơn vị", "thiếu trường “don_vi”"))
	case unit == nil:
		hint := suggestHint(s.UnitID, b.Registry.IDs(), "dùng mã đơn vị trong danh sách đơn vị (chữ không dấu, nối bằng gạch ngang)")
		if us, ok := b.Registry.Resolve(s.UnitID); ok && len(us) == 1 {
			hint = fmt.Sprintf("ghi mã của đơn vị, không ghi tên: “don_vi: %s”", us[0].ID)
		}
		add(loc.Errorf("$.don_vi", hint, "không có đơn vị mã “%s” trong danh sách đơn vị", s.UnitID))
	}

	// ky: a period inside the span.
	s.Period = Period{}
	switch p, err := ParsePeriod(s.PeriodText); {
	case s.PeriodText == "":
		add(loc.Errorf("$", "thêm dòng “ky: 2024-10” (kỳ báo cáo: "+periodForms+")", "thiếu trường “ky”"))
	case err != nil:
		add(loc.Errorf("$.ky", "", "%v", err))
	case p.First().Before(b.From.First()) || !b.To.IsZero() && b.To.Last().Before(p.Last()):
		add(loc.Errorf("$.ky", "kiểm tra năm và tháng của kỳ", "kỳ %s nằm ngoài thời gian theo dõi kế hoạch (%s)", p.Title(), b.spanText()))
		s.Period = p
	default:
		s.Period = p
	}

	// ngay_gui: a full date, not before the period starts; after the deadline is late.
	s.Sent = vn.Date{}
	switch d, err := vn.ParseDate(s.SentText); {
	case s.SentText == "":
		add(loc.Errorf("$", "thêm dòng “ngay_gui: 2024-11-04” (ngày đơn vị gửi báo cáo)", "thiếu trường “ngay_gui”"))
	case err != nil:
		add(loc.Errorf("$.ngay_gui", "viết NĂM-THÁNG-NGÀY, ví dụ 2024-11-04", "%v", err))
	case d.Day == 0:
		add(loc.Errorf("$.ngay_gui", "viết NĂM-THÁNG-NGÀY, ví dụ 2024-11-04", "ngày gửi “%s” phải ghi đủ ngày, tháng, năm", s.SentText))
	default:
		s.Sent = d
		if s.Period.IsZero() {
			break
		}
		if d.Before(s.Period.First()) {
			add(loc.Errorf("$.ngay_gui", "kiểm tra ngày gửi và kỳ báo cáo", "ngày gửi %s trước khi kỳ %s bắt đầu", dateText(d), s.Period.Title()))
		} else if due := b.Due(s.Period); due.Before(d) {
			add(warning(loc.Errorf("$.ngay_gui", "", "gửi muộn %d ngày: báo cáo %s phải gửi chậm nhất ngày %s",
				vn.DaysBetween(due, d), s.Period.Title(), dateText(due))))
		}
	}

	// nhiem_vu: known tasks, assigned to the unit, once each, with coherent figures.
	if len(s.Tasks) == 0 {
		add(loc.KeyErrorf("$.nhiem_vu", "thêm “nhiem_vu:” với ít nhất một nhiệm vụ (mã, trạng thái, kết quả)", "báo cáo chưa có nhiệm vụ nào"))
	}
	seen := map[string]string{}
	for i, t := range s.Tasks {
		ds = append(ds, b.checkTask(loc, fmt.Sprintf("$.nhiem_vu[%d]", i), t, unit, seen)...)
	}

	// chi_tieu: named, measured, with an actual figure; each name once.
	names := map[string]string{}
	for i, in := range s.Indicators {
		path := fmt.Sprintf("$.chi_tieu[%d]", i)
		switch name := strings.TrimSpace(in.Name); {
		case name == "":
			add(loc.Errorf(path, "ví dụ “ten: Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý”", "chỉ tiêu thiếu tên (“ten”)"))
		case names[name] != "":
			line, _ := loc.At(names[name])
			add(loc.Errorf(path+".ten", "mỗi chỉ tiêu ghi một lần; xóa hoặc gộp hai mục", "chỉ tiêu “%s” đã có ở dòng %d", name, line))
		default:
			names[name] = path + ".ten"
			if d, ok := b.undeclared(loc, path, in); ok {
				add(d)
			}
		}
		if strings.TrimSpace(in.Measure) == "" {
			add(loc.Errorf(path, "ví dụ “don_vi_tinh: \"%\"”, “ha”, “công trình”", "chỉ tiêu thiếu đơn vị tính (“don_vi_tinh”)"))
		}
		if !in.Actual.Set {
			add(loc.Errorf(path, "ghi số đã thực hiện (lũy kế đến hết kỳ)", "chỉ tiêu thiếu số thực hiện (“thuc_hien”)"))
		}
		for _, f := range []struct {
			key string
			n   Number
		}{{"ke_hoach", in.Target}, {"thuc_hien", in.Actual}} {
			if err := f.n.Err(); err != nil {
				add(loc.Errorf(path+"."+f.key, "", "%v", err))
			}
		}
	}
	sortByLine(ds)
	return ds
}

// undeclared checks a reported indicator against those the plan declares, when it declares
// some: a name typed otherwise would become a new indicator in the report, and a unit of
// measure other than the plan's would mix figures that cannot be added.
func (b *Book) undeclared(loc *yamlfile.Locator, path string, in Indicator) (diag.Diagnostic, bool) {
	declared := b.Plan.Indicators
	if len(declared) == 0 {
		return diag.Diagnostic{}, false
	}
	name := vn.NFC(strings.TrimSpace(in.Name))
	names := make([]string, len(declared))
	for i, d := range declared {
		names[i] = d.Name
		if vn.NFC(strings.TrimSpace(d.Name)) != name {
			continue
		}
		if m := strings.TrimSpace(in.Measure); m != "" && m != strings.TrimSpace(d.Measure) {
			return loc.Errorf(path+".don_vi_tinh", fmt.Sprintf("viết “don_vi_tinh: %s” như kế hoạch", d.Measure),
				"chỉ tiêu “%s” tính bằng “%s” trong kế hoạch, không phải “%s”", d.Name, d.Measure, m), true
		}
		return diag.Diagnostic{}, false
	}
	return loc.Errorf(path+".ten", suggestHint(name, names, "ghi đúng tên một chỉ tiêu trong “chi_tieu” của kế hoạch"),
		"kế hoạch không có chỉ tiêu “%s”", in.Name), true
}

// checkTask checks one entry of nhiem_vu at path; unit is the file's unit (nil when
// unknown) and seen maps the task ids met so far to their paths.
func (b *Book) checkTask(loc *yamlfile.Locator, path string, t TaskReport, unit *Unit, seen map[string]string) diag.List {
	var ds diag.List
	add := func(d diag.Diagnostic) { ds = append(ds, d) }
	id := strings.TrimSpace(t.ID)
	switch info := b.byID[id]; {
	case id == "":
		add(loc.Errorf(path, "ghi mã nhiệm vụ như trong kế hoạch, ví dụ “ma: III.2”", "nhiệm vụ thiếu mã (“ma”)"))
	case info == nil:
		add(loc.Errorf(path+".ma", suggestHint(id, b.taskIDs(), "dùng mã nhiệm vụ ghi trong kế hoạch (“ma” của “nhiem_vu”)"),
			"kế hoạch không có nhiệm vụ mã “%s”", id))
	case seen[id] != "":
		line, _ := loc.At(seen[id])
		add(loc.Errorf(path+".ma", "mỗi nhiệm vụ ghi một lần trong một báo cáo; gộp hai mục", "nhiệm vụ %s đã có ở dòng %d", id, line))
	default:
		seen[id] = path + ".ma"
		if unit != nil && !contains(info.lead, unit) && !contains(info.coop, unit) {
			add(loc.Errorf(path+".ma", fmt.Sprintf("nhiệm vụ %s giao cho: %s; kiểm tra lại mã nhiệm vụ", id, b.assignedText(info)),
				"kế hoạch không giao nhiệm vụ %s cho %s", id, unit.Name))
		}
	}

	switch {
	case t.Status == NoReport:
		add(loc.Errorf(path, "ví dụ “trang_thai: dang_thuc_hien”; các giá trị: "+statusList(), "nhiệm vụ %s thiếu “trang_thai”", id))
	case !t.Status.Valid():
		add(loc.Errorf(path+".trang_thai", statusHint(t.Status), "trạng thái “%s” không có", t.Status))
	}

	pct := t.Percent
	switch {
	case pct.Err() != nil:
		add(loc.Errorf(path+".phan_tram", "", "%v", pct.Err()))
	case !pct.Set:
	case pct.Value < 0 || pct.Value > 100:
		add(loc.Errorf(path+".phan_tram", "phần trăm khối lượng đã làm, từ 0 đến 100", "phần trăm %s nằm ngoài khoảng 0–100", pct.Text))
	case t.Status == Done && pct.Value < 100:
		add(loc.Errorf(path+".phan_tram", "đã hoàn thành thì ghi 100 (hoặc bỏ “phan_tram”); chưa xong thì ghi “trang_thai: dang_thuc_hien”",
			"nhiệm vụ %s ghi “hoan_thanh” nhưng mới %s%%", id, vn.Decimal(pct.Value, decimals(pct.Value))))
	case t.Status == NotStarted && pct.Value > 0:
		add(loc.Errorf(path+".phan_tram", "đã làm được một phần thì ghi “trang_thai: dang_thuc_hien”",
			"nhiệm vụ %s ghi “chua_trien_khai” nhưng đã %s%%", id, vn.Decimal(pct.Value, decimals(pct.Value))))
	}

	if t.Status.Valid() && t.Status != NotStarted && strings.TrimSpace(t.Result) == "" {
		add(warning(loc.Errorf(path, "ghi những việc đã làm trong kỳ ở “ket_qua”: báo cáo tổng hợp dùng đoạn này", "nhiệm vụ %s chưa ghi kết quả (“ket_qua”)", id)))
	}
	if (t.Status == Behind || t.Status == Paused) && strings.TrimSpace(t.Difficulties) == "" {
		add(warning(loc.Errorf(path+".trang_thai", "nêu lý do ở “kho_khan” (và kiến nghị ở “de_xuat”)", "nhiệm vụ %s “%s” nhưng chưa nêu khó khăn, vướng mắc (“kho_khan”)", id, t.Status.Label())))
	}
	return ds
}

// decimals is how many decimals to print a percent with: none for a whole number, else 1.
func decimals(f float64) int {
	if f == float64(int64(f)) {
		return 0
	}
	return 1
}

func statusList() string {
	names := make([]string, len(Statuses))
	for i, s := range Statuses {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

func (b *Book) taskIDs() []string {
	ids := make([]string, len(b.tasks))
	for i, t := range b.tasks {
		ids[i] = t.ID
	}
	return ids
}

// assignedText names a task's units for a hint: "chủ trì: …; phối hợp: …", shortened.
func (b *Book) assignedText(t *taskInfo) string {
	text := "chủ trì " + strings.Join(t.Lead, ", ")
	if len(t.Cooperate) > 0 {
		text += "; phối hợp " + strings.Join(t.Cooperate, ", ")
	}
	return text
}

// spanText is the span of the follow-up in words.
func (b *Book) spanText() string {
	if b.To.IsZero() {
		return "từ " + b.From.Title()
	}
	return fmt.Sprintf("từ %s đến %s", b.From.Title(), b.To.Title())
}

func contains(us []*Unit, u *Unit) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}
