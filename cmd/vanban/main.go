// Command vanban builds Vietnamese official documents from data: it turns a data file
// (YAML) or an official Markdown file into Markdown or PDF in the format of the Party
// (HD 36) or the State (NĐ 30). This file only reads flags and wires the packages.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"vanban/internal/build"
	"vanban/internal/diag"
	"vanban/internal/output"
	"vanban/internal/tmpl"
	"vanban/internal/vn"
)

const usage = `vanban — soạn văn bản hành chính (thể thức Đảng HD 36, nhà nước NĐ 30) từ dữ liệu.

Cách dùng:
  vanban build TỆP-VÀO [-o TỆP-RA] [tùy chọn]
      Dựng văn bản từ tệp dữ liệu (.yaml) hoặc Markdown chính thức (.md).
      Phần mở rộng của TỆP-RA chọn định dạng: .pdf (mặc định) hoặc .md.
      Không có -o: ghi cạnh tệp vào, cùng tên, đuôi .pdf.
      Với -giai-doan md|mo-hinh|bo-cuc: in kết quả giữa chừng ra màn hình (hoặc vào -o).
  vanban check TỆP… [-json] [tùy chọn]
      Kiểm tra tệp dữ liệu (.yaml), Markdown chính thức (.md) hoặc mẫu (.md.tmpl) mà không
      ghi gì: cú pháp, trường, ngày, thể thức của hệ thống, ký tự phông không có.
      Mã thoát 1 khi có lỗi (cảnh báo không tính).
  vanban new LOẠI [-he-thong dang|nha_nuoc] [-o TỆP]
      Viết tệp dữ liệu khởi đầu có chú thích cho một loại văn bản (ví dụ ke_hoach).
  vanban templates [-mau THƯ-MỤC]
      Liệt kê mẫu và thể thức có sẵn, và tệp nào thư mục mẫu riêng đang thay.
  vanban chuyen-ma TỆP [-o TỆP-MỚI]
      Chuyển tệp gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sang Unicode UTF-8.
  vanban report -theo-doi TỆP -ky KỲ [-don-vi MÃ] [-o TỆP-RA]
      Dựng báo cáo kết quả thực hiện kế hoạch của một kỳ từ thư mục tiến độ (docs/tien-do.md):
      toàn kế hoạch, hoặc một đơn vị với -don-vi. TỆP-RA .pdf (mặc định) hoặc .md.
  vanban thang -theo-doi TỆP -ky KỲ -o THƯ-MỤC [-song-song N]
      Dựng mọi báo cáo của một kỳ vào THƯ-MỤC/KỲ/, song song trên mọi nhân (docs/thang.md);
      mã thoát 1 nếu có văn bản lỗi (các văn bản khác vẫn được dựng).
  vanban don-doc -theo-doi TỆP -ky KỲ -o THƯ-MỤC [-don-vi MÃ]
      Viết công văn đôn đốc cho từng đơn vị có nhiệm vụ quá hạn hoặc chưa gửi báo cáo kỳ này.
  vanban ke-hoach-don-vi -theo-doi TỆP -don-vi MÃ -o TỆP.yaml
      Viết khung kế hoạch của một đơn vị từ kế hoạch của tỉnh: các nhiệm vụ tỉnh giao cho đơn vị.

Tùy chọn của build và check:
`

