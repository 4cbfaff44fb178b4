// Package batch builds every document of a period at once — the monthly job of a
// progress folder — on all cores, for a scheduled run (cron, CI).
//
// The work is a list of [Job]s, each building one or more named files; [Run] runs them on
// a bounded pool of workers, writes each file atomically under <out>/<ky>/, and collects
// one [Result] per job: a failing job never stops the others. The inputs every job shares
// (the progress folder read for the period) are read once by [Load] into an [Input].
//
// Jobs of the báo cáo tiến độ come from [ReportJobs]:
//
//	<out>/<ky>/bao-cao-tong-hop.pdf       the report of the whole plan
//	<out>/<ky>/bao-cao-<ma-don-vi>.pdf    one per unit that leads at least one task
//
// Each document is written in every format of [Input.Formats], side by side under one name
// (bao-cao-tong-hop.pdf, bao-cao-tong-hop.docx): PDF alone by default.
//
// Other kinds of documents (the công văn đôn đốc, …) join as another [Kind]: a function
// from the shared Input to more jobs, passed in [Options.Kinds].
//
// Output is deterministic: the issue date is Input.Date (from the data — the period's last
// day — or from SOURCE_DATE_EPOCH, see SOURCE_DATE_EPOCH read by the command line); nothing reads the clock, so the
// same inputs give the same bytes.
package batch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"vanban/internal/diag"
	"vanban/internal/output"
	"vanban/internal/periodic"
	"vanban/internal/pipeline"
	"vanban/internal/progress"
	"vanban/internal/vn"
)

// File is one built file: Name is relative to the period's output folder (<out>/<ky>/).
type File struct {
	Name string
	Data []byte
}

// Job is one piece of work of the batch.
type Job struct {
	// Name names the job in progress lines and the summary: the name of its (first) file,
	// e.g. "bao-cao-huyen-uy-nga-son.pdf".
	Name string
	// Build makes the job's files. It runs on a worker goroutine, concurrently with the
	// other jobs: it may only read what it shares with them.
	Build func() ([]File, error)
	// Unit is the unit the job's documents are of ("" for the whole plan); Kind what they
	// are ("bao-cao", "don-doc"): both go in the manifest.
	Unit, Kind string
}

// Kind makes the jobs of one kind of document from the shared input.
type Kind func(in *Input) []Job

// Input is what every job of a period shares, read once: the progress folder read for
// the period as it stands on the issue date (its Warnings: late files, files sent after
// the date; its Broken files: each a failed job, see BrokenJobs) and the issue date.
type Input struct {
	Builder *pipeline.Builder
	*progress.Folder
	// Date is the issue date of every document; zero takes the period's last day.
	Date vn.Date
	// Formats are the formats each document is written in, in order ("pdf", "docx", "md");
	// empty is PDF alone.
	Formats []string
}

// Load reads the progress folder of book (its theo-doi.yaml) for the period named ky
// ("2024-11", "2024-quy-4", …): see progress.Load.
func Load(b *pipeline.Builder, book, ky string, date vn.Date) (*Input, error) {
	f, err := progress.Load(book, ky, date)
	if err != nil {
		return nil, err
	}
	return &Input{Builder: b, Folder: f, Date: date}, nil
}

// WholePlan names the report of the whole plan in the period's folder, without the
// extension its format gives: bao-cao-tong-hop.pdf, bao-cao-tong-hop.docx.
const WholePlan = "bao-cao-tong-hop"

// UnitReport names a unit's report, without the extension: bao-cao-<ma-don-vi>.
func UnitReport(unitID string) string { return "bao-cao-" + unitID }

// ReportJobs are the báo cáo tiến độ of the period: the whole plan first, then one per
// lead unit in registry order.
func ReportJobs(in *Input) []Job {
	jobs := []Job{in.reportJob(WholePlan, "")}
	for _, u := range in.Book.Leads() {
		jobs = append(jobs, in.reportJob(UnitReport(u.ID), u.ID))
	}
	return jobs
}

func (in *Input) reportJob(name, unit string) Job {
	return in.documentJob(name, unit, "bao-cao", func(formats []string) ([][]byte, error) {
		return periodic.ReportOf(in.Builder, in.Folder, periodic.ReportOptions{Unit: unit, Date: in.Date}, formats)
	})
}

// documentJob is the job of one document of a unit (or of the whole plan), of a kind:
// build makes it in each of the input's formats, written as name.<format>. The job is
// named after its first file.
func (in *Input) documentJob(name, unit, kind string, build func(formats []string) ([][]byte, error)) Job {
	formats := in.Formats
	if len(formats) == 0 {
		formats = []string{"pdf"}
	}
	return Job{Name: name + "." + formats[0], Unit: unit, Kind: kind, Build: func() ([]File, error) {
		data, err := build(formats)
		if err != nil || data == nil {
			return nil, err
		}
		files := make([]File, len(formats))
		for i, format := range formats {
			files[i] = File{Name: name + "." + format, Data: data[i]}
		}
		return files, nil
	}}
}

// Event tells how far the batch is: sent after each job ends, one at a time (the
// callback needs no lock), in the order jobs end.
type Event struct {
	Done, Total int
	// Job is the job that just ended; Err its error (nil: built).
	Job string
	Err error
}

