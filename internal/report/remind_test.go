package report

import (
	"reflect"
	"testing"

	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/vn"
)

func TestRemindSymbol(t *testing.T) {
	for _, c := range []struct {
		sys        model.System
		plan, want string
	}{
		{model.Party, "KH/TU", "CV/TU"}, {model.Party, "KH/BTGTU", "CV/BTGTU"}, {model.Party, "", "CV"},
		{model.State, "KH-UBND", "UBND-VP"}, {model.State, "KH-UBND-VX", "UBND-VX"}, {model.State, "UBND-NC", "UBND-NC"}, {model.State, "", "VP"},
	} {
		if got := RemindSymbol(c.sys, c.plan); got != c.want {
			t.Errorf("RemindSymbol(%s, %q) = %q, want %q", c.sys, c.plan, got, c.want)
		}
	}
}

// TestReminders checks who gets a công văn đôn đốc against a hand count of data/tien-do
// (20 lead units each period). III.2 (due 30/9/2024) is the only dated task:
//   - 2024-09: five units had not reported III.2 done at 30/9 (overdue 0 days, as the
//     summary counts a task due on the period's last day): BCS đảng UBND tỉnh, Hội CCB tỉnh,
//     Thị ủy Bỉm Sơn, Huyện ủy Nga Sơn, Huyện ủy Bá Thước; nobody missing; 15 get none.
//   - 2024-10: Hội CCB tỉnh (III.2 overdue 31 days, and no October file), Nga Sơn and Bá
//     Thước (III.2, 31 days); 17 get none.
//   - 2024-11: Nga Sơn only: III.2 overdue 61 days and the November report missing (due
//     05/12/2024); 19 get none.
func TestReminders(t *testing.T) {
	for _, c := range []struct {
		period  string
		units   []string
		missing []bool
		days    int
	}{
		{"2024-09", []string{"ban-can-su-dang-ubnd-tinh", "hoi-cuu-chien-binh-tinh", "thi-uy-bim-son", "huyen-uy-nga-son", "huyen-uy-ba-thuoc"}, []bool{false, false, false, false, false}, 0},
		{"2024-10", []string{"hoi-cuu-chien-binh-tinh", "huyen-uy-nga-son", "huyen-uy-ba-thuoc"}, []bool{true, false, false}, 31},
		{"2024-11", []string{"huyen-uy-nga-son"}, []bool{true}, 61},
	} {
		b, sum := summary(t, c.period)
		rs, err := Reminders(b, sum, RemindOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		var miss []bool
		for _, r := range rs {
			got = append(got, r.Unit.ID)
			miss = append(miss, r.Data["chua_gui"].(bool))
			qh := r.Data["qua_han"].([]any)
			if len(qh) != 1 || qh[0].(map[string]any)["ma"] != "III.2" || qh[0].(map[string]any)["so_ngay"] != c.days {
				t.Errorf("%s %s: overdue %v, want III.2 %d days", c.period, r.Unit.ID, qh, c.days)
			}
		}
		if !reflect.DeepEqual(got, c.units) || !reflect.DeepEqual(miss, c.missing) {
			t.Errorf("%s: reminders %v (missing %v), want %v (%v)", c.period, got, miss, c.units, c.missing)
		}
		if none := len(sum.Units) - len(rs); none != 20-len(c.units) {
			t.Errorf("%s: %d units without a reminder, want %d", c.period, none, 20-len(c.units))
		}
	}
}

func TestReminderNovember(t *testing.T) {
	b, sum := summary(t, "2024-11")
	rs, err := Reminders(b, sum, RemindOptions{})
	if err != nil || len(rs) != 1 {
		t.Fatalf("%d reminders, %v", len(rs), err)
	}
	d := rs[0].Data
	for k, want := range map[string]any{
		"ky_hieu": "CV/TU", "loai": "cong_van", "ngay": "2024-11-30", "han_gui": "05/12/2024", "han_moi": "05/12/2024",
		"trich_yeu": "đôn đốc thực hiện Kế hoạch thực hiện Kết luận số 81-KL/TW của Bộ Chính trị và gửi báo cáo tiến độ tháng 11 năm 2024",
		"noi_gui":   "Văn phòng Tỉnh ủy",
	} {
		if d[k] != want {
			t.Errorf("%s = %v, want %v", k, d[k], want)
		}
	}
	if kg := d["kinh_gui"].([]any); len(kg) != 1 || kg[0] != "Huyện ủy Nga Sơn" {
		t.Errorf("kinh_gui = %v", kg)
	}
	// Issued after the reporting deadline: late, 5 working days after the issue date
	// (Tuesday 10/12 → Tuesday 17/12); on the deadline itself, not late yet.
	rs, _ = Reminders(b, sum, RemindOptions{Date: vn.Date{Year: 2024, Month: 12, Day: 10}})
	if d := rs[0].Data; d["han_moi"] != "17/12/2024" || d["muon"] != true || d["so_ngay_muon"] != 5 || d["ngay_van_ban"] != "10/12/2024" {
		t.Errorf("on 10/12: han_moi %v, muon %v, so_ngay_muon %v, ngay_van_ban %v", d["han_moi"], d["muon"], d["so_ngay_muon"], d["ngay_van_ban"])
	}
	rs, _ = Reminders(b, sum, RemindOptions{Date: vn.Date{Year: 2024, Month: 12, Day: 5}})
	if d := rs[0].Data; d["han_moi"] != "05/12/2024" || d["muon"] != false {
		t.Errorf("on 05/12: han_moi %v, muon %v", d["han_moi"], d["muon"])
	}
	// Friday 06/12 + 5 working days: Friday 13/12; han_don_doc 2: Tuesday 10/12.
	if got := addWorkingDays(vn.Date{Year: 2024, Month: 12, Day: 6}, 5); got.String() != "2024-12-13" {
		t.Errorf("06/12 + 5 working days = %v", got)
	}
	b2 := &progress.Book{Plan: b.Plan, Registry: b.Registry, From: b.From, SubmitDays: b.SubmitDays, RemindDays: 2}
	rs, _ = Reminders(b2, b2.Summarize(sum.Period, nil), RemindOptions{Unit: "huyen-uy-nga-son", Date: vn.Date{Year: 2024, Month: 12, Day: 6}})
	if got := rs[0].Data["han_moi"]; got != "10/12/2024" {
		t.Errorf("han_don_doc 2: han_moi = %v, want 10/12/2024", got)
	}
	// One unit: the one that owes, or nobody.
	if rs, _ := Reminders(b, sum, RemindOptions{Unit: "huyen-uy-tho-xuan"}); len(rs) != 0 {
		t.Errorf("Thọ Xuân owes nothing, got %d reminders", len(rs))
	}
	if _, err := Reminders(b, sum, RemindOptions{Unit: "khong-co"}); err == nil {
		t.Error("unknown unit: no error")
	}
}
