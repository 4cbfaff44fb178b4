package progress

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"vanban/internal/data"
	"vanban/internal/vn"
)

// smallBook is the plan of testdata/ke-hoach-nho.yaml (tasks A.1, A.2, A.3, B.1) and the
// registry of testdata/don-vi-nho.yaml, built as a literal as code may build it. Lead units:
// A.1 huyen-a, huyen-b (group “Các huyện”), deadline Quý I/2026 = 31/3/2026; A.2 so-tn
// (so-tp cooperates), 15/4/2026; A.3 huyen-a, huyen-b, so-tn, thường xuyên; B.1 van-phong,
// Quý II/2026 = 30/6/2026.
func smallBook(t *testing.T) *Book {
	t.Helper()
	src, err := os.ReadFile("testdata/ke-hoach-nho.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := data.Load("ke-hoach-nho.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	rsrc, err := os.ReadFile("testdata/don-vi-nho.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, ds := ParseRegistry("don-vi-nho.yaml", rsrc)
	if reg == nil || len(ds) > 0 {
		t.Fatal(ds)
	}
	return &Book{Plan: plan, PlanID: "ke-hoach-nho", Registry: reg,
		From: Period{Month, 2026, 1}, To: Period{Year, 2026, 0}, SubmitDays: 5}
}

// sub makes a submission as Check leaves it (Period and Sent read).
func sub(unit, period, sent string, tasks []TaskReport, ind ...Indicator) *Submission {
	p, err := ParsePeriod(period)
	if err != nil {
		panic(err)
	}
	d, err := vn.ParseDate(sent)
	if err != nil {
		panic(err)
	}
	return &Submission{PlanID: "ke-hoach-nho", UnitID: unit, PeriodText: period, SentText: sent,
		Tasks: tasks, Indicators: ind, File: period + "/" + unit + ".yaml", Period: p, Sent: d}
}

func tr(id string, s Status, pct ...float64) TaskReport {
	r := TaskReport{ID: id, Status: s, Result: "…"}
	if len(pct) > 0 {
		r.Percent = N(pct[0])
	}
	return r
}

func ind(name, measure string, target *float64, actual float64) Indicator {
	in := Indicator{Name: name, Measure: measure, Actual: N(actual)}
	if target != nil {
		in.Target = N(*target)
	}
	return in
}

func f(v float64) *float64 { return &v }

// smallSubs are the files of the small plan's follow-up, March and April 2026:
//
//	2026-03/huyen-a   sent 3/4   A.1 hoan_thanh, A.3 dang_thuc_hien; rừng 20/20 ha
//	2026-03/huyen-b   sent 8/4   A.1 dang_thuc_hien 60%, A.3 dang_thuc_hien (late: due 5/4)
//	2026-03/so-tn     sent 2/4   A.2 dang_thuc_hien 50%, A.3 chua_trien_khai;
//	                             rừng 40/100 ha, số vụ 12 (no target), tỷ lệ 5/0 (target 0)
//	2026-03/so-tp     sent 2/4   A.2 dang_thuc_hien (cooperating unit)
//	(van-phong sends nothing for March)
//	2026-04/huyen-a   sent 4/5   A.3 dang_thuc_hien (A.1 not repeated: March's hoan_thanh stands)
//	2026-04/huyen-b   sent 4/5   A.1 hoan_thanh
//	2026-04/so-tn     sent 5/5   A.2 cham_tien_do 70%; rừng 70/100 ha
//	2026-04/van-phong sent 5/5   B.1 dang_thuc_hien
func smallSubs() []*Submission {
	return []*Submission{
		sub("huyen-a", "2026-03", "2026-04-03", []TaskReport{tr("A.1", Done), tr("A.3", InProgress)},
			ind("Diện tích trồng rừng", "ha", f(20), 20)),
		sub("huyen-b", "2026-03", "2026-04-08", []TaskReport{tr("A.1", InProgress, 60), tr("A.3", InProgress)}),
		sub("so-tn", "2026-03", "2026-04-02", []TaskReport{tr("A.2", InProgress, 50), tr("A.3", NotStarted)},
			ind("Diện tích trồng rừng", "ha", f(100), 40), ind("Số vụ vi phạm bị xử lý", "vụ", nil, 12),
			ind("Tỷ lệ mẫu", "%", f(0), 5)),
		sub("so-tp", "2026-03", "2026-04-02", []TaskReport{tr("A.2", InProgress)}),
		sub("huyen-a", "2026-04", "2026-05-04", []TaskReport{tr("A.3", InProgress)}),
		sub("huyen-b", "2026-04", "2026-05-04", []TaskReport{tr("A.1", Done)}),
		sub("so-tn", "2026-04", "2026-05-05", []TaskReport{tr("A.2", Behind, 70)},
			ind("Diện tích trồng rừng", "ha", f(100), 70)),
		sub("van-phong", "2026-04", "2026-05-05", []TaskReport{tr("B.1", InProgress)}),
	}
}

// want is a summary written compactly; see render.
type want struct {
	overall, sections, units string
	overdue, completed       string
	missing, late            string
	change, indicators       string
	percents                 string
}

// render writes the parts of a summary that the table checks, compactly:
//
//	counts   "n=4 done=1 ip=2 behind=1 paused=0 ns=0 none=0 overdue=1 rate=25.00"
//	overdue  "A.2 cham_tien_do +15d by so-tn"
//	change   "prev=yes 0.00→+25.00; A.1 dang_thuc_hien→hoan_thanh …; units: A.1 huyen-b …"
func render(s *Summary) want {
	count := func(c Count) string {
		return fmt.Sprintf("n=%d done=%d ip=%d behind=%d paused=%d ns=%d none=%d overdue=%d rate=%.2f",
			c.Tasks, c.Done, c.InProgress, c.Behind, c.Paused, c.NotStarted, c.NoReport, c.Overdue, c.Rate())
	}
	ids := func(us []*Unit) string {
		var out []string
		for _, u := range us {
			out = append(out, u.ID)
		}
		return strings.Join(out, ",")
	}
	var w want
	w.overall = count(s.Overall)
	var parts []string
	for _, sc := range s.Sections {
		parts = append(parts, fmt.Sprintf("%d:%s", sc.Section, count(sc.Count)))
	}
	w.sections = strings.Join(parts, " | ")
	parts = nil
	for _, u := range s.Units {
		sent := "-"
		if u.Submission != nil {
			sent = u.Submission.Period.String()
		}
		parts = append(parts, fmt.Sprintf("%s(%s,late=%d) %s", u.Unit.ID, sent, u.LateDays, count(u.Count)))
	}
	w.units = strings.Join(parts, " | ")
	parts = nil
	for _, t := range s.Overdue {
		parts = append(parts, fmt.Sprintf("%s %s +%dd by %s", t.Task.ID, t.Status, t.DaysOverdue, ids(t.Owing)))
	}
	w.overdue = strings.Join(parts, "; ")
	parts = nil
	for _, c := range s.Completed {
		parts = append(parts, fmt.Sprintf("%s whole=%v by %s", c.Task.Task.ID, c.Whole, ids(c.Units)))
	}
	w.completed = strings.Join(parts, "; ")
	w.missing = ids(s.Missing)
	parts = nil
	for _, l := range s.Late {
		parts = append(parts, fmt.Sprintf("%s %s due %s +%dd", l.Unit.ID, l.Submission.Period, l.Due, l.Days))
	}
	w.late = strings.Join(parts, "; ")
	ch := s.Change
	parts = []string{fmt.Sprintf("prev=%s %v %.2f→%+.2f", ch.Prev, ch.HasPrev, ch.PrevRate, ch.RateDelta)}
	for _, c := range ch.Tasks {
		parts = append(parts, fmt.Sprintf("%s %s→%s", c.Task.Task.ID, c.From, c.To))
	}
	for _, c := range ch.Units {
		parts = append(parts, fmt.Sprintf("%s/%s %s→%s", c.Task.Task.ID, c.Unit.ID, c.From, c.To))
	}
	w.change = strings.Join(parts, "; ")
	parts = nil
	for _, g := range s.Indicators {
		var rows []string
		for _, r := range g.Rows {
			a := "-"
			if r.HasAchieved {
				a = fmt.Sprintf("%.2f%%", r.Achieved)
			}
			rows = append(rows, fmt.Sprintf("%s %s/%s=%s", r.Unit.ID, r.Indicator.Actual.Text, r.Indicator.Target.Text, a))
		}
		parts = append(parts, fmt.Sprintf("%s (%s): %s", g.Name, g.Measure, strings.Join(rows, ", ")))
	}
	w.indicators = strings.Join(parts, "; ")
	parts = nil
	for _, t := range s.Tasks {
		p := "-"
		if t.HasPercent {
			p = fmt.Sprintf("%.0f", t.Percent)
		}
		var others []string
		for _, o := range t.Others {
			others = append(others, o.Unit.ID)
		}
		parts = append(parts, fmt.Sprintf("%s=%s%s", t.Task.ID, p, strings.Join(append([]string{""}, others...), "+")))
	}
	w.percents = strings.Join(parts, " ")
	return w
}

// TestSummarize checks every part of the summary of the small plan, counted by hand from
// smallSubs (see its comment and each case's notes).
func TestSummarize(t *testing.T) {
	b := smallBook(t)
	for _, tc := range []struct {
		period string
		want   want
	}{{
		// Nothing sent yet: every task has no report, every lead unit is missing, A.1's
		// deadline (31/3) has not come, so nothing is overdue.
		period: "2026-02",
		want: want{
			overall:  "n=4 done=0 ip=0 behind=0 paused=0 ns=0 none=4 overdue=0 rate=0.00",
			sections: "1:n=3 done=0 ip=0 behind=0 paused=0 ns=0 none=3 overdue=0 rate=0.00 | 2:n=1 done=0 ip=0 behind=0 paused=0 ns=0 none=1 overdue=0 rate=0.00",
			units: "van-phong(-,late=0) n=1 done=0 ip=0 behind=0 paused=0 ns=0 none=1 overdue=0 rate=0.00 | " +
				"so-tn(-,late=0) n=2 done=0 ip=0 behind=0 paused=0 ns=0 none=2 overdue=0 rate=0.00 | " +
				"huyen-a(-,late=0) n=2 done=0 ip=0 behind=0 paused=0 ns=0 none=2 overdue=0 rate=0.00 | " +
				"huyen-b(-,late=0) n=2 done=0 ip=0 behind=0 paused=0 ns=0 none=2 overdue=0 rate=0.00",
			missing:  "van-phong,so-tn,huyen-a,huyen-b",
			change:   "prev=2026-01 false 0.00→+0.00",
			percents: "A.1=- A.2=- A.3=- B.1=-",
		},
	}, {
		// March. A.1: huyen-a done, huyen-b 60% → in progress (not every lead done), due
		// 31/3 = the month's last day → overdue 0 days, owed by huyen-b. A.2: so-tn in
		// progress (so-tp's report is listed, not counted). A.3: in progress + in progress +
		// not started → in progress. B.1: no report. Completion: huyen-a's A.1 (first report,
		// nothing before). van-phong missing; huyen-b sent 8/4, due 5/4: 3 days late.
		// Percents: A.1 (100+60)/2 = 80; A.2 50; A.3 only so-tn's 0 counts (no percent and
		// not hoan_thanh/chua_trien_khai for the others).
		period: "2026-03",
		want: want{
			overall:  "n=4 done=0 ip=3 behind=0 paused=0 ns=0 none=1 overdue=1 rate=0.00",
			sections: "1:n=3 done=0 ip=3 behind=0 paused=0 ns=0 none=0 overdue=1 rate=0.00 | 2:n=1 done=0 ip=0 behind=0 paused=0 ns=0 none=1 overdue=0 rate=0.00",
			units: "van-phong(-,late=0) n=1 done=0 ip=0 behind=0 paused=0 ns=0 none=1 overdue=0 rate=0.00 | " +
				"so-tn(2026-03,late=0) n=2 done=0 ip=1 behind=0 paused=0 ns=1 none=0 overdue=0 rate=0.00 | " +
				"huyen-a(2026-03,late=0) n=2 done=1 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=50.00 | " +
				"huyen-b(2026-03,late=3) n=2 done=0 ip=2 behind=0 paused=0 ns=0 none=0 overdue=1 rate=0.00",
			overdue:    "A.1 dang_thuc_hien +0d by huyen-b",
			completed:  "A.1 whole=false by huyen-a",
			missing:    "van-phong",
			late:       "huyen-b 2026-03 due 2026-04-05 +3d",
			change:     "prev=2026-02 false 0.00→+0.00",
			indicators: "Diện tích trồng rừng (ha): so-tn 40/100=40.00%, huyen-a 20/20=100.00%; Số vụ vi phạm bị xử lý (vụ): so-tn 12/=-; Tỷ lệ mẫu (%): so-tn 5/0=-",
			percents:   "A.1=80 A.2=50+so-tp A.3=0 B.1=-",
		},
	}, {
		// April. A.1: huyen-a done (March stands), huyen-b done → done, completed as a whole,
		// by huyen-b. A.2: so-tn behind; due 15/4 → overdue 15 days (15/4 → 30/4), owed by
		// so-tn. A.3 unchanged, in progress. B.1 in progress. Done 1 of 4 = 25%, up 25 points
		// from March's 0. Nobody missing, nobody late (5/5 is the due day).
		period: "2026-04",
		want: want{
			overall:  "n=4 done=1 ip=2 behind=1 paused=0 ns=0 none=0 overdue=1 rate=25.00",
			sections: "1:n=3 done=1 ip=1 behind=1 paused=0 ns=0 none=0 overdue=1 rate=33.33 | 2:n=1 done=0 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=0.00",
			units: "van-phong(2026-04,late=0) n=1 done=0 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=0.00 | " +
				"so-tn(2026-04,late=0) n=2 done=0 ip=0 behind=1 paused=0 ns=1 none=0 overdue=1 rate=0.00 | " +
				"huyen-a(2026-04,late=0) n=2 done=1 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=50.00 | " +
				"huyen-b(2026-04,late=0) n=2 done=1 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=50.00",
			overdue:   "A.2 cham_tien_do +15d by so-tn",
			completed: "A.1 whole=true by huyen-b",
			change: "prev=2026-03 true 0.00→+25.00; A.1 dang_thuc_hien→hoan_thanh; A.2 dang_thuc_hien→cham_tien_do; B.1 →dang_thuc_hien; " +
				"A.1/huyen-b dang_thuc_hien→hoan_thanh; A.2/so-tn dang_thuc_hien→cham_tien_do; B.1/van-phong →dang_thuc_hien",
			indicators: "Diện tích trồng rừng (ha): so-tn 70/100=70.00%, huyen-a 20/20=100.00%; Số vụ vi phạm bị xử lý (vụ): so-tn 12/=-; Tỷ lệ mẫu (%): so-tn 5/0=-",
			percents:   "A.1=100 A.2=70+so-tp A.3=0 B.1=-",
		},
	}, {
		// Quarter II (April–June): the April files count; B.1 is now due too (30/6) and only
		// in progress → overdue 0 days by van-phong; A.2 overdue 76 days (15/4 → 30/6). The
		// previous period is quarter I, whose end (31/3) is March's: the change is April's.
		// The late March file is not in this quarter.
		period: "2026-quy-2",
		want: want{
			overall:  "n=4 done=1 ip=2 behind=1 paused=0 ns=0 none=0 overdue=2 rate=25.00",
			sections: "1:n=3 done=1 ip=1 behind=1 paused=0 ns=0 none=0 overdue=1 rate=33.33 | 2:n=1 done=0 ip=1 behind=0 paused=0 ns=0 none=0 overdue=1 rate=0.00",
			units: "van-phong(2026-04,late=0) n=1 done=0 ip=1 behind=0 paused=0 ns=0 none=0 overdue=1 rate=0.00 | " +
				"so-tn(2026-04,late=0) n=2 done=0 ip=0 behind=1 paused=0 ns=1 none=0 overdue=1 rate=0.00 | " +
				"huyen-a(2026-04,late=0) n=2 done=1 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=50.00 | " +
				"huyen-b(2026-04,late=0) n=2 done=1 ip=1 behind=0 paused=0 ns=0 none=0 overdue=0 rate=50.00",
			overdue:   "A.2 cham_tien_do +76d by so-tn; B.1 dang_thuc_hien +0d by van-phong",
			completed: "A.1 whole=true by huyen-b",
			change: "prev=2026-quy-1 true 0.00→+25.00; A.1 dang_thuc_hien→hoan_thanh; A.2 dang_thuc_hien→cham_tien_do; B.1 →dang_thuc_hien; " +
				"A.1/huyen-b dang_thuc_hien→hoan_thanh; A.2/so-tn dang_thuc_hien→cham_tien_do; B.1/van-phong →dang_thuc_hien",
			indicators: "Diện tích trồng rừng (ha): so-tn 70/100=70.00%, huyen-a 20/20=100.00%; Số vụ vi phạm bị xử lý (vụ): so-tn 12/=-; Tỷ lệ mẫu (%): so-tn 5/0=-",
			percents:   "A.1=100 A.2=70+so-tp A.3=0 B.1=-",
		},
	}} {
		t.Run(tc.period, func(t *testing.T) {
			p, _ := ParsePeriod(tc.period)
			got := render(b.Summarize(p, smallSubs()))
			for _, c := range []struct{ what, got, want string }{
				{"overall", got.overall, tc.want.overall},
				{"sections", got.sections, tc.want.sections},
				{"units", got.units, tc.want.units},
				{"overdue", got.overdue, tc.want.overdue},
				{"completed", got.completed, tc.want.completed},
				{"missing", got.missing, tc.want.missing},
				{"late", got.late, tc.want.late},
				{"change", got.change, tc.want.change},
				{"indicators", got.indicators, tc.want.indicators},
				{"percents", got.percents, tc.want.percents},
			} {
				if c.got != c.want {
					t.Errorf("%s:\ngot  %s\nwant %s", c.what, c.got, c.want)
				}
			}
		})
	}
}

// For one unit and task, the latest file wins: the later period end, then the later
// sending day, then the shorter period.
func TestLatestWins(t *testing.T) {
	b := smallBook(t)
	q2 := Period{Quarter, 2026, 2}
	for _, tc := range []struct {
		name string
		subs []*Submission
		want Status
	}{
		{"later period", []*Submission{
			sub("van-phong", "2026-05", "2026-06-01", []TaskReport{tr("B.1", Done)}),
			sub("van-phong", "2026-04", "2026-06-20", []TaskReport{tr("B.1", InProgress)}),
		}, Done},
		{"same end, sent later", []*Submission{
			sub("van-phong", "2026-06", "2026-07-03", []TaskReport{tr("B.1", Done)}),
			sub("van-phong", "2026-quy-2", "2026-07-10", []TaskReport{tr("B.1", InProgress)}),
		}, InProgress},
		{"same end and day: the month over the quarter", []*Submission{
			sub("van-phong", "2026-quy-2", "2026-07-03", []TaskReport{tr("B.1", InProgress)}),
			sub("van-phong", "2026-06", "2026-07-03", []TaskReport{tr("B.1", Done)}),
		}, Done},
		{"a file after the period does not count", []*Submission{
			sub("van-phong", "2026-06", "2026-07-03", []TaskReport{tr("B.1", Behind)}),
			sub("van-phong", "2026-07", "2026-07-20", []TaskReport{tr("B.1", Done)}),
		}, Behind},
	} {
		s := b.Summarize(q2, tc.subs)
		if got := s.Task("B.1").Status; got != tc.want {
			t.Errorf("%s: B.1 is %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The book is read-only after its first use: many summaries at once (go test -race).
func TestSummarizeConcurrent(t *testing.T) {
	b := smallBook(t)
	subs := smallSubs()
	var wg sync.WaitGroup
	rates := make([]float64, 8)
	for i := range rates {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rates[i] = b.Summarize(Period{Month, 2026, 4}, subs).Overall.Rate()
		}()
	}
	wg.Wait()
	for _, r := range rates {
		if r != 25 {
			t.Fatalf("rates %v, want 25 each", rates)
		}
	}
}

// BenchmarkSummarize1000Units: the small plan with 1,000 district units in “Các huyện”
// (leads of A.1 and A.3), three months of files each, two indicators a file.
func BenchmarkSummarize1000Units(b *testing.B) {
	src, _ := os.ReadFile("testdata/ke-hoach-nho.yaml")
	plan, err := data.Load("ke-hoach-nho.yaml", src)
	if err != nil {
		b.Fatal(err)
	}
	units := []*Unit{{ID: "van-phong", Name: "Văn phòng"}, {ID: "so-tn", Name: "Sở Tài nguyên"}, {ID: "so-tp", Name: "Sở Tư pháp"}}
	var members []string
	for i := range 1000 {
		id := fmt.Sprintf("huyen-%04d", i)
		units = append(units, &Unit{ID: id, Name: "Huyện " + id})
		members = append(members, id)
	}
	book := &Book{Plan: plan, PlanID: "ke-hoach-nho", Registry: NewRegistry(units, []*Group{{Name: "Các huyện", Members: members}}),
		From: Period{Month, 2026, 1}, SubmitDays: 5}
	var subs []*Submission
	for m, sent := range []string{"2026-04-03", "2026-05-04", "2026-06-03"} {
		for i, id := range members {
			st := []Status{InProgress, Behind, Done}[(i+m)%3]
			subs = append(subs, sub(id, fmt.Sprintf("2026-%02d", m+3), sent, []TaskReport{tr("A.1", st, 50), tr("A.3", InProgress)},
				ind("Diện tích trồng rừng", "ha", f(100), float64(i%100)), ind("Tỷ lệ thu gom", "%", f(90), 85)))
		}
	}
	b.ResetTimer()
	for b.Loop() {
		book.Summarize(Period{Month, 2026, 5}, subs)
	}
}
