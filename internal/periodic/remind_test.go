package periodic

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/golden"
	"vanban/internal/pdftest"
	"vanban/internal/progress"
	"vanban/internal/unitplan"
	"vanban/internal/vn"
)

// statePlan is a small State plan (KH-UBND) for the State variant of the reminder: the
// seed progress data follows a Party plan only.
const statePlan = `he_thong: nha_nuoc
loai: ke_hoach
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
so: "25"
ky_hieu: "KH-UBND"
dia_danh: "Thanh Hóa"
ngay: "2026-01-15"
trich_yeu: "Chuyển đổi số năm 2026"
phan:
  - tieu_de: "NHIỆM VỤ"
    muc:
      - doan: "Sở Nội vụ số hóa hồ sơ cán bộ, công chức."
        nhiem_vu: {ma: "1", ten: "Số hóa hồ sơ cán bộ, công chức", chu_tri: ["Sở Nội vụ"], thoi_han: "2026-02-28"}
      - doan: "Sở Tư pháp rà soát thủ tục hành chính."
        nhiem_vu: {ma: "2", ten: "Rà soát thủ tục hành chính", chu_tri: ["Sở Tư pháp"], thoi_han: "thường xuyên"}
nguoi_ky:
  quyen_han: "KT. CHỦ TỊCH"
  chuc_vu: "PHÓ CHỦ TỊCH"
  ho_ten: "Lê Minh Đức"
luu: "VT, KGVX"
`

// stateFolder follows statePlan with two units; nobody has reported in March 2026, so Sở
// Nội vụ owes task 1 (due 28/02/2026, overdue 31 days at 31/3) and its report, Sở Tư
// pháp its report only.
func stateFolder(t *testing.T) *progress.Folder {
	plan, err := data.Load("ke-hoach-ubnd.yaml", []byte(statePlan))
	if err != nil {
		t.Fatal(err)
	}
	bk := &progress.Book{Plan: plan, PlanID: "ke-hoach-ubnd",
		Registry: progress.NewRegistry([]*progress.Unit{{ID: "so-noi-vu", Name: "Sở Nội vụ"}, {ID: "so-tu-phap", Name: "Sở Tư pháp"}}, nil),
		From:     progress.Period{Kind: progress.Month, Year: 2026, N: 1}, SubmitDays: 5}
	f := progress.NewFolder(bk, progress.Period{Kind: progress.Month, Year: 2026, N: 3}, nil)
	f.File = "ke-hoach-ubnd"
	return f
}

