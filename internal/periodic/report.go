// Package periodic makes the documents of a reporting period from a progress folder: the
// báo cáo tiến độ of the whole plan or of one lead unit, and the công văn đôn đốc of each
// unit that owes something. It reads the folder with package progress, turns the period's
// summary into template values with package report, and runs them through a
// pipeline.Builder, so that these documents get the same form, checks and outputs as any
// other. The monthly job (package batch) calls it once per document of a period.
package periodic

import (
	"vanban/internal/diag"
	"vanban/internal/pipeline"
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
	// Date is the issue date, not before the period's end; zero takes the period's last
	// day. The command line passes the day it runs, SOURCE_DATE_EPOCH or -ngay here.
	Date vn.Date
}

// Report builds the báo cáo tiến độ of a plan for a period from its progress folder (book:
// the folder's theo-doi.yaml) in each of formats (see Build): "md" its official Markdown,
// "pdf", "docx", or another stage of -giai-doan ("mo-hinh", "bo-cuc"). The folder's warnings
// of the period (late submissions, files sent after the date) come back with it, and the
// errors of its broken files (the report is built all the same, but for a unit whose file
// is broken): see progress.Load.
func Report(b *pipeline.Builder, book string, opt ReportOptions, formats []string) ([][]byte, diag.List, error) {
	f, err := progress.Load(book, opt.Period, opt.Date)
	if err != nil {
		return nil, nil, err
	}
	out, err := ReportOf(b, f, opt, formats)
	return out, Problems(f), err
}

// Problems are the folder's warnings of the period followed by the errors (and warnings)
// of its broken files: what a command prints; an error among them fails the run.
func Problems(f *progress.Folder) diag.List {
	ds := append(diag.List{}, f.Warnings...)
	for _, br := range f.Broken {
		ds = append(ds, br.Problems...)
	}
	return ds
}

// ReportMarkdown builds the official Markdown of a báo cáo tiến độ from a progress folder
// already read for its period (opt.Period is not read: the folder has the period). A batch
// reads the folder once, then calls this for every report: the folder is only read, so
// concurrent calls may share it.
func ReportMarkdown(b *pipeline.Builder, f *progress.Folder, opt ReportOptions) ([]byte, error) {
	if u := f.Book.Registry.Unit(opt.Unit); u != nil && f.BrokenOf(u) != nil {
		return nil, f.BrokenOf(u)
	}
	value, err := report.Data(f.Book, f.Summary, report.Options{Unit: opt.Unit, Date: opt.Date})
	if err != nil {
		return nil, err
	}
	return b.Render("bao_cao_tien_do", string(f.Book.Plan.System), value)
}

// ReportOf builds a báo cáo tiến độ from a folder read for its period (see ReportMarkdown)
// in every format of formats (see Build).
func ReportOf(b *pipeline.Builder, f *progress.Folder, opt ReportOptions, formats []string) ([][]byte, error) {
	md, err := ReportMarkdown(b, f, opt)
	if err != nil {
		return nil, err
	}
	return Build(b, reportName(f, opt.Unit), md, formats)
}

// Build makes a document of a period from its official Markdown in each format of formats
// ("pdf", "docx", "md", or a stage of -giai-doan), in that order, every one through the Builder's Stage: they are one
// document, and a failure in any format fails it. name names the Markdown in messages.
func Build(b *pipeline.Builder, name string, md []byte, formats []string) ([][]byte, error) {
	out := make([][]byte, len(formats))
	for i, format := range formats {
		data, err := b.Stage(format, name, md)
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
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
