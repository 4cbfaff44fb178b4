package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"vanban/internal/build"
	"vanban/internal/output"
)

// cmdRemind builds the công văn đôn đốc of a period, one per unit with overdue tasks or a
// missing submission (wiring only: see build.Builder.Reminders). -o names a folder, where
// each unit's công văn is written as <ma-don-vi>.pdf (or .md with -dinh-dang md); with
// -don-vi, -o may name the file itself.
func cmdRemind(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	flags := buildFlags(&o)
	book := flags.String("theo-doi", "", "tệp theo-doi.yaml của thư mục tiến độ, ví dụ data/tien-do/theo-doi.yaml")
	period := flags.String("ky", "", "kỳ đôn đốc, viết như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024")
	unit := flags.String("don-vi", "", "mã một đơn vị: chỉ công văn của đơn vị đó (bỏ trống: mọi đơn vị còn nhiệm vụ quá hạn hoặc chưa gửi báo cáo)")
	format := flags.String("dinh-dang", "pdf", "định dạng các tệp viết vào thư mục: pdf hoặc md")
	sendTo := flags.String("noi-gui", "", "nơi đơn vị gửi báo cáo, ví dụ “Văn phòng Tỉnh ủy” (mặc định: suy từ kế hoạch)")
	rest, code, stop := parseArgs("don-doc", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(rest) > 0 || *book == "" || *period == "" {
		fmt.Fprintln(stderr, "vanban don-doc: cần -theo-doi và -ky, ví dụ: vanban don-doc -theo-doi data/tien-do/theo-doi.yaml -ky 2024-11 -o don-doc/")
		return 2
	}
	out := o.out
	if out == "" {
		out = filepath.Join(filepath.Dir(*book), "don-doc-"+*period)
	}
	// One file when a single unit is asked for and -o names a .pdf or .md file.
	single := ""
	if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), ".")); *unit != "" && (ext == "pdf" || ext == "md") {
		single = ext
	} else if ext == "pdf" || ext == "md" {
		fmt.Fprintln(stderr, "vanban don-doc: không có -don-vi thì -o là một thư mục (mỗi đơn vị một tệp <ma-don-vi>.pdf), ví dụ -o don-doc/")
		return 2
	} else if *format != "pdf" && *format != "md" {
		fmt.Fprintf(stderr, "vanban don-doc: không biết định dạng “%s” — dùng pdf hoặc md\n", *format)
		return 2
	}
	opt := build.RemindOptions{Period: *period, Unit: *unit, SendTo: *sendTo}
	// The issue date comes from SOURCE_DATE_EPOCH when set, else the period's last day.
	date, err := build.DateFromEnv()
	if err != nil {
		fmt.Fprintf(stderr, "vanban don-doc: %v\n", err)
		return 2
	}
	opt.Date = date
	ext := *format
	if single != "" {
		ext = single
	}
	b, err := build.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	rs, warnings, err := b.Reminders(*book, opt, ext == "pdf")
	warn(stderr, warnings)
	if err != nil {
		return fail(stderr, err)
	}
	if len(rs) == 0 {
		who := "Không đơn vị nào"
		if *unit != "" {
			who = "Đơn vị “" + *unit + "”"
		}
		fmt.Fprintf(stdout, "%s còn nhiệm vụ quá hạn hoặc chưa gửi báo cáo %s: không có công văn đôn đốc nào.\n", who, *period)
		return 0
	}
	for _, r := range rs {
		data := r.PDF
		if ext == "md" {
			data = r.Markdown
		}
		path := out
		if single == "" {
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fail(stderr, err)
			}
			path = filepath.Join(out, r.Unit+"."+ext)
		}
		if err := output.Check(path, *book); err != nil {
			return fail(stderr, err)
		}
		if err := output.Write(path, data, *book); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintln(stdout, path)
	}
	return 0
}
