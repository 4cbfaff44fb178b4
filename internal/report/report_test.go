package report

import (
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/vn"
)

func TestSymbol(t *testing.T) {
	for _, c := range [][2]string{{"KH/TU", "BC/TU"}, {"KH-UBND", "BC-UBND"}, {"KH/BTGTU", "BC/BTGTU"}, {"UBND-VX", "BC-UBND-VX"}, {"", "BC"}} {
		if got := Symbol(c[0]); got != c[1] {
			t.Errorf("Symbol(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func summary(t *testing.T, period string) (*progress.Book, *progress.Summary) {
	t.Helper()
	b, ds := progress.Open("../../data/tien-do/theo-doi.yaml")
	if b == nil {
		t.Fatal(ds)
	}
	subs, _ := b.LoadAll()
	p, err := progress.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	return b, b.Summarize(p, subs)
}

// TestDataNovember checks the report data of November 2024 against the hand counts of
// internal/progress/example_test.go (TestExampleSummary) and docs/tien-do.md section 8:
// 1 of 18 tasks done (5,56%), 15 in progress, 1 behind (II.4.d), 1 paused (II.3.d);
// III.2 overdue 61 days, owed by Nga Sơn only; Huyện ủy Nga Sơn did not submit; no late
// submission in November; the provincial waste indicator 92,4 of 95 = 97,26%; Nga Sơn
// leads II.1.a and III.2, both in progress, and owes III.2.
func TestDataNovember(t *testing.T) {
	b, sum := summary(t, "2024-11")
	d, err := Data(b, sum, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tong := d["tong"].(map[string]any)
	for k, want := range map[string]any{"so_nhiem_vu": 18, "hoan_thanh": 1, "dang_thuc_hien": 15, "cham_tien_do": 1,
		"tam_dung": 1, "chua_trien_khai": 0, "chua_bao_cao": 0, "qua_han": 1, "ty_le": "5,56%"} {
		if tong[k] != want {
			t.Errorf("tong.%s = %v, want %v", k, tong[k], want)
		}
	}
	for k, want := range map[string]any{"ky_hieu": "BC/TU", "loai": "bao_cao", "he_thong": "dang", "ngay": "2024-11-30",
		"co_quan": "TỈNH ỦY THANH HÓA", "ky": "tháng 11 năm 2024",
		"trich_yeu": "kết quả thực hiện Kế hoạch thực hiện Kết luận số 81-KL/TW của Bộ Chính trị, tháng 11 năm 2024"} {
		if d[k] != want {
			t.Errorf("%s = %v, want %v", k, d[k], want)
		}
	}
	od := d["qua_han"].([]any)
	if len(od) != 1 || od[0].(map[string]any)["ma"] != "III.2" || od[0].(map[string]any)["so_ngay"] != 61 ||
		od[0].(map[string]any)["don_vi"] != "Nga Sơn" {
		t.Errorf("qua_han = %v, want III.2 61 days by Nga Sơn", od)
	}
	if m := d["chua_gui"].([]any); len(m) != 1 || m[0].(map[string]any)["don_vi"] != "Huyện ủy Nga Sơn" {
		t.Errorf("chua_gui = %v", m)
	}
	if l := d["gui_muon"].([]any); len(l) != 0 {
		t.Errorf("gui_muon = %v, want none in November", l)
	}
	if n := len(d["theo_don_vi"].([]any)); n != 20 {
		t.Errorf("%d lead units, want 20", n)
	}
	waste := d["chi_tieu"].([]any)[1].(map[string]any)
	row := waste["dong"].([]any)[0].(map[string]any)
	if waste["don_vi_tinh"] != "%" || row["thuc_hien"] != "92,4" || row["ke_hoach"] != "95" || row["dat"] != "97,26%" {
		t.Errorf("waste indicator = %v %v", waste["ten"], row)
	}
	if n := len(d["phu_luc"].([]any)); n != 18 {
		t.Errorf("annex has %d rows, want 18", n)
	}
	if s := d["so_sanh"].(map[string]any); s["ky_truoc"] != "tháng 10 năm 2024" || s["thay_doi"] != "không đổi" {
		t.Errorf("so_sanh = %v (October had 1 of 18 done as well)", s)
	}

	// One unit: Nga Sơn.
	u, err := Data(b, sum, Options{Unit: "huyen-uy-nga-son", Date: vn.Date{Year: 2024, Month: 12, Day: 2}})
	if err != nil {
		t.Fatal(err)
	}
	ut := u["tong"].(map[string]any)
	if ut["so_nhiem_vu"] != 2 || ut["dang_thuc_hien"] != 2 || ut["qua_han"] != 1 || ut["ty_le"] != "0,00%" {
		t.Errorf("Nga Sơn tong = %v", ut)
	}
	if u["ngay"] != "2024-12-02" || u["ngay_chu"] != "02 tháng 12 năm 2024" {
		t.Errorf("date = %v / %v", u["ngay"], u["ngay_chu"])
	}
	if n := len(u["phu_luc"].([]any)); n != 2 {
		t.Errorf("Nga Sơn annex has %d rows, want 2", n)
	}
	if m := u["chua_gui"].([]any); len(m) != 1 {
		t.Errorf("Nga Sơn did not submit in November: chua_gui = %v", m)
	}
	// A unit that leads nothing, or that does not exist, is the user's mistake.
	for unit, want := range map[string]string{
		"bao-thanh-hoa": "đơn vị “bao-thanh-hoa” không chủ trì nhiệm vụ nào của kế hoạch: không có gì để báo cáo",
		"khong-co":      "không có đơn vị mã “khong-co” trong danh sách đơn vị",
	} {
		_, err := Data(b, sum, Options{Unit: unit})
		if code, ok := diag.CodeOf(err); err == nil || err.Error() != want || !ok || code != diag.Input {
			t.Errorf("unit %s: error %v (code %v, a diagnostic: %v), want the input diagnostic %q", unit, err, code, ok, want)
		}
	}
}

// TestDataOctober: late Bá Thước (12/11, 7 days), missing Hội Cựu chiến binh tỉnh.
func TestDataOctober(t *testing.T) {
	b, sum := summary(t, "2024-10")
	d, err := Data(b, sum, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := d["gui_muon"].([]any)
	if len(l) != 1 || l[0].(map[string]any)["don_vi"] != "Huyện ủy Bá Thước" || l[0].(map[string]any)["so_ngay"] != 7 ||
		l[0].(map[string]any)["ngay_gui"] != "12/11/2024" {
		t.Errorf("gui_muon = %v", l)
	}
	if m := d["chua_gui"].([]any); len(m) != 1 || m[0].(map[string]any)["don_vi"] != "Hội Cựu chiến binh tỉnh" {
		t.Errorf("chua_gui = %v", m)
	}
}

// TestUnitReportSigner: a unit's own report is signed by the signer the unit list gives
// the unit; without one it carries the plan's, for the office to change.
func TestUnitReportSigner(t *testing.T) {
	b, sum := summary(t, "2024-11")
	signer := func() map[string]any {
		d, err := Data(b, sum, Options{Unit: "huyen-uy-tho-xuan"})
		if err != nil {
			t.Fatal(err)
		}
		return d["nguoi_ky"].(map[string]any)
	}
	if got := signer()["ho_ten"]; got != b.Plan.Signer.Name {
		t.Errorf("without a signer of its own: %v, want the plan's %q", got, b.Plan.Signer.Name)
	}
	u := b.Registry.Unit("huyen-uy-tho-xuan")
	u.Signer = &model.Signer{Authority: model.TextLines{"T/M BAN THƯỜNG VỤ"}, Position: "BÍ THƯ", Name: "Lê Văn Bình"}
	defer func() { u.Signer = nil }()
	if got := signer(); got["ho_ten"] != "Lê Văn Bình" || got["chuc_vu"] != "BÍ THƯ" {
		t.Errorf("signer %v, want the unit's own", got)
	}
}

// TestPeoplesCommitteeAuthority: a State report signed KT. CHỦ TỊCH carries “TM. ỦY BAN
// NHÂN DÂN” above when its issuer is an Ủy ban nhân dân, written in full or as UBND; not
// when a sở issues it.
func TestPeoplesCommitteeAuthority(t *testing.T) {
	b, ds := progress.Open("../../data/tien-do-lam-dong/theo-doi.yaml")
	if b == nil {
		t.Fatal(ds)
	}
	for _, c := range []struct {
		body string
		tm   bool
	}{
		{"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", true},
		{"UBND TỈNH LÂM ĐỒNG", true},
		{"UBND\nTỈNH LÂM ĐỒNG", true},
		{"Ủy ban nhân dân tỉnh Lâm Đồng", true},
		{"SỞ NỘI VỤ", false},
	} {
		b.Report.Body = c.body
		got := header(b, nil, vn.Date{Year: 2026, Month: 3, Day: 10}).Signer.Authority
		want := model.TextLines{"KT. CHỦ TỊCH"}
		if c.tm {
			want = model.TextLines{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("body %q: authority %q, want %q", c.body, got, want)
		}
	}
}
