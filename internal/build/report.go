package build

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"vanban/internal/diag"
	"vanban/internal/progress"
	"vanban/internal/report"
	"vanban/internal/vn"
)

// ReportOptions choose a báo cáo tiến độ.
type ReportOptions struct {
	// Period is the period's name as its folder is named ("2024-11", "2024-quy-4").
	Period string
	// Unit is a lead unit's id for a report on its tasks only; empty for the whole plan.
	Unit string
	// Date is the issue date; zero takes the period's last day (see SOURCE_DATE_EPOCH in
	// docs/tien-do.md: the command line passes it here; nothing reads the clock).
	Date vn.Date
}

// Report builds the official Markdown of the báo cáo tiến độ of a plan for a period from
// its progress folder (book: the folder's theo-doi.yaml). Warnings about the folder's files
// (late submissions, missing results) are returned with the Markdown; files with errors are
// left out of the figures, and their errors come back as warnings too, so the report still
// builds: the office sees what was left out.
func (b *Builder) Report(book string, opt ReportOptions) ([]byte, diag.List, error) {
	bk, sum, ds, err := summarize(book, opt.Period)
	if err != nil {
		return nil, ds, err
	}
	md, err := b.ReportOf(bk, sum, opt)
	return md, ds, err
}

// summarize opens a progress folder (book: its theo-doi.yaml), reads every file and
// summarizes the period; the folder's warnings come back in ds.
func summarize(book, period string) (*progress.Book, *progress.Summary, diag.List, error) {
	bk, ds := progress.Open(book)
	if bk == nil {
		return nil, nil, nil, ds
	}
	p, err := progress.ParsePeriod(period)
	if err != nil {
		return nil, nil, ds, diag.List{diag.Errorf(book, 0, 0, "viết kỳ như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024", "%v", err)}
	}
	subs, lds := bk.LoadAll()
	return bk, bk.Summarize(p, subs), append(ds, lds...), nil
}

// ReportOf builds the official Markdown of a báo cáo tiến độ from a book already open and
// the period's summary already made (opt.Period is not read: the summary has the period).
// A batch opens the book and summarizes once, then calls this for every report: bk and
// sum are only read, so concurrent calls may share them.
func (b *Builder) ReportOf(bk *progress.Book, sum *progress.Summary, opt ReportOptions) ([]byte, error) {
	value, err := report.Data(bk, sum, report.Options{Unit: opt.Unit, Date: opt.Date})
	if err != nil {
		return nil, fmt.Errorf("%v", err)
	}
	t, err := b.store.Find("bao_cao_tien_do", string(bk.Plan.System))
	if err != nil {
		return nil, err
	}
	return b.store.Execute(t, value)
}

// ReportPDFOf builds the PDF of a báo cáo tiến độ from an open book and a summary (see
// ReportOf); name is the source name used in messages.
func (b *Builder) ReportPDFOf(name string, bk *progress.Book, sum *progress.Summary, opt ReportOptions) ([]byte, error) {
	md, err := b.ReportOf(bk, sum, opt)
	if err != nil {
		return nil, err
	}
	return b.PDF(name, md)
}

// ReportPDF builds the PDF of a báo cáo tiến độ (see Report).
func (b *Builder) ReportPDF(book string, opt ReportOptions) ([]byte, diag.List, error) {
	md, ds, err := b.Report(book, opt)
	if err != nil {
		return nil, ds, err
	}
	out, err := b.PDF(reportName(book, opt), md)
	return out, ds, err
}

func reportName(book string, opt ReportOptions) string {
	name := book + " (báo cáo tiến độ " + opt.Period
	if opt.Unit != "" {
		name += ", " + opt.Unit
	}
	return name + ").md"
}

// DateFromEnv reads SOURCE_DATE_EPOCH (seconds since 1970, UTC) as the issue date; zero
// when the variable is unset (the period's last day is then used).
func DateFromEnv() (vn.Date, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return vn.Date{}, nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return vn.Date{}, fmt.Errorf("SOURCE_DATE_EPOCH “%s” không phải số giây", s)
	}
	return vn.DateOf(time.Unix(sec, 0).UTC()), nil
}
