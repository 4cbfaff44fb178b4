package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/infile"
	"vanban/internal/legacy"
	"vanban/internal/pipeline"
	"vanban/internal/progress"
)

// cmdCheck prints every finding of every file; exit 1 when there is an error.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	flags := buildFlags(&o)
	asJSON := flags.Bool("json", false, "in kết quả dạng JSON (cho chương trình khác đọc)")
	files, code, stop := parseArgs("kiem-tra", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "vanban kiem-tra: cần ít nhất một tệp, ví dụ: vanban kiem-tra data/*.yaml")
		return 2
	}
	b, err := pipeline.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	var all diag.List
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && fi.IsDir() {
			// A progress folder: its theo-doi.yaml, plan, unit list and every file.
			all = append(all, progress.CheckFolder(filepath.Join(f, progress.ConfigFile))...)
			continue
		}
		src, err := infile.Read(f)
		if err != nil {
			var fe *infile.Error
			errors.As(err, &fe)
			all = append(all, diag.Errorf(f, 0, 0, "", "không đọc được tệp: %s", fe.Why))
			continue
		}
		all = append(all, b.Check(f, src)...)
	}
	if *asJSON {
		type finding struct {
			File     string `json:"tep"`
			Line     int    `json:"dong"`
			Col      int    `json:"cot"`
			Severity string `json:"muc_do"`
			Message  string `json:"noi_dung"`
			Hint     string `json:"goi_y,omitempty"`
		}
		out := make([]finding, 0, len(all))
		for _, d := range all {
			out = append(out, finding{d.File, d.Line, d.Col, d.Severity.String(), d.Message, d.Hint})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fail(stderr, err)
		}
	} else {
		errs := 0
		for _, d := range all {
			fmt.Fprintln(stdout, d.Error())
			if d.Severity == diag.Error {
				errs++
			}
		}
		fmt.Fprintf(stdout, "%d tệp: %d lỗi, %d cảnh báo\n", len(files), errs, len(all)-errs)
	}
	if all.HasErrors() {
		return 1
	}
	return 0
}

// cmdNew writes the starter data file of a kind.
func cmdNew(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("tao")
	system := flags.String("he-thong", "dang", "hệ thống văn bản: dang hoặc nha_nuoc")
	out := flags.String("o", "", "tệp để ghi (mặc định: in ra màn hình)")
	kinds, code, stop := parseArgs("tao", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(kinds) != 1 {
		errorf(stderr, "vanban tao: cần đúng một loại văn bản (có: %s), ví dụ: vanban tao ke_hoach -he-thong nha_nuoc -o ke-hoach.yaml\n",
			strings.Join(pipeline.StarterKinds(), ", "))
		return 2
	}
	src, err := pipeline.Starter(kinds[0], *system)
	if err != nil {
		return fail(stderr, err)
	}
	src = pipeline.SchemaLine(src, *out)
	if _, statErr := os.Stat(*out); *out != "" && statErr == nil {
		return fail(stderr, fmt.Errorf("“%s” đã có: chọn tên khác để không ghi đè dữ liệu đang có", *out))
	}
	if err := emit(stdout, *out, src, ""); err != nil {
		return fail(stderr, err)
	}
	return 0
}

// cmdTemplates lists the templates and profiles the builder uses, and which layer each
// template comes from.
func cmdTemplates(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("mau")
	dir := flags.String("mau", "", "thư mục mẫu riêng (tệp ở đây thay tệp cùng tên có sẵn)")
	rest, code, stop := parseArgs("mau", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintln(stderr, "vanban mau: không nhận tên tệp (xem vanban -h)")
		return 2
	}
	b, err := pipeline.New(pipeline.Options{TemplateDir: *dir})
	if err != nil {
		return fail(stderr, err)
	}
	list, profiles, err := b.Templates()
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, "Mẫu (thứ tự tìm: <thư mục mẫu>/<he-thong>/<loai>.md.tmpl, <thư mục mẫu>/<loai>.md.tmpl, rồi mẫu có sẵn):")
	for _, s := range list {
		fmt.Fprintf(stdout, "  %-40s %s\n", s.Path, s.Layer)
	}
	fmt.Fprintf(stdout, "Thể thức (-the-thuc): %s\n", strings.Join(profiles, ", "))
	fmt.Fprintf(stdout, "Tệp khởi đầu (vanban tao): %s\n", strings.Join(pipeline.StarterKinds(), ", "))
	return 0
}

// cmdConvert turns a file typed in a legacy Vietnamese encoding (TCVN3, VNI), raw or as
// mojibake, into Unicode (UTF-8, NFC).
func cmdConvert(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("chuyen-ma")
	out := flags.String("o", "", "tệp Unicode để ghi (mặc định: in ra màn hình)")
	files, code, stop := parseArgs("chuyen-ma", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "vanban chuyen-ma: cần đúng một tệp, ví dụ: vanban chuyen-ma cu.yaml -o moi.yaml")
		return 2
	}
	src, err := infile.Read(files[0])
	if err != nil {
		return fail(stderr, err)
	}
	r := legacy.Analyze(src)
	if !r.OK {
		return fail(stderr, fmt.Errorf("không nhận ra bảng mã cũ (TCVN3, VNI) trong “%s”: tệp không cần chuyển, hoặc quá ít chữ tiếng Việt để nhận ra", files[0]))
	}
	text, err := legacy.ToUnicode(src, r.Encoding)
	if err != nil {
		return fail(stderr, fmt.Errorf("“%s”: %w", files[0], err))
	}
	if err := emit(stdout, *out, []byte(text), files[0]); err != nil {
		return fail(stderr, err)
	}
	errorf(stderr, "đã chuyển “%s” từ %s sang Unicode\n", files[0], r.Encoding)
	return 0
}
