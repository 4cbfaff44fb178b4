// Command vanban builds Vietnamese official documents from data: it turns a data file
// (YAML) or an official Markdown file into Markdown, PDF or Word in the format of the Party
// (HD 36) or the State (NĐ 30). This file only reads flags and wires the packages.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"vanban/internal/diag"
	"vanban/internal/infile"
	"vanban/internal/output"
	"vanban/internal/pipeline"
	"vanban/internal/tmpl"
)

// usage opens the help; the commands and the flags of dung and kiem-tra follow it.
const usage = `vanban — soạn văn bản hành chính (thể thức Đảng HD 36, nhà nước NĐ 30) từ dữ liệu.

Cách dùng:
`

// command is one command of vanban: the help and the unknown-command message are written
// from the table of commands, so that they cannot leave one out.
type command struct {
	// name is the command's name: Vietnamese without diacritics.
	name string
	// alias is the English name the command had first, kept for good so that scripts
	// written with it still run ("" when it had none).
	alias string
	// args is what follows the name in the help; help says what the command does.
	args, help string
	run        func(args []string, stdout, stderr io.Writer) int
}

// commands is the table of commands, in the order of the help. It is a function, not a
// variable: the commands print the help, which reads the table.
func commands() []command {
	return []command{
		{"dung", "build", "TỆP-VÀO [-o TỆP-RA] [tùy chọn]", `Dựng văn bản từ tệp dữ liệu (.yaml) hoặc Markdown chính thức (.md).
Phần mở rộng của TỆP-RA chọn định dạng: .pdf (mặc định), .docx (Word) hoặc .md.
Không có -o: ghi cạnh tệp vào, cùng tên, đuôi .pdf.
Với -giai-doan md|mo-hinh|bo-cuc: in kết quả giữa chừng ra màn hình (hoặc vào -o).`, cmdBuild},
		{"kiem-tra", "check", "TỆP… [-json] [tùy chọn]", `Kiểm tra tệp dữ liệu (.yaml), Markdown chính thức (.md) hoặc mẫu (.md.tmpl) mà không
ghi gì: cú pháp, trường, ngày, thể thức của hệ thống, ký tự phông không có.
Mã thoát 1 khi có lỗi (cảnh báo không tính).`, cmdCheck},
		{"tao", "new", "LOẠI [-he-thong dang|nha_nuoc] [-o TỆP]",
			"Viết tệp dữ liệu khởi đầu có chú thích cho một loại văn bản (ví dụ ke_hoach).", cmdNew},
		{"mau", "templates", "[-mau THƯ-MỤC]",
			"Liệt kê mẫu và thể thức có sẵn, và tệp nào thư mục mẫu riêng đang thay.", cmdTemplates},
		{"chuyen-ma", "", "TỆP [-o TỆP-MỚI]",
			"Chuyển tệp gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sang Unicode UTF-8.", cmdConvert},
		{"bao-cao", "report", "-theo-doi TỆP -ky KỲ [-don-vi MÃ] [-o TỆP-RA|THƯ-MỤC] [-dinh-dang pdf,docx,md]", `Dựng báo cáo kết quả thực hiện kế hoạch của một kỳ từ thư mục tiến độ (docs/tien-do.md):
toàn kế hoạch, hoặc một đơn vị với -don-vi. TỆP-RA .pdf (mặc định), .docx hoặc .md;
-o là thư mục hoặc có -dinh-dang: mỗi định dạng một tệp; -giai-doan như với dung.`, cmdReport},
		{"thang", "", "-theo-doi TỆP -ky KỲ -o THƯ-MỤC [-song-song N] [-dinh-dang pdf,docx,md]", `Dựng mọi báo cáo của một kỳ vào THƯ-MỤC/KỲ/, song song trên mọi nhân (docs/thang.md),
mỗi văn bản ở từng định dạng của -dinh-dang (mặc định pdf);
mã thoát 1 nếu có văn bản lỗi (các văn bản khác vẫn được dựng).`, cmdMonthly},
		{"don-doc", "", "-theo-doi TỆP -ky KỲ -o THƯ-MỤC [-don-vi MÃ] [-dinh-dang pdf,docx,md]",
			"Viết công văn đôn đốc cho từng đơn vị có nhiệm vụ quá hạn hoặc chưa gửi báo cáo kỳ này.", cmdRemind},
		{"ke-hoach-don-vi", "", "-theo-doi TỆP -don-vi MÃ -o TỆP.yaml",
			"Viết khung kế hoạch của một đơn vị từ kế hoạch của tỉnh: các nhiệm vụ tỉnh giao cho đơn vị.", cmdUnitPlan},
	}
}

