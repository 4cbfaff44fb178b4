package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"vanban/internal/output"
	"vanban/internal/periodic"
	"vanban/internal/pipeline"
	"vanban/internal/vn"
)

// cmdRemind builds the công văn đôn đốc of a period, one per unit with overdue tasks or a
// missing submission (wiring only: see periodic.Reminders). -o names a folder, where
// each unit's công văn is written as <ma-don-vi>.pdf (or .md with -dinh-dang md); with
// -don-vi, -o may name the file itself.
func cmdRemind(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	var f folderOpts
	flags := buildFlags(&o)
	f.declare(flags, "kỳ đôn đốc", "mã một đơn vị: chỉ công văn của đơn vị đó (bỏ trống: mọi đơn vị còn nhiệm vụ quá hạn hoặc chưa gửi báo cáo)")
	format := flags.String("dinh-dang", "pdf", "định dạng các tệp viết vào thư mục: pdf hoặc md")
	sendTo := flags.String("noi-gui", "", "nơi đơn vị gửi báo cáo, ví dụ “Văn phòng Tỉnh ủy” (mặc định: suy từ kế hoạch)")
	if code, stop := f.parse("don-doc", flags, args, stdout, stderr, true,
		"vanban don-doc -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o don-doc/", "theo-doi", "ky"); stop {
		return code
	}
	if o.stage != "" {
		fmt.Fprintln(stderr, "vanban don-doc: không dùng -giai-doan; chọn định dạng bằng -dinh-dang hoặc đuôi của -o")
		return 2
	}
	out := o.out
	if out == "" {
		out = output.DefaultReminders(f.book, f.period)
	}
	// One file when a single unit is asked for and -o names a .pdf or .md file.
	single := output.FormatOf(out)
	switch {
	case single != "" && f.unit == "":
		fmt.Fprintln(stderr, "vanban don-doc: không có -don-vi thì -o là một thư mục (mỗi đơn vị một tệp <ma-don-vi>.pdf), ví dụ -o don-doc/")
		return 2
	case single == "" && *format != "pdf" && *format != "md":
		errorf(stderr, "vanban don-doc: không biết định dạng “%s” — dùng pdf hoặc md\n", *format)
		return 2
	}
	ext := *format
	if single != "" {
		ext = single
	}
	b, err := pipeline.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	rs, warnings, err := periodic.Reminders(b, f.book, periodic.RemindOptions{Period: f.period, Unit: f.unit, SendTo: *sendTo, Date: f.date}, ext == "pdf")
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
	if single == "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fail(stderr, fmt.Errorf("không tạo được thư mục “%s”: %s", out, vn.FileError(err, vn.Writing)))
		}
	}
	for _, r := range rs {
		data := r.PDF
		if ext == "md" {
			data = r.Markdown
		}
		path := out
		if single == "" {
			path = filepath.Join(out, r.Unit+"."+ext)
		}
		if err := output.Write(path, data, f.book); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintln(stdout, path)
	}
	// A unit whose file cannot be read gets no công văn: the errors fail the command.
	return exitOf(warnings)
}
