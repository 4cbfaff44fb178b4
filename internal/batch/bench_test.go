package batch

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"testing"

	"vanban/internal/data"
	"vanban/internal/progress"
	"vanban/internal/vn"
)

// BenchmarkReport builds one report in process: the whole-plan report of data/tien-do for
// 2024-11, from the shared input (book opened and summarized once, as in a batch).
func BenchmarkReport(b *testing.B) {
	in, err := Load(builder(b), book, "2024-11", vn.Date{})
	if err != nil {
		b.Fatal(err)
	}
	job := ReportJobs(in)[0]
	var n int
	b.ReportAllocs()
	for b.Loop() {
		files, err := job.Build()
		if err != nil {
			b.Fatal(err)
		}
		n = len(files[0].Data)
	}
	b.ReportMetric(float64(n), "bytes/pdf")
}

// BenchmarkReportUnit builds one unit's report (huyen-uy-nga-son, 2024-11) in process.
func BenchmarkReportUnit(b *testing.B) {
	in, err := Load(builder(b), book, "2024-11", vn.Date{})
	if err != nil {
		b.Fatal(err)
	}
	job := in.reportJob(UnitReport("huyen-uy-nga-son"), "huyen-uy-nga-son")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := job.Build(); err != nil {
			b.Fatal(err)
		}
	}
}

// book1000 is the small plan of internal/progress (four tasks; A.1 and A.3 led by the
// group “Các huyện”) followed by 1,000 district units plus three departments, with three
// months of files each (2026-03 … 2026-05) and two indicators a file, built in memory.
func book1000(b *testing.B) (*progress.Book, []*progress.Submission) {
	src, err := os.ReadFile("../progress/testdata/ke-hoach-nho.yaml")
	if err != nil {
		b.Fatal(err)
	}
	plan, err := data.Load("ke-hoach-nho.yaml", src)
	if err != nil {
		b.Fatal(err)
	}
	units := []*progress.Unit{{ID: "van-phong", Name: "Văn phòng"}, {ID: "so-tn", Name: "Sở Tài nguyên"}, {ID: "so-tp", Name: "Sở Tư pháp"}}
	var members []string
	for i := range 1000 {
		id := fmt.Sprintf("huyen-%04d", i)
		units = append(units, &progress.Unit{ID: id, Name: "Huyện " + id})
		members = append(members, id)
	}
	bk := &progress.Book{Plan: plan, PlanID: "ke-hoach-nho",
		Registry: progress.NewRegistry(units, []*progress.Group{{Name: "Các huyện", Members: members}}),
		From:     progress.Period{Kind: progress.Month, Year: 2026, N: 1}, SubmitDays: 5}
	var subs []*progress.Submission
	for m, sent := range []string{"2026-04-03", "2026-05-04", "2026-06-03"} {
		p := progress.Period{Kind: progress.Month, Year: 2026, N: m + 3}
		d, _ := vn.ParseDate(sent)
		for i, id := range members {
			st := []progress.Status{progress.InProgress, progress.Behind, progress.Done}[(i+m)%3]
			subs = append(subs, &progress.Submission{PlanID: "ke-hoach-nho", UnitID: id, PeriodText: p.String(), SentText: sent,
				File: p.String() + "/" + id + ".yaml", Period: p, Sent: d,
				Tasks: []progress.TaskReport{
					{ID: "A.1", Status: st, Percent: progress.N(50), Result: "Đã triển khai tới các xã, thị trấn."},
					{ID: "A.3", Status: progress.InProgress, Result: "Tuyên truyền trên đài truyền thanh."},
				},
				Indicators: []progress.Indicator{
					{Name: "Diện tích trồng rừng", Measure: "ha", Target: progress.N(100), Actual: progress.N(float64(i % 100))},
					{Name: "Tỷ lệ thu gom", Measure: "%", Target: progress.N(90), Actual: progress.N(85)},
				}})
		}
	}
	return bk, subs
}

// BenchmarkMonthly1000 builds the 1,001 reports of a 1,000-unit book for 2026-05 (the
// whole plan, 1,000 districts and so-tn: 1,002 with van-phong's) with the batch, written to
// a temp folder. It reports the wall time per batch (ns/op), reports/s and the growth of
// the heap and of the memory taken from the OS over the run.
func BenchmarkMonthly1000(b *testing.B) {
	// As the command runs it: vanban sets GOGC to 400 for its short life (cmd/vanban/main.go).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	bk, subs := book1000(b)
	bld := builder(b)
	out := b.TempDir()
	var n int
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	sys0 := ms.Sys
	b.ReportAllocs()
	for b.Loop() {
		in := &Input{Builder: bld, Folder: progress.NewFolder(bk, progress.Period{Kind: progress.Month, Year: 2026, N: 5}, subs)}
		sum, err := Run(out, ReportJobs(in), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if sum.Failed > 0 {
			b.Fatal(sum.Failures()[0].Err)
		}
		n = sum.Built
	}
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(n), "reports")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-sys")
	b.ReportMetric(float64(ms.Sys-sys0)/(1<<20), "MB-sys-growth")
}
