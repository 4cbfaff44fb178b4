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

// ReportAs builds the báo cáo tiến độ of a plan for a period from its progress folder
// (book: the folder's theo-doi.yaml) as far as format: "md" its official Markdown, "pdf",
// or another stage of -giai-doan ("mo-hinh", "bo-cuc"). The folder's warnings of the
// period (late submissions, files left out for their errors) come back with it: see
// progress.Load.
func (b *Builder) ReportAs(book string, opt ReportOptions, format string) ([]byte, diag.List, error) {
	f, err := progress.Load(book, opt.Period)
	if err != nil {
		return nil, nil, err
	}
	md, err := b.ReportOf(f, opt)
	if err != nil {
		return nil, f.Warnings, err
	}
	out, err := b.Stage(format, reportName(f, opt.Unit), md)
	return out, f.Warnings, err
}

// ReportOf builds the official Markdown of a báo cáo tiến độ from a progress folder already
// read for its period (opt.Period is not read: the folder has the period). A batch reads
// the folder once, then calls this for every report: the folder is only read, so
// concurrent calls may share it.
func (b *Builder) ReportOf(f *progress.Folder, opt ReportOptions) ([]byte, error) {
	value, err := report.Data(f.Book, f.Summary, report.Options{Unit: opt.Unit, Date: opt.Date})
	if err != nil {
		return nil, err
	}
	t, err := b.store.Find("bao_cao_tien_do", string(f.Book.Plan.System))
	if err != nil {
		return nil, err
	}
	return b.store.Execute(t, value)
}

// ReportPDFOf builds the PDF of a báo cáo tiến độ from a folder read for its period (see
// ReportOf).
func (b *Builder) ReportPDFOf(f *progress.Folder, opt ReportOptions) ([]byte, error) {
	md, err := b.ReportOf(f, opt)
	if err != nil {
		return nil, err
	}
	return b.PDF(reportName(f, opt.Unit), md)
}

// reportName names a report's Markdown in messages: the folder's theo-doi.yaml, what the
// report is of.
func reportName(f *progress.Folder, unit string) string {
	name := f.File + " (báo cáo tiến độ " + f.Period.String()
	if unit != "" {
		name += ", " + unit
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