// TestRemindersGolden checks one reminder of each system against testdata/cong-van-don-doc/:
// Party, the seed data of November 2024 (Huyện ủy Nga Sơn: III.2 overdue 61 days and the
// November report missing), issued 06/12/2024, the day after the reports were due (05/12):
// late 1 day, new deadline 13/12/2024, 5 working days later; State, the synthetic book above
// (Sở Nội vụ), issued Friday 10/04/2026, after the March deadline (05/04): new deadline
// 17/04/2026. Issued on 02/12/2024, before the deadline, Nga Sơn's recalls it (05/12) and
// does not call the unit late.
func TestRemindersGolden(t *testing.T) {
	b := newBuilder(t)
	rs, _, err := Reminders(b, progressBook, RemindOptions{Period: "2024-11", Date: issued}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Unit != "huyen-uy-nga-son" {
		t.Fatalf("%d reminders, want Nga Sơn only", len(rs))
	}
	golden.Check(t, filepath.Join("testdata", "cong-van-don-doc", "2024-11-huyen-uy-nga-son.golden.md"), rs[0].Markdown)
	if s := string(rs[0].Markdown); !strings.Contains(s, "đã chậm 1 ngày so với hạn gửi (ngày 05/12/2024)") || !strings.Contains(s, "trước ngày 13/12/2024") {
		t.Errorf("Nga Sơn on 06/12/2024:\n%s", s)
	}
	early, _, err := Reminders(b, progressBook, RemindOptions{Period: "2024-11", Unit: "huyen-uy-nga-son", Date: vn.Date{Year: 2024, Month: 12, Day: 2}}, nil)
	if err != nil || len(early) != 1 {
		t.Fatalf("%d reminders on 02/12/2024: %v", len(early), err)
	}
	if s := string(early[0].Markdown); !strings.Contains(s, "hạn gửi báo cáo là ngày 05/12/2024") || !strings.Contains(s, "trước ngày 05/12/2024") || strings.Contains(s, "đã chậm") {
		t.Errorf("Nga Sơn on 02/12/2024:\n%s", s)
	}

	srs, err := RemindersOf(b, stateFolder(t), RemindOptions{Date: vn.Date{Year: 2026, Month: 4, Day: 10}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(srs) != 2 || srs[0].Unit != "so-noi-vu" || srs[1].Unit != "so-tu-phap" {
		t.Fatalf("State reminders: %d, want Sở Nội vụ and Sở Tư pháp", len(srs))
	}
	golden.Check(t, filepath.Join("testdata", "cong-van-don-doc", "2026-03-so-noi-vu.golden.md"), srs[0].Markdown)
	for _, r := range srs {
		if ds := b.Check(r.Unit+".md", r.Markdown); len(ds) > 0 {
			t.Errorf("%s: %v", r.Unit, ds)
		}
	}
	if s := string(srs[1].Markdown); strings.Contains(s, "quá hạn chưa hoàn thành") || !strings.Contains(s, "ky_hieu: UBND-VP") {
		t.Errorf("Sở Tư pháp owes its report only:\n%s", s)
	}
}

// TestReminderPDF lays out the Party reminder: nothing of the Markdown is lost, the
// format rules find nothing; asked in three formats, it is the Word file of the same
// Markdown and the Markdown itself beside the PDF.
func TestReminderPDF(t *testing.T) {
	b := newBuilder(t)
	rs, _, err := Reminders(b, progressBook, RemindOptions{Period: "2024-11", Date: issued}, []string{"pdf", "docx", "md"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := b.Document("cong-van.md", rs[0].Markdown)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, rs[0].Files[0])
	if want, err := b.DOCX("cong-van.md", rs[0].Markdown); err != nil || !bytes.Equal(rs[0].Files[1], want) {
		t.Errorf("the .docx is not the Word file of the Markdown (%v)", err)
	}
	if !bytes.Equal(rs[0].Files[2], rs[0].Markdown) {
		t.Error("the .md is not the công văn's Markdown")
	}
	if ds := b.Check("cong-van.md", rs[0].Markdown); len(ds) > 0 {
		t.Errorf("findings: %v", ds)
	}
	if _, _, err := Reminders(b, progressBook, RemindOptions{Period: "2024-11", Unit: "khong-co"}, nil); err == nil {
		t.Error("unknown unit: no error")
	}
}

// TestUnitPlanBuilds writes the skeleton plan of units that lead tasks (Huyện ủy Nga Sơn:
// II.1.a, III.2 and III.3 as cooperating unit; Văn phòng Tỉnh ủy), and of the State book's
// Sở Nội vụ: each passes the checks without a finding and builds to a PDF.
func TestUnitPlanBuilds(t *testing.T) {
	b := newBuilder(t)
	bk, ds := progress.Open(progressBook)
	if bk == nil {
		t.Fatal(ds)
	}
	sbk := stateFolder(t).Book
	for _, c := range []struct {
		book *progress.Book
		unit string
	}{{bk, "huyen-uy-nga-son"}, {bk, "van-phong-tinh-uy"}, {bk, "ban-tuyen-giao-tinh-uy"}, {sbk, "so-noi-vu"}} {
		src, err := unitplan.Skeleton(c.book, c.unit)
		if err != nil {
			t.Fatal(err)
		}
		name := "ke-hoach-" + c.unit + ".yaml"
		if ds := b.Check(name, src); len(ds) > 0 {
			t.Errorf("%s: %v", c.unit, diag.List(ds))
		}
		pdf, err := b.PDF(name, src)
		if err != nil {
			t.Fatalf("%s: %v", c.unit, err)
		}
		if len(pdftest.MustPages(t, pdf)) < 1 {
			t.Errorf("%s: no page", c.unit)
		}
	}
}