func main() {
	// One build allocates about 13 MB, most of it in the PDF writer's compressors, and then
	// the process ends: collecting less often saves about a tenth of the run.
	debug.SetGCPercent(400)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) (code int) {
	// A bug must not end in a Go stack trace before an office clerk: say what happened and
	// fail. Nothing was written, since results are written only once complete.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "vanban: lỗi bên trong chương trình (%v) — không có tệp nào được ghi; "+
				"xin gửi tệp dữ liệu và lệnh đã chạy cho nhóm phát triển\n", r)
			code = 1
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		printFlags(stdout, buildFlags(new(buildOpts)))
		return 0
	}
	switch args[0] {
	case "build":
		return cmdBuild(args[1:], stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "new":
		return cmdNew(args[1:], stdout, stderr)
	case "templates":
		return cmdTemplates(args[1:], stdout, stderr)
	case "chuyen-ma":
		return cmdConvert(args[1:], stdout, stderr)
	case "thang":
		return cmdMonthly(args[1:], stdout, stderr)
	case "don-doc":
		return cmdRemind(args[1:], stdout, stderr)
	case "ke-hoach-don-vi":
		return cmdUnitPlan(args[1:], stdout, stderr)
	case "report":
		return cmdReport(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "vanban: không có lệnh “%s” — dùng build, check, new, templates, chuyen-ma hoặc report (xem vanban -h)\n", args[0])
	return 2
}

type buildOpts struct {
	out      string
	dir      string
	profile  string
	maxPages int
	fontDir  string
	stage    string
	tmplTime time.Duration
	tmplMB   int64
}

func newFlagSet(name string) *flag.FlagSet { return flag.NewFlagSet(name, flag.ContinueOnError) }

func buildFlags(o *buildOpts) *flag.FlagSet {
	flags := newFlagSet("build")
	flags.StringVar(&o.out, "o", "", "tệp kết quả (.pdf hoặc .md)")
	flags.StringVar(&o.dir, "mau", "", "thư mục mẫu riêng: tệp nào có ở đây thì thay tệp cùng tên có sẵn")
	flags.StringVar(&o.profile, "the-thuc", "", "thể thức: hd36, nd30 hoặc đường dẫn tệp .yaml (mặc định theo he_thong)")
	flags.IntVar(&o.maxPages, "so-trang-toi-da", 500, "số trang tối đa của một văn bản")
	flags.DurationVar(&o.tmplTime, "thoi-gian-mau", tmpl.DefaultMaxTime, "thời gian tối đa cho một lần chạy mẫu, ví dụ 3s, 1m")
	flags.Int64Var(&o.tmplMB, "dung-luong-mau", tmpl.DefaultMaxOutput>>20, "dung lượng tối đa (MB) của Markdown một mẫu viết ra")
	flags.StringVar(&o.stage, "giai-doan", "", "dừng ở một giai đoạn và in ra để xem: md (Markdown chính thức), mo-hinh (mô hình văn bản), bo-cuc (vị trí từng chữ trên trang)")
	flags.StringVar(&o.fontDir, "phong", "", "thư mục phông riêng của cơ quan (bốn tệp .ttf: thường, đậm, nghiêng, đậm nghiêng), ví dụ fonts/")
	return flags
}

// parseArgs reads flags that may stand before or after the file names, and returns the file
// names; code is non-zero when the command must stop (help shown, or a wrong flag).
func parseArgs(cmd string, flags *flag.FlagSet, args []string, stdout, stderr io.Writer) (files []string, code int, stop bool) {
	flags.SetOutput(io.Discard) // the flag package speaks English: its errors are told below
	for len(args) > 0 {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, run([]string{"-h"}, stdout, stderr), true
			}
			fmt.Fprintf(stderr, "vanban %s: %s (xem vanban -h)\n", cmd, flagError(err))
			return nil, 2, true
		}
		args = flags.Args()
		if len(args) > 0 {
			files = append(files, args[0])
			args = args[1:]
		}
	}
	return files, 0, false
}

