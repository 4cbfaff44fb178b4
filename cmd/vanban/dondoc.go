package main

import (
	"fmt"
	"io"

	"vanban/internal/output"
	"vanban/internal/periodic"
	"vanban/internal/pipeline"
)

// cmdRemind builds the công văn đôn đốc of a period, one per unit with overdue tasks or a
// missing submission (wiring only: see periodic.Reminders). -o names a folder, where
// each unit's công văn is written as <ma-don-vi>.pdf, or in each format of -dinh-dang
// (<ma-don-vi>.pdf, <ma-don-vi>.docx …); with -don-vi, -o may name the file itself, its
// extension choosing the format.
func cmdRemind(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	var f folderOpts
	flags := buildFlags(&o)
	f.declare(flags, "kỳ đôn đốc", "mã một đơn vị: chỉ công văn của đơn vị đó (bỏ trống: mọi đơn vị còn nhiệm vụ quá hạn hoặc chưa gửi báo cáo)")
	list := flags.String("dinh-dang", "pdf", formatsHelp+" (khi -o là thư mục)")
	sendTo := flags.String("noi-gui", "", "nơi đơn vị gửi báo cáo, ví dụ “Văn phòng Tỉnh ủy” (mặc định: suy từ kế hoạch)")
	if code, stop := f.parse("don-doc", flags, args, stdout, stderr, true,
		"vanban don-doc -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o don-doc/", "theo-doi", "ky"); stop {
		return code
	}
	if o.stage != "" {
		fmt.Fprintln(stderr, "vanban don-doc: không dùng -giai-doan; chọn định dạng bằng -dinh-dang hoặc đuôi của -o")
		return 2
	}
	formats, ok := parseFormats("don-doc", *list, stderr)
	if !ok {
		return 2
	}
	out := o.out
	if out == "" {
		out = output.DefaultReminders(f.book, f.period)
	}
	// One file when a single unit is asked for and -o names a .pdf, .docx or .md file.
	single := output.FormatOf(out)
	if single != "" {
		switch {
		case f.unit == "":
			fmt.Fprintln(stderr, "vanban don-doc: không có -don-vi thì -o là một thư mục (mỗi đơn vị một tệp <ma-don-vi>.pdf), ví dụ -o don-doc/")
			return 2
		case isSet(flags, "dinh-dang"):
			errorf(stderr, "vanban don-doc: với -dinh-dang, -o là một thư mục; “%s” là tên tệp — bỏ -dinh-dang thì đuôi của -o chọn định dạng\n", out)
			return 2
		}
		formats = []string{single}
	}
	b, err := pipeline.New(f.options(&o))
	if err != nil {
		return fail(stderr, err)
	}
	rs, warnings, err := periodic.Reminders(b, f.book, periodic.RemindOptions{Period: f.period, Unit: f.unit, SendTo: *sendTo, Date: f.date}, formats)
	warn(stderr, warnings)
	if err != nil {
		return fail(stderr, err)
	}
	if len(rs) == 0 {
		who := "Không đơn vị nào"
		if f.unit != "" {
			who = "Đơn vị “" + f.unit + "”"
		}
		fmt.Fprintf(stdout, "%s còn nhiệm vụ quá hạn hoặc chưa gửi báo cáo %s: không có công văn đôn đốc nào.\n", who, f.period)
		return exitOf(warnings)
	}
	for _, r := range rs {
		paths := []string{out}
		if single == "" {
			paths, err = writeFormats(out, r.Unit, formats, r.Files, f.book)
		} else {
			err = output.Write(out, r.Files[0], f.book)
		}
		if err != nil {
			return fail(stderr, err)
		}
		for _, p := range paths {
			fmt.Fprintln(stdout, p)
		}
	}
	// A unit whose file cannot be read gets no công văn: the errors fail the command.
	return exitOf(warnings)
}
