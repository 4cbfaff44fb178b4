package progress

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
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
		{"Hằng năm", Recurring, "năm"},
		{"hàng quý", Recurring, "quý"},
		{"định kỳ hằng tháng", Recurring, "tháng"},
		{"chậm nhất là ngày 15/01/2026", Dated, "2026-01-15"},
		{"trước ngày 30/6/2026", Dated, "2026-06-30"},
		{"Tháng 6/2026", Dated, "2026-06-30"},
		{"Trong năm 2026", Dated, "2026-12-31"},
		{"từ tháng 3 đến tháng 6/2026", Dated, "2026-06-30"},
		{"từ tháng 3/2026 đến tháng 6/2026", Dated, "2026-06-30"},
		{"Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện …", Dated, "2026-01-31"},
		{"trước 6/2026", Dated, "2026-06-30"},
		{"Trước ngày 30/6 hằng năm", Yearly, "06-30"},
		{"Trước ngày 31/01 năm liền kề", Yearly, "01-31+1"},
		{"Thực hiện thường xuyên trong năm", Recurring, ""},
		{"hằng quý", Recurring, "quý"},
		{"Trước ngày 05 của tháng liền kề", Recurring, "tháng"},
		{"Theo hướng dẫn của Trung ương", Recurring, ""},
		{"Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025", Recurring, ""},
		{"Thực hiện theo Quyết định số 12/2025/QĐ-UBND ngày 1/2/2025", Unreadable, ""},
		{"khi có yêu cầu", Unreadable, ""},
		{"31/2/2026", Unreadable, ""},
		{"Quý V/2026", Unreadable, ""},
	} {
		d := ParseDeadline(tc.in)
		if got := deadlineString(d); d.Kind != tc.kind || got != tc.date || d.Text != tc.in {
			t.Errorf("ParseDeadline(%q) = %v %q, want %v %q", tc.in, d.Kind, got, tc.kind, tc.date)
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

// deadlineString writes what a deadline says besides its kind: the day of a Dated one,
// month-day (+ years after) of a Yearly one, the period a Recurring one comes back in.
func deadlineString(d Deadline) string {
	switch d.Kind {
	case Dated:
		return d.Date.String()
	case Yearly:
		s := fmt.Sprintf("%02d-%02d", d.Date.Month, d.Date.Day)
		if d.YearsAfter > 0 {
			s += fmt.Sprintf("+%d", d.YearsAfter)
		}
		return s
	case Recurring:
		return map[Kind]string{Month: "tháng", Quarter: "quý", Half: "6 tháng", Year: "năm"}[d.Every]
	}
	return ""
}

// TestAnnexDeadlines reads every distinct thoi_han of the annex of a real State plan (Kế
// hoạch cải cách hành chính năm 2026 of the UBND tỉnh Lâm Đồng, column “Thời gian hoàn
// thành”, 52 rows): each reads as a day, a day of every year, a recurrence, or is classed on
// purpose as set by another document (“Theo …”, “Sau … kể từ …”); none is Unreadable. The
// same table is in docs/tien-do.md 7.4.
func TestAnnexDeadlines(t *testing.T) {
	for _, tc := range []struct {
		rows int
		in   string
		kind DeadlineKind
		want string
	}{
		{15, "Thường xuyên trong năm", Recurring, ""},
		{11, "Trong năm 2026", Dated, "2026-12-31"},
		{3, "Trước ngày 05 của tháng liền kề", Recurring, "tháng"},
		{2, "Theo hướng dẫn của Trung ương", Recurring, ""},
		{2, "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện.", Dated, "2026-01-31"},
		{2, "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện", Dated, "2026-01-31"},
		{1, "Định kỳ hằng tháng", Recurring, "tháng"},
		{1, "Trước ngày 31/01 năm liền kề", Yearly, "01-31+1"},
		{1, "Triển khai thực hiện sáng kiến, mô hình, giải pháp và báo cáo kết quả thực hiện chậm nhất trong tháng 9/2026", Dated, "2026-09-30"},
		{1, "Thực hiện thường xuyên trong năm", Recurring, ""},
		{1, "Thực hiện thường xuyên khi có yêu cầu của bộ, ngành Trung ương.", Recurring, ""},
		{1, "Thường xuyên trong tháng", Recurring, ""},
		{1, "Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật", Recurring, ""},
		{1, "Theo kế hoạch của tỉnh", Recurring, ""},
		{1, "Theo các mốc thời gian tại Quyết định số 1737/QĐ-UBND ngày 17/10/2025 của Chủ tịch UBND tỉnh", Recurring, ""},
		{1, "Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh", Recurring, ""},
		{1, "Theo các mốc thời gian tại Phương án số 7178/PA-UBND ngày 14/11/2025 của UBND tỉnh", Recurring, ""},
		{1, "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh", Recurring, ""},
		{1, "Sau 03 tháng kể từ khi có văn bản của Trung ương hoặc Quyết định liên quan của cơ quan có thẩm quyền", Recurring, ""},
		{1, "Báo cáo định kỳ theo thời gian quy định; thực hiện thường xuyên trong năm", Recurring, ""},
		{1, "Ban hành kế hoạch trong tháng 01/2026, tổ chức kiểm tra chậm nhất trong tháng 6/2026 và báo cáo kết quả khắc phục các tồn tại, hạn chế phát hiện qua kiểm tra chậm nhất trong tháng 8/2026", Dated, "2026-01-31"},
		{1, "Ban hành kế hoạch chậm nhất là ngày 31/12/2025 và tổ chức mở lớp theo kế hoạch đề ra.", Dated, "2025-12-31"},
		{1, "Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực hiện", Dated, "2026-01-15"},
	} {
		d := ParseDeadline(tc.in)
		if got := deadlineString(d); d.Kind != tc.kind || got != tc.want {
			t.Errorf("%q = %v %q, want %v %q", tc.in, d.Kind, got, tc.kind, tc.want)
		}
	}
}

// A Yearly deadline falls in the year looked at (or the next, for “năm liền kề”).
func TestYearlyOn(t *testing.T) {
	jul := vn.Date{Year: 2026, Month: 7, Day: 31}
	d := ParseDeadline("Trước ngày 30/6 hằng năm")
	if on, ok := d.On(jul); !ok || on.String() != "2026-06-30" || !d.OverdueAt(jul) {
		t.Errorf("30/6 hằng năm on %v: %v %v, overdue %v", jul, on, ok, d.OverdueAt(jul))
	}
	d = ParseDeadline("Trước ngày 31/01 năm liền kề")
	if on, _ := d.On(jul); on.String() != "2027-01-31" || d.OverdueAt(jul) {
		t.Errorf("31/01 năm liền kề on %v: %v", jul, on)
	}
}

// CheckDeadlines warns at its line on a thoi_han that reads as nothing, with the hint of
// han_theo_doi, says nothing of one han_theo_doi covers, and refuses a han_theo_doi that is
// no day.
func TestCheckDeadlines(t *testing.T) {
	src, err := os.ReadFile("../../data/ke-hoach-ubnd-chuyen-doi-so-2026.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), `thoi_han: "Quý IV/2026"`, `thoi_han: "khi có yêu cầu"`, 1)
	text = strings.Replace(text, `thoi_han: "2026-03-31"`, `thoi_han: "Sau 03 tháng kể từ khi có văn bản"
              han_theo_doi: "sớm"`, 1)
	text = strings.Replace(text, `thoi_han: "Quý III/2026"`, `thoi_han: "khi có văn bản"
              han_theo_doi: "2026-09-30"`, 1)
	s, err := yamlfile.Parse("kh.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := data.FromSource(s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range CheckDeadlines(plan, s.Locator()) {
		got = append(got, fmt.Sprintf("%d:%d %s %s", d.Line, d.Col, d.Severity, d.Message))
		if d.Severity == diag.Warning && !strings.Contains(d.Hint, "han_theo_doi") {
			t.Errorf("hint %q", d.Hint)
		}
	}
	want := []string{
		"119:25 cảnh báo không đọc được thời hạn “khi có yêu cầu” của nhiệm vụ III.2.c thành ngày: nhiệm vụ này không bao giờ bị tính là quá hạn",
		"128:29 lỗi hạn theo dõi “sớm” của nhiệm vụ III.2.d không phải một ngày",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
