package batch

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"vanban/internal/periodic"
	"vanban/internal/pipeline"
	"vanban/internal/vn"
)

const book = "../../data/tien-do/theo-doi.yaml"

func builder(t testing.TB) *pipeline.Builder {
	b, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestMonthly builds the bundled example's 2024-11: the whole-plan report and one per lead
// unit (the 20 units of data/tien-do lead tasks: 21 reports), twice, with the same bytes.
func TestMonthly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 42 PDFs")
	}
	b := builder(t)
	var outs [2]string
	for i := range outs {
		outs[i] = t.TempDir()
		var mu sync.Mutex
		var events []Event
		sum, in, err := Monthly(b, book, "2024-11", outs[i], vn.Date{}, Options{Progress: func(e Event) {
			mu.Lock()
			events = append(events, e)
			mu.Unlock()
		}})
		if err != nil {
			t.Fatal(err)
		}
		want := 1 + len(in.Book.Leads())
		if sum.Total != want || sum.Built != want || sum.Failed != 0 {
			t.Fatalf("total %d, built %d, failed %d; want %d built: %v", sum.Total, sum.Built, sum.Failed, want, sum.Failures())
		}
		if want != 21 {
			t.Errorf("%d reports, want 21 (whole plan + 20 lead units of data/tien-do)", want)
		}
		if len(events) != want || events[len(events)-1].Done != want || events[len(events)-1].Total != want {
			t.Errorf("progress: %d events, last %+v; want %d ending at done == total", len(events), events[len(events)-1], want)
		}
		for n, e := range events {
			if e.Done != n+1 {
				t.Errorf("event %d has done %d", n, e.Done)
			}
		}
		dir := filepath.Join(outs[i], "2024-11")
		entries, _ := os.ReadDir(dir)
		if len(entries) != want+1 {
			t.Errorf("%s holds %d files, want %d and the manifest", dir, len(entries), want)
		}
		for _, name := range []string{WholePlan + ".pdf", UnitReport("huyen-uy-nga-son") + ".pdf"} {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
				t.Errorf("%s: not a PDF (%v)", name, err)
			}
		}
	}
	// The batch's files are those of “vanban bao-cao” (periodic.Report, which opens the book
	// itself): sharing the loaded book changes nothing.
	for _, unit := range []string{"", "huyen-uy-nga-son"} {
		want, _, err := periodic.Report(b, book, periodic.ReportOptions{Period: "2024-11", Unit: unit}, []string{"pdf"})
		if err != nil {
			t.Fatal(err)
		}
		name := WholePlan + ".pdf"
		if unit != "" {
			name = UnitReport(unit) + ".pdf"
		}
		if got, _ := os.ReadFile(filepath.Join(outs[0], "2024-11", name)); !bytes.Equal(got, want[0]) {
			t.Errorf("%s differs from periodic.Report's", name)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(outs[0], "2024-11"))
	for _, e := range entries {
		a, _ := os.ReadFile(filepath.Join(outs[0], "2024-11", e.Name()))
		c, _ := os.ReadFile(filepath.Join(outs[1], "2024-11", e.Name()))
		if !bytes.Equal(a, c) {
			t.Errorf("%s differs between two builds of the same inputs", e.Name())
		}
	}
}

// TestFormats builds 2024-11 with its công văn đôn đốc in PDF and Word: every document is
// one job with its two files side by side, the manifest lists both with their hashes, and
// each file is what periodic makes of that document in that format.
func TestFormats(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 44 files")
	}
	b := builder(t)
	out := t.TempDir()
	date := vn.Date{Year: 2024, Month: 12, Day: 6}
	sum, in, err := Monthly(b, book, "2024-11", out, date, Options{Formats: []string{"pdf", "docx"}}, ReminderJobs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Total != 22 || sum.Failed != 0 {
		t.Fatalf("total %d, failed %d: %v", sum.Total, sum.Failed, sum.Failures())
	}
	dir := filepath.Join(out, "2024-11")
	manifest, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	for _, r := range sum.Results {
		base := strings.TrimSuffix(r.Job, ".pdf")
		if len(r.Files) != 2 || r.Files[0] != filepath.Join(dir, base+".pdf") || r.Files[1] != filepath.Join(dir, base+".docx") {
			t.Errorf("%s: files %v", r.Job, r.Files)
		}
		for _, f := range r.Files {
			data, _ := os.ReadFile(f)
			if !strings.Contains(string(manifest), fmt.Sprintf("%s\t%x\t", filepath.Base(f), sha256.Sum256(data))) {
				t.Errorf("%s is not in the manifest with its hash", filepath.Base(f))
			}
		}
	}
	rs, err := periodic.RemindersOf(b, in.Folder, periodic.RemindOptions{Unit: "huyen-uy-nga-son", Date: date}, []string{"docx"})
	if err != nil || len(rs) != 1 {
		t.Fatalf("%d reminders: %v", len(rs), err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, Reminder("huyen-uy-nga-son")+".docx")); !bytes.Equal(got, rs[0].Files[0]) {
		t.Error("the công văn's .docx differs from periodic's")
	}
	report, err := periodic.ReportOf(b, in.Folder, periodic.ReportOptions{Date: date}, []string{"docx"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, WholePlan+".docx")); !bytes.Equal(got, report[0]) {
		t.Error("the report's .docx differs from periodic's")
	}
}