// lookup finds a command by its name or its alias.
func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if name == c.name || name == c.alias && c.alias != "" {
			return c, true
		}
	}
	return command{}, false
}

// names lists the commands' names as a sentence: "dung, kiem-tra, … hoặc ke-hoach-don-vi".
func names() string {
	var list []string
	for _, c := range commands() {
		list = append(list, c.name)
	}
	return strings.Join(list[:len(list)-1], ", ") + " hoặc " + list[len(list)-1]
}

// printUsage writes the help: every command of the table, then the flags of dung.
func printUsage(w io.Writer) {
	fmt.Fprint(w, usage)
	var aliases []string
	for _, c := range commands() {
		fmt.Fprintf(w, "  vanban %s %s\n", c.name, c.args)
		for _, line := range strings.Split(c.help, "\n") {
			fmt.Fprintf(w, "      %s\n", line)
		}
		if c.alias != "" {
			aliases = append(aliases, c.alias+" = "+c.name)
		}
	}
	fmt.Fprintf(w, "\nTên cũ bằng tiếng Anh, vẫn dùng được: %s.\n", strings.Join(aliases, ", "))
	fmt.Fprintln(w, "\nTùy chọn của dung và kiem-tra (bao-cao, thang và don-doc cũng nhận):")
	printFlags(w, buildFlags(new(buildOpts)))
}

func main() {
	// One build allocates about 13 MB, most of it in the PDF writer's compressors, and then
	// the process ends: collecting less often saves about a tenth of the run.
	debug.SetGCPercent(400)
	go removeTempsOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// removeTempsOnSignal ends the command on SIGINT or SIGTERM without leaving the temporary
// file of a write under way; the previous results stay as they were.
func removeTempsOnSignal() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	s := <-sig
	output.RemoveTemps()
	fmt.Fprintf(os.Stderr, "vanban: dừng theo yêu cầu (%v) — các tệp kết quả cũ vẫn giữ nguyên\n", s)
	os.Exit(130)
}

func run(args []string, stdout, stderr io.Writer) (code int) {
	// A bug must not end in a Go stack trace before an office clerk: say what happened and
	// fail. Nothing was written, since results are written only once complete.
	defer func() {
		if r := recover(); r != nil {
			errorf(stderr, "vanban: lỗi bên trong chương trình (%v) — không có tệp nào được ghi; "+
				"xin gửi tệp dữ liệu và lệnh đã chạy cho nhóm phát triển\n", r)
			code = 1
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stdout)
		return 0
	}
	if c, ok := lookup(args[0]); ok {
		return c.run(args[1:], stdout, stderr)
	}
	errorf(stderr, "vanban: không có lệnh “%s” — dùng %s (xem vanban -h)\n", args[0], names())
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
	wordFont string
}

func newFlagSet(name string) *flag.FlagSet { return flag.NewFlagSet(name, flag.ContinueOnError) }

func buildFlags(o *buildOpts) *flag.FlagSet {
	flags := newFlagSet("dung")
	flags.StringVar(&o.out, "o", "", "tệp kết quả (.pdf, .docx hoặc .md)")
	flags.StringVar(&o.dir, "mau", "", "thư mục mẫu riêng: tệp nào có ở đây thì thay tệp cùng tên có sẵn")
	flags.StringVar(&o.profile, "the-thuc", "", "thể thức: hd36, nd30 hoặc đường dẫn tệp .yaml (mặc định theo he_thong)")
	flags.IntVar(&o.maxPages, "so-trang-toi-da", 500, "số trang tối đa của một văn bản")
	flags.DurationVar(&o.tmplTime, "thoi-gian-mau", tmpl.DefaultMaxTime, "thời gian tối đa cho một lần chạy mẫu, ví dụ 3s, 1m")
	flags.Int64Var(&o.tmplMB, "dung-luong-mau", tmpl.DefaultMaxOutput>>20, "dung lượng tối đa (MB) của Markdown một mẫu viết ra")
	flags.StringVar(&o.stage, "giai-doan", "", "dừng ở một giai đoạn và in ra để xem: md (Markdown chính thức), mo-hinh (mô hình văn bản), bo-cuc (vị trí từng chữ trên trang)")
	flags.StringVar(&o.fontDir, "phong", "", "thư mục phông riêng của cơ quan (bốn tệp .ttf: thường, đậm, nghiêng, đậm nghiêng), ví dụ fonts/")
	flags.StringVar(&o.wordFont, "phong-word", "", "tên phông ghi trong tệp .docx (mặc định Times New Roman), ví dụ “Cambria”")
	flags.Func("kich-thuoc-toi-da", fmt.Sprintf("dung lượng tối đa (MB) của một tệp đầu vào (mặc định %d)", infile.MaxSize>>20), func(s string) error {
		mb, err := strconv.ParseInt(s, 10, 64)
		if err != nil || mb <= 0 || mb > 1<<20 {
			return errors.New("phải là số MB lớn hơn 0")
		}
		infile.MaxSize = mb << 20
		return nil
	})
	return flags
}

