package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/output"
	"vanban/internal/periodic"
	"vanban/internal/pipeline"
)

// cmdReport builds the báo cáo tiến độ of a period (wiring only: see periodic.Report).
// -o names the file, its extension choosing the format; or a folder (or nothing: beside
// theo-doi.yaml), where the report is written in each format of -dinh-dang.
func cmdReport(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	var f folderOpts
	flags := buildFlags(&o)
	f.declare(flags, "kỳ báo cáo", "mã một đơn vị chủ trì: báo cáo chỉ các nhiệm vụ của đơn vị đó (bỏ trống: toàn kế hoạch)")
	list := flags.String("dinh-dang", "pdf", formatsHelp+" (khi -o là thư mục hoặc không có)")
	if code, stop := f.parse("bao-cao", flags, args, stdout, stderr, true,
		"vanban bao-cao -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o bao-cao.pdf", "theo-doi", "ky"); stop {
		return code
	}
	if isSet(flags, "dinh-dang") || isFolder(o.out) {
		return reportFormats(o, f, *list, stdout, stderr)
	}
	target, err := output.TargetOf(o.out, o.stage, output.DefaultReport(f.book, f.period, f.unit))
	if err != nil {
		errorf(stderr, "vanban: %v\n", err)
		return 2
	}
	if err := output.Check(target.Path, f.book); err != nil {
		return fail(stderr, err)
	}
	b, err := pipeline.New(f.options(&o))
	if err != nil {
		return fail(stderr, err)
	}
	result, warnings, err := periodic.Report(b, f.book, periodic.ReportOptions{Period: f.period, Unit: f.unit, Date: f.date}, []string{target.Format})
	if err != nil {
		return fail(stderr, err)
	}
	// The folder's warnings (late files, files sent after the date) and the errors of files
	// that cannot be read are printed; the report is built all the same, its figures
	// without those files, and the errors end the command with exit 1.
	warn(stderr, warnings)
	if err := emit(stdout, target.Path, result[0], f.book); err != nil {
		return fail(stderr, err)
	}
	return exitOf(warnings)
}

// isFolder tells an -o that names a folder: an existing one, or a path that ends with a
// slash or has no extension.
func isFolder(out string) bool {
	if out == "" || out == output.Stdout {
		return false
	}
	fi, err := os.Stat(out)
	return err == nil && fi.IsDir() || strings.HasSuffix(out, string(filepath.Separator)) || filepath.Ext(out) == ""
}

// reportFormats is “vanban bao-cao” into a folder (-o, or the folder of theo-doi.yaml):
// the report in each format of list, as bao-cao-<ky>[-<ma-don-vi>].<format>; the paths
// written are printed.
func reportFormats(o buildOpts, f folderOpts, list string, stdout, stderr io.Writer) int {
	formats, ok := parseFormats("bao-cao", list, stderr)
	if !ok {
		return 2
	}
	dir := cmp.Or(o.out, filepath.Dir(f.book))
	switch {
	case o.stage != "":
		fmt.Fprintln(stderr, "vanban bao-cao: không dùng -giai-doan cùng -dinh-dang hay -o là thư mục")
		return 2
	case !isFolder(dir):
		errorf(stderr, "vanban bao-cao: với -dinh-dang, -o là một thư mục (hoặc bỏ trống: cạnh theo-doi.yaml); “%s” là tên tệp — bỏ -dinh-dang thì đuôi của -o chọn định dạng\n", o.out)
		return 2
	}
	b, err := pipeline.New(f.options(&o))
	if err != nil {
		return fail(stderr, err)
	}
	result, warnings, err := periodic.Report(b, f.book, periodic.ReportOptions{Period: f.period, Unit: f.unit, Date: f.date}, formats)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings) // as with one file
	paths, err := writeFormats(dir, output.ReportName(f.period, f.unit), formats, result, f.book)
	if err != nil {
		return fail(stderr, err)
	}
	for _, p := range paths {
		fmt.Fprintln(stdout, p)
	}
	return exitOf(warnings)
}

// exitOf is the exit code of a command that built what it could: 1 when the progress
// folder's problems hold an error (a file that cannot be read), else 0.
func exitOf(problems diag.List) int {
	if problems.HasErrors() {
		return 1
	}
	return 0
}