// TestFailureDoesNotStop: a failing job, a panicking one and one that cannot write are
// reported with their diagnostic; the other jobs are built.
func TestFailureDoesNotStop(t *testing.T) {
	dir := t.TempDir()
	ok := func(name string) Job {
		return Job{Name: name, Build: func() ([]File, error) { return []File{{Name: name, Data: []byte(name)}}, nil }}
	}
	jobs := []Job{
		ok("a.pdf"),
		{Name: "hong.pdf", Build: func() ([]File, error) { return nil, errors.New("mẫu hỏng") }},
		ok("b.pdf"),
		{Name: "hoang.pdf", Build: func() ([]File, error) { panic("bất ngờ") }},
		{Name: "khong-co/d.pdf", Build: func() ([]File, error) { return []File{{Name: "khong-co/d.pdf", Data: []byte("d")}}, nil }},
		// Its second format cannot be written: the job fails and its first file goes.
		{Name: "e.pdf", Build: func() ([]File, error) {
			return []File{{Name: "e.pdf", Data: []byte("e")}, {Name: "khong-co/e.docx", Data: []byte("e")}}, nil
		}},
		ok("c.pdf"),
	}
	for _, workers := range []int{1, 3, 0} {
		var last Event
		sum, err := Run(dir, jobs, Options{Workers: workers, Progress: func(e Event) { last = e }})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Built != 3 || sum.Failed != 4 || last.Done != 7 || last.Total != 7 {
			t.Errorf("workers %d: built %d, failed %d, last event %+v", workers, sum.Built, sum.Failed, last)
		}
		f := sum.Failures()
		if len(f) != 4 || !strings.Contains(f[0].Err.Error(), "mẫu hỏng") || !strings.Contains(f[1].Err.Error(), "bất ngờ") ||
			!strings.Contains(f[2].Err.Error(), "khong-co") || !strings.Contains(f[3].Err.Error(), "khong-co") || len(f[3].Files) != 0 {
			t.Errorf("failures %v", f)
		}
		if _, err := os.Stat(filepath.Join(dir, "e.pdf")); err == nil {
			t.Error("the failed job's first file is in the folder")
		}
		for _, name := range []string{"a.pdf", "b.pdf", "c.pdf"} {
			if data, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(data) != name {
				t.Errorf("%s: %q, %v", name, data, err)
			}
		}
	}
}

func TestExtraKind(t *testing.T) {
	if testing.Short() {
		t.Skip("builds PDFs")
	}
	out := t.TempDir()
	kind := func(in *Input) []Job {
		return []Job{{Name: "don-doc.txt", Build: func() ([]File, error) {
			return []File{{Name: "don-doc.txt", Data: []byte(in.Period.String())}}, nil
		}}}
	}
	sum, _, err := Monthly(builder(t), book, "2024-11", out, vn.Date{}, Options{}, kind)
	if err != nil || sum.Failed != 0 || sum.Results[len(sum.Results)-1].Job != "don-doc.txt" {
		t.Fatalf("%v %+v", err, sum)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "2024-11", "don-doc.txt")); string(data) != "2024-11" {
		t.Errorf("extra kind wrote %q", data)
	}
}

// TestWholeRun: the folder is always the whole of the last run: a file the previous run
// built and this one did not is gone, the manifest lists the files with their hashes,
// units and kinds, and the failed job; no staging folder is left beside it.
func TestWholeRun(t *testing.T) {
	out := t.TempDir()
	dir := filepath.Join(out, "2024-11")
	file := func(name, unit string) Job {
		return Job{Name: name, Unit: unit, Kind: "don-doc", Build: func() ([]File, error) {
			return []File{{Name: name, Data: []byte(name)}}, nil
		}}
	}
	if _, err := Run(dir, []Job{file("don-doc-a.pdf", "a"), file("don-doc-b.pdf", "b")}, Options{}); err != nil {
		t.Fatal(err)
	}
	broken := Job{Name: "bao-cao-c.pdf", Unit: "c", Kind: "bao-cao", Build: func() ([]File, error) { return nil, errors.New("hỏng") }}
	if _, err := Run(dir, []Job{file("don-doc-a.pdf", "a"), broken}, Options{}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "danh-sach.tsv don-doc-a.pdf" {
		t.Errorf("folder holds %v, want the second run's file and its manifest", names)
	}
	m, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	want := fmt.Sprintf("tệp\tsha256\tđơn vị\tloại\ndon-doc-a.pdf\t%x\ta\tdon-doc\nbao-cao-c.pdf\tlỗi\tc\tbao-cao\n", sha256.Sum256([]byte("don-doc-a.pdf")))
	if string(m) != want {
		t.Errorf("manifest:\n%s\nwant:\n%s", m, want)
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".2024-11.dang-dung-*")); len(left) > 0 {
		t.Errorf("staging folders left: %v", left)
	}
}

// TestOneRunAtATime: while a run holds a period's folder, a second run for it is refused
// with a message; the first run's folder is whole.
func TestOneRunAtATime(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "2024-11")
	inside := make(chan bool)
	finish := make(chan bool)
	slow := Job{Name: "a.pdf", Build: func() ([]File, error) {
		inside <- true
		<-finish
		return []File{{Name: "a.pdf", Data: []byte("a")}}, nil
	}}
	errc := make(chan error)
	go func() {
		_, err := Run(dir, []Job{slow}, Options{})
		errc <- err
	}()
	<-inside
	_, err := Run(dir, []Job{{Name: "b.pdf", Build: func() ([]File, error) { return []File{{Name: "b.pdf"}}, nil }}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "một lần chạy khác đang dựng") {
		t.Errorf("second run: %v", err)
	}
	close(finish)
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.pdf")); err == nil {
		t.Error("the second run's file is in the folder")
	}
}