// parseArgs reads flags that may stand before or after the file names, and returns the file
// names; code is non-zero when the command must stop (help shown, or a wrong flag).
func parseArgs(cmd string, flags *flag.FlagSet, args []string, stdout, stderr io.Writer) (files []string, code int, stop bool) {
	flags.SetOutput(io.Discard) // the flag package speaks English: its errors are told below
	for len(args) > 0 {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(stdout)
				return nil, 0, true
			}
			errorf(stderr, "vanban %s: %s (xem vanban -h)\n", cmd, flagError(err))
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
func (o *buildOpts) options() pipeline.Options {
	return pipeline.Options{TemplateDir: o.dir, Profile: o.profile, MaxPages: o.maxPages, FontDir: o.fontDir,
		TemplateTime: o.tmplTime, TemplateOutput: o.tmplMB << 20, WordFont: o.wordFont, Time: epoch()}
}

// epoch is SOURCE_DATE_EPOCH as a time: what a Word file records as its time; zero (none
// recorded) when the variable is unset or not a number of seconds. Nothing reads the clock.
func epoch() time.Time {
	sec, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(sec, 0).UTC()
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	var o buildOpts
	inputs, code, stop := parseArgs("dung", buildFlags(&o), args, stdout, stderr)
	if stop {
		return code
	}
	if len(inputs) != 1 {
		fmt.Fprintln(stderr, "vanban dung: cần đúng một tệp vào, ví dụ: vanban dung data/ke-hoach-81-kl-tw.yaml -o ke-hoach.pdf")
		return 2
	}
	in := inputs[0]
	target, err := output.TargetOf(o.out, o.stage, output.Default(in))
	if err != nil {
		errorf(stderr, "vanban: %v\n", err)
		return 2
	}
	if err := output.Check(target.Path, in); err != nil {
		return fail(stderr, err)
	}
	if o.tmplTime <= 0 || o.tmplMB <= 0 {
		fmt.Fprintln(stderr, "vanban dung: -thoi-gian-mau và -dung-luong-mau phải lớn hơn 0")
		return 2
	}
	src, err := infile.Read(in)
	if err != nil {
		return fail(stderr, err)
	}
	b, err := pipeline.New(o.options())
	if err != nil {
		return fail(stderr, err)
	}
	// The rules of kiem-tra hold for dung too: an error stops the build, nothing is
	// written; warnings are told and the document is built.
	if target.Format == "pdf" || target.Format == "docx" {
		ds := b.Findings(in, src)
		if ds.HasErrors() {
			return fail(stderr, ds)
		}
		warn(stderr, ds)
	}
	result, err := b.Stage(target.Format, in, src)
	if err != nil {
		return fail(stderr, err)
	}
	if err := emit(stdout, target.Path, result, in); err != nil {
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

// emit writes a result to the file out (atomically, never over one of the inputs), or to stdout when
// out is empty.
func emit(stdout io.Writer, out string, data []byte, inputs ...string) error {
	if out == "" {
		_, err := stdout.Write(data)
		return err
	}
	return output.Write(out, data, inputs...)
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
	errorf(stderr, "vanban: %v\n", err)
	return 1
}

// errorf writes a message for the user with what it quotes from the input made safe to
// print (see diag.Printable): a unit id or a flag value holding an ESC cannot drive the
// terminal.
func errorf(w io.Writer, format string, args ...any) {
	fmt.Fprint(w, diag.Printable(fmt.Sprintf(format, args...)))
}
