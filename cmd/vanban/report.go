package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"vanban/internal/build"
	"vanban/internal/diag"
	"vanban/internal/output"
)

// cmdReport builds the báo cáo tiến độ of a period (wiring only: see build.Builder.Report).
func cmdReport(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	flags := buildFlags(&o)
	book := flags.String("theo-doi", "", "tệp theo-doi.yaml của thư mục tiến độ, ví dụ data/tien-do/theo-doi.yaml")
	period := flags.String("ky", "", "kỳ báo cáo, viết như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024")
	unit := flags.String("don-vi", "", "mã một đơn vị chủ trì: báo cáo chỉ các nhiệm vụ của đơn vị đó (bỏ trống: toàn kế hoạch)")
	rest, code, stop := parseArgs("report", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(rest) > 0 || *book == "" || *period == "" {
		fmt.Fprintln(stderr, "vanban report: cần -theo-doi và -ky, ví dụ: vanban report -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o bao-cao.pdf")
		return 2
	}
	out := o.out
	if out == "" {
		name := "bao-cao-" + *period
		if *unit != "" {
			name += "-" + *unit
		}
		out = filepath.Join(filepath.Dir(*book), name+".pdf")
	}
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), "."))
	if format != "pdf" && format != "md" {
		fmt.Fprintf(stderr, "vanban: không biết định dạng “%s” của tệp kết quả — dùng .pdf hoặc .md\n", filepath.Ext(out))
		return 2
	}
	if err := output.Check(out, *book); err != nil {
		return fail(stderr, err)
	}
	opt := build.ReportOptions{Period: *period, Unit: *unit}
	// The issue date comes from SOURCE_DATE_EPOCH when set, else the period's last day.
	date, err := build.DateFromEnv()
	if err != nil {
		fmt.Fprintf(stderr, "vanban report: %v\n", err)
		return 2
	}
	opt.Date = date
	b, err := build.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	var result []byte
	var warnings diag.List
	if format == "md" {
		md, ds, err := b.Report(*book, opt)
		if err != nil {
			return fail(stderr, err)
		}
		result, warnings = md, ds
	} else {
		pdf, ds, err := b.ReportPDF(*book, opt)
		if err != nil {
			return fail(stderr, err)
		}
		result, warnings = pdf, ds
	}
	// The folder's warnings (late files, files left out for their errors) are printed; the
	// report is built all the same, its figures without the files left out.
	warn(stderr, warnings)
	if err := emit(stdout, out, result, *book); err != nil {
		return fail(stderr, err)
	}
	return 0
}
