package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vanban/internal/batch"
	"vanban/internal/diag"
	"vanban/internal/pipeline"
)

// cmdMonthly is “vanban thang”: every report of a period into a folder, for a scheduled
// job (see docs/thang.md and package batch). A progress bar is drawn when stderr is a
// terminal, plain lines otherwise.
func cmdMonthly(args []string, stdout, stderr io.Writer) int {
	tty := false
	if stderr == io.Writer(os.Stderr) {
		if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	// The month's documents: every report, and a công văn đôn đốc for each unit that owes.
	return monthly(args, stdout, stderr, tty, batch.ReminderJobs)
}

// monthly is cmdMonthly with the terminal test made by the caller (tests force either).
func monthly(args []string, stdout, stderr io.Writer, tty bool, extra ...batch.Kind) int {
	var o buildOpts
	var f folderOpts
	flags := buildFlags(&o)
	f.declare(flags, "kỳ báo cáo", "")
	workers := flags.Int("song-song", 0, "số văn bản dựng cùng lúc (mặc định: số nhân CPU)")
	dry := flags.Bool("kiem-tra", false, "chỉ liệt kê các văn bản sẽ dựng và gửi, không ghi gì")
	list := flags.String("dinh-dang", "pdf", formatsHelp)
	if code, stop := f.parse("thang", flags, args, stdout, stderr, true,
		"vanban thang -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o ket-qua", "theo-doi", "ky", "o"); stop {
		return code
	}
	if *workers < 0 {
		fmt.Fprintln(stderr, "vanban thang: -song-song là số văn bản dựng cùng lúc, từ 1 trở lên (0: số nhân CPU)")
		return 2
	}
	if o.stage != "" {
		fmt.Fprintln(stderr, "vanban thang: không dùng -giai-doan; chọn định dạng bằng -dinh-dang")
		return 2
	}
	formats, ok := parseFormats("thang", *list, stderr)
	if !ok {
		return 2
	}
	if fi, err := os.Stat(o.out); err == nil && !fi.IsDir() {
		errorf(stderr, "vanban thang: “%s” là một tệp: -o là thư mục kết quả\n", o.out)
		return 2
	}
	b, err := pipeline.New(f.options(&o))
	if err != nil {
		return fail(stderr, err)
	}
	if *dry {
		return monthlyDry(b, f, o.out, formats, stdout, stderr, extra)
	}
	bar := &progressBar{w: stderr, tty: tty}
	sum, in, err := batch.Monthly(b, f.book, f.period, o.out, f.date, batch.Options{Workers: *workers, Formats: formats, Progress: bar.event}, extra...)
	if err != nil {
		return fail(stderr, err)
	}
	bar.finish()
	if in != nil {
		warn(stderr, in.Warnings) // late files, files left out for their errors
	}
	for _, r := range sum.Failures() {
		errorf(stderr, "lỗi: %s: %v\n", r.Job, r.Err)
	}
	errorf(stderr, "Kỳ %s: đã dựng %d/%d văn bản vào %s, lỗi %d, thời gian %s\n",
		f.period, sum.Built, sum.Total, sum.Dir, sum.Failed, duration(sum.Time))
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// monthlyDry is “vanban thang -kiem-tra”: what the run would build into which folder, and
// to whom each công văn would go, without writing anything; exit 1 when a file of the
// period cannot be read (the run would fail on it).
func monthlyDry(b *pipeline.Builder, f folderOpts, out string, formats []string, stdout, stderr io.Writer, extra []batch.Kind) int {
	in, err := batch.Load(b, f.book, f.period, f.date)
	if err != nil {
		return fail(stderr, err)
	}
	in.Formats = formats
	warn(stderr, in.Warnings)
	jobs := batch.Jobs(in, extra...)
	failed := 0
	for _, j := range jobs {
		to := "toàn kế hoạch"
		if u := in.Book.Registry.Unit(j.Unit); u != nil {
			to = u.Name
		}
		switch j.Kind {
		case "tien-do":
			failed++
			to = "LỖI: tệp tiến độ chưa đọc được"
		case "don-doc":
			to = "gửi " + to
		}
		errorf(stdout, "%s\t%s\n", j.Name, to)
	}
	errorf(stdout, "Kỳ %s (ngày ban hành %02d/%02d/%d): %d văn bản sẽ dựng vào %s, %d tệp tiến độ lỗi; chưa ghi gì\n",
		f.period, f.date.Day, f.date.Month, f.date.Year, len(jobs)-failed, filepath.Join(out, in.Period.String()), failed)
	if failed > 0 {
		return 1
	}
	return 0
}

// progressBar draws the batch's progress: one line redrawn with carriage returns on a
// terminal, one plain line per job otherwise (a log file, a CI console).
type progressBar struct {
	w     io.Writer
	tty   bool
	drawn bool
}

const barWidth = 30

func (p *progressBar) event(e batch.Event) {
	state := "xong"
	if e.Err != nil {
		state = "LỖI"
	}
	job := diag.Printable(e.Job) // a unit id from the registry
	if !p.tty {
		fmt.Fprintf(p.w, "[%d/%d] %s: %s\n", e.Done, e.Total, job, state)
		return
	}
	fill := barWidth * e.Done / max(e.Total, 1)
	line := fmt.Sprintf("\r[%s%s] %d/%d %s", strings.Repeat("#", fill), strings.Repeat(".", barWidth-fill), e.Done, e.Total, job)
	fmt.Fprintf(p.w, "%-100s", line)
	p.drawn = true
}

func (p *progressBar) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// duration writes a time the Vietnamese way: 1,25 giây; 850 ms.
func duration(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return strings.Replace(fmt.Sprintf("%.2f giây", d.Seconds()), ".", ",", 1)
}