// Options tune a run.
type Options struct {
	// Workers is the number of jobs built at once; 0 takes runtime.GOMAXPROCS(0).
	Workers int
	// Formats are what Monthly gives the jobs as Input.Formats; Run does not read them.
	Formats []string
	// Progress, if set, is called after each job.
	Progress func(Event)
}

// Result is the outcome of one job.
type Result struct {
	Job string
	// Files are the paths written.
	Files []string
	Err   error
	Time  time.Duration
}

// Summary is the outcome of a run: one Result per job, in the jobs' order.
type Summary struct {
	Total, Built, Failed int
	Results              []Result
	Time                 time.Duration
	// Dir is the period's output folder.
	Dir string
}

// Failures are the results of the jobs that failed, in the jobs' order.
func (s *Summary) Failures() []Result {
	var f []Result
	for _, r := range s.Results {
		if r.Err != nil {
			f = append(f, r)
		}
	}
	return f
}

// Run builds the jobs on a pool of workers into a fresh folder that replaces dir, whole,
// once every job has ended (see swap.go): dir is always the complete output of one run,
// with its manifest; a failed job has no file in it and is named in the manifest and the
// Summary. Two runs for one dir do not mix: the second is refused while the first holds
// the lock. The error is for the folder (it cannot be made, locked or swapped); the jobs'
// errors are in the Summary.
func Run(dir string, jobs []Job, opt Options) (*Summary, error) {
	start := time.Now()
	release, err := lock(dir)
	if err != nil {
		return nil, err
	}
	defer release()
	staged, err := stage(dir)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(staged) // a run that fails before the swap leaves nothing behind
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(jobs), 1))
	sum := &Summary{Total: len(jobs), Results: make([]Result, len(jobs)), Dir: dir}
	next := make(chan int)
	done := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				sum.Results[i] = runJob(staged, jobs[i])
				done <- i
			}
		}()
	}
	go func() {
		for i := range jobs {
			next <- i
		}
		close(next)
		wg.Wait()
		close(done)
	}()
	n := 0
	for i := range done {
		n++
		r := sum.Results[i]
		if r.Err != nil {
			sum.Failed++
		} else {
			sum.Built++
		}
		if opt.Progress != nil {
			opt.Progress(Event{Done: n, Total: len(jobs), Job: r.Job, Err: r.Err})
		}
	}
	if err := manifest(staged, jobs, sum); err != nil {
		return nil, fmt.Errorf("không ghi được danh sách tệp của lần chạy: %w", err)
	}
	if err := swap(staged, dir); err != nil {
		return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không thay được thư mục kết quả “%s”: %s", dir, vn.FileError(err, vn.Writing))}
	}
	for i, r := range sum.Results { // where the files are now
		for j, f := range r.Files {
			sum.Results[i].Files[j] = filepath.Join(dir, filepath.Base(f))
		}
	}
	sum.Time = time.Since(start)
	return sum, nil
}

// runJob builds one job and writes its files; a panic in the job is its error, and a
// job that fails leaves none of its files.
func runJob(dir string, j Job) (r Result) {
	start := time.Now()
	r.Job = j.Name
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("lỗi nội bộ khi dựng “%s”: %v", j.Name, p)
		}
		r.Time = time.Since(start)
	}()
	files, err := j.Build()
	if err != nil {
		r.Err = err
		return r
	}
	if len(files) == 0 {
		r.Err = errors.New("không dựng ra tệp nào")
		return r
	}
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if err := output.Write(path, f.Data, ""); err != nil {
			for _, written := range r.Files {
				os.Remove(written)
			}
			r.Files, r.Err = nil, err
			return r
		}
		r.Files = append(r.Files, path)
	}
	return r
}

// BrokenJobs gives one failed job per progress file that could not be read fully (and per
// folder misnamed), named by its path under the progress folder: the run ends with exit 1
// and the manifest names the file. (The unit's own documents fail too, and it gets no
// công văn đôn đốc: see progress.Load.)
func BrokenJobs(in *Input) []Job {
	jobs := make([]Job, 0, len(in.Broken))
	for _, br := range in.Broken {
		name := br.File
		if rel, err := filepath.Rel(in.Book.Dir, br.File); err == nil {
			name = rel
		}
		unit := ""
		if br.Unit != nil {
			unit = br.Unit.ID
		}
		jobs = append(jobs, Job{Name: name, Unit: unit, Kind: "tien-do", Build: func() ([]File, error) { return nil, br }})
	}
	return jobs
}

// Jobs are every job of the period: the files that could not be read (BrokenJobs), the
// reports, then the jobs of each extra kind.
func Jobs(in *Input, extra ...Kind) []Job {
	jobs := append(BrokenJobs(in), ReportJobs(in)...)
	for _, k := range extra {
		jobs = append(jobs, k(in)...)
	}
	return jobs
}

// Monthly builds every document of period ky of the progress folder of book into
// <out>/<ky>/, in each of opt.Formats: Load, Jobs and Run.
func Monthly(b *pipeline.Builder, book, ky, out string, date vn.Date, opt Options, extra ...Kind) (*Summary, *Input, error) {
	in, err := Load(b, book, ky, date)
	if err != nil {
		return nil, nil, err
	}
	in.Formats = opt.Formats
	sum, err := Run(filepath.Join(out, in.Period.String()), Jobs(in, extra...), opt)
	return sum, in, err
}
