package main

import (
	"io"

	"vanban/internal/diag"
	"vanban/internal/output"
	"vanban/internal/periodic"
	"vanban/internal/pipeline"
)

// cmdReport builds the báo cáo tiến độ of a period (wiring only: see periodic.Report).
func cmdReport(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	var f folderOpts
	flags := buildFlags(&o)
	f.declare(flags, "kỳ báo cáo", "mã một đơn vị chủ trì: báo cáo chỉ các nhiệm vụ của đơn vị đó (bỏ trống: toàn kế hoạch)")
	if code, stop := f.parse("bao-cao", flags, args, stdout, stderr, true,
		"vanban bao-cao -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o bao-cao.pdf", "theo-doi", "ky"); stop {
		return code
	}
	target, err := output.TargetOf(o.out, o.stage, output.DefaultReport(f.book, f.period, f.unit))
	if err != nil {
		errorf(stderr, "vanban: %v\n", err)
		return 2
	}
	if err := output.Check(target.Path, f.book); err != nil {
		return fail(stderr, err)
	}
	b, err := pipeline.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	result, warnings, err := periodic.Report(b, f.book, periodic.ReportOptions{Period: f.period, Unit: f.unit, Date: f.date}, target.Format)
	if err != nil {
		return fail(stderr, err)
	}
	// The folder's warnings (late files, files sent after the date) and the errors of files
	// that cannot be read are printed; the report is built all the same, its figures
	// without those files, and the errors end the command with exit 1.
	warn(stderr, warnings)
	if err := emit(stdout, target.Path, result, f.book); err != nil {
		return fail(stderr, err)
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