// options turns the flags into the builder's options.
func (o *buildOpts) options() build.Options {
	return build.Options{TemplateDir: o.dir, Profile: o.profile, MaxPages: o.maxPages, FontDir: o.fontDir,
		TemplateTime: o.tmplTime, TemplateOutput: o.tmplMB << 20}
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	inputs, code, stop := parseArgs("build", buildFlags(&o), args, stdout, stderr)
	if stop {
		return code
	}
	if len(inputs) != 1 {
		fmt.Fprintln(stderr, "vanban build: cần đúng một tệp vào, ví dụ: vanban build data/ke-hoach-81-kl-tw.yaml -o ke-hoach.pdf")
		return 2
	}
	in := inputs[0]
	out := o.out
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), "."))
	switch {
	case o.stage != "":
		format = o.stage
	case out == "":
		out = strings.TrimSuffix(in, filepath.Ext(in)) + ".pdf"
		format = "pdf"
	}
	if err := output.Check(out, in); err != nil {
		return fail(stderr, err)
	}
	switch {
	case format == "md" || format == "mo-hinh" || format == "bo-cuc" || format == "pdf" && o.stage == "":
	default:
		if o.stage != "" {
			fmt.Fprintf(stderr, "vanban: không có giai đoạn “%s” — dùng md, mo-hinh hoặc bo-cuc\n", o.stage)
		} else {
			fmt.Fprintf(stderr, "vanban: không biết định dạng “%s” của tệp kết quả — dùng .pdf hoặc .md\n", filepath.Ext(out))
		}
		return 2
	}
	if o.tmplTime <= 0 || o.tmplMB <= 0 {
		fmt.Fprintln(stderr, "vanban build: -thoi-gian-mau và -dung-luong-mau phải lớn hơn 0")
		return 2
	}
	src, err := os.ReadFile(in)
	if err != nil {
		fmt.Fprintf(stderr, "vanban: không đọc được tệp “%s”: %s\n", in, vn.FileError(err, vn.Reading))
		return 1
	}
	b, err := build.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	result, err := produce(b, format, in, src)
	if err != nil {
		return fail(stderr, err)
	}
	if err := emit(stdout, out, result, in); err != nil {
		return fail(stderr, err)
	}
	return 0
}

var reBadValue = regexp.MustCompile(`invalid value "(.*)" for flag -(\S+):`)

// printFlags writes the flags with their Vietnamese help and defaults.
func printFlags(w io.Writer, flags *flag.FlagSet) {
	flags.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s", f.Name)
		if name != "" {
			fmt.Fprintf(w, " %s", map[string]string{"string": "CHỮ", "int": "SỐ", "int64": "SỐ", "duration": "THỜI-GIAN"}[name])
		}
		fmt.Fprintf(w, "\n    \t%s", usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (mặc định: %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// flagError puts the flag package's messages into Vietnamese.
func flagError(err error) string {
	msg := err.Error()
	for _, t := range []struct{ prefix, say string }{
		{"flag provided but not defined: ", "không có cờ “%s”"},
		{"flag needs an argument: ", "cờ “%s” cần một giá trị"},
	} {
		if name, ok := strings.CutPrefix(msg, t.prefix); ok {
			return fmt.Sprintf(t.say, name)
		}
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("giá trị “%s” của cờ “-%s” không hợp lệ", m[1], m[2])
	}
	return msg
}

// emit writes a result to the file out (atomically, never over input), or to stdout when
// out is empty.
func emit(stdout io.Writer, out string, data []byte, input string) error {
	if out == "" {
		_, err := stdout.Write(data)
		return err
	}
	return output.Write(out, data, input)
}

// produce runs the pipeline up to the stage format names.
func produce(b *build.Builder, format, in string, src []byte) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case "md":
		return b.Markdown(in, src)
	case "mo-hinh":
		doc, err := b.Document(in, src)
		if err != nil {
			return nil, err
		}
		err = doc.Dump(&buf)
		return buf.Bytes(), err
	case "bo-cuc":
		l, err := b.Layout(in, src)
		if err != nil {
			return nil, err
		}
		err = l.Dump(&buf)
		return buf.Bytes(), err
	}
	return b.PDF(in, src)
}

// warn prints warnings (and errors that did not stop the work), one a line.
func warn(stderr io.Writer, ds diag.List) {
	for _, d := range ds {
		fmt.Fprintln(stderr, d.Error())
	}
}

// fail prints an error (every diagnostic of a list on its own line) and returns exit code 1.
func fail(stderr io.Writer, err error) int {
	var l diag.List
	if errors.As(err, &l) {
		for _, d := range l {
			fmt.Fprintln(stderr, d.Error())
		}
		return 1
	}
	fmt.Fprintf(stderr, "vanban: %v\n", err)
	return 1
}
