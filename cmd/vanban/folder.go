package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"vanban/internal/output"
	"vanban/internal/pipeline"
	"vanban/internal/vn"
)

// folderOpts are the flags of the commands that read a progress folder (bao-cao, don-doc,
// thang, ke-hoach-don-vi), declared and read in one place.
type folderOpts struct {
	book, period, unit string
	// day is -ngay as typed.
	day string
	// date is the issue date of the documents: -ngay, else SOURCE_DATE_EPOCH, else today.
	date vn.Date
}

// today is the clock's day, UTC, where no date is given; tests set it.
var today = func() vn.Date { return vn.DateOf(time.Now().UTC()) }

// declare adds -theo-doi, and -ky and -don-vi when the command has them: it gives the help
// of each ("" when it has not), since a period or a unit means something else to each.
func (o *folderOpts) declare(flags *flag.FlagSet, period, unit string) {
	flags.StringVar(&o.book, "theo-doi", "", "tệp theo-doi.yaml của thư mục tiến độ, ví dụ data/tien-do/theo-doi.yaml")
	if period != "" {
		flags.StringVar(&o.period, "ky", "", period+", viết như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024")
	}
	if unit != "" {
		flags.StringVar(&o.unit, "don-vi", "", unit)
	}
	if period != "" {
		flags.StringVar(&o.day, "ngay", "", "ngày ban hành NĂM-THÁNG-NGÀY, từ ngày cuối kỳ trở đi (mặc định: SOURCE_DATE_EPOCH, không có thì hôm nay)")
	}
}

// parse reads the arguments of command cmd; a command that issues documents (dated) also
// sets their date: -ngay, else SOURCE_DATE_EPOCH, else today. No file name is taken, and the flags named in
// need must be given: otherwise the example of the command is shown (exit 2).
func (o *folderOpts) parse(cmd string, flags *flag.FlagSet, args []string, stdout, stderr io.Writer, dated bool, example string, need ...string) (code int, stop bool) {
	rest, code, stop := parseArgs(cmd, flags, args, stdout, stderr)
	if stop {
		return code, true
	}
	missing := len(rest) > 0
	for _, name := range need {
		missing = missing || flags.Lookup(name).Value.String() == ""
	}
	if missing {
		errorf(stderr, "vanban %s: cần %s, ví dụ: %s\n", cmd, flagList(need), example)
		return 2, true
	}
	if dated {
		date, err := dateFromEnv()
		if o.day != "" {
			if date, err = vn.ParseDate(o.day); err == nil && date.Day == 0 {
				err = fmt.Errorf("-ngay “%s”: ghi đủ NĂM-THÁNG-NGÀY", o.day)
			}
		}
		if err != nil {
			errorf(stderr, "vanban %s: %v\n", cmd, err)
			return 2, true
		}
		o.date = cmp.Or(date, today())
	}
	return 0, false
}

// options are the builder's options of a command that issues documents dated o.date: a
// Word file records SOURCE_DATE_EPOCH as with dung, else the issue date (00:00 UTC), so
// that the same data and date give the same bytes.
func (o *folderOpts) options(build *buildOpts) pipeline.Options {
	opts := build.options()
	if opts.Time.IsZero() {
		opts.Time = time.Date(o.date.Year, time.Month(o.date.Month), o.date.Day, 0, 0, 0, 0, time.UTC)
	}
	return opts
}

// formatsHelp is the help of -dinh-dang.
const formatsHelp = "định dạng của mỗi văn bản: pdf, docx (Word) hoặc md; nhiều định dạng thì cách nhau dấu phẩy, ví dụ pdf,docx"

// parseFormats reads -dinh-dang of command cmd; a wrong list is told as a wrong call (ok
// false: exit 2).
func parseFormats(cmd, list string, stderr io.Writer) (formats []string, ok bool) {
	formats, err := output.ParseFormats(list)
	if err != nil {
		errorf(stderr, "vanban %s: %v\n", cmd, err)
		return nil, false
	}
	return formats, true
}

// isSet tells whether the flag name was given on the command line.
func isSet(flags *flag.FlagSet, name string) bool {
	set := false
	flags.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// writeFormats writes one document, built in each of formats (data[i] in formats[i]), into
// the folder dir (made when missing) as name.<format>, never over book; it returns the
// paths written.
func writeFormats(dir, name string, formats []string, data [][]byte, book string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("không tạo được thư mục “%s”: %s", dir, vn.FileError(err, vn.Writing))
	}
	paths := make([]string, len(formats))
	for i, format := range formats {
		paths[i] = filepath.Join(dir, name+"."+format)
		if err := output.Write(paths[i], data[i], book); err != nil {
			return nil, err
		}
	}
	return paths, nil
}

// dateFromEnv reads SOURCE_DATE_EPOCH (seconds since 1970, UTC) as the issue date; zero
// when the variable is unset.
func dateFromEnv() (vn.Date, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return vn.Date{}, nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return vn.Date{}, fmt.Errorf("SOURCE_DATE_EPOCH “%s” không phải số giây", s)
	}
	d := vn.DateOf(time.Unix(sec, 0).UTC())
	if d.Year < 2000 || d.Year > 2100 {
		return vn.Date{}, fmt.Errorf("SOURCE_DATE_EPOCH “%s” là ngày %02d/%02d/%d: ngày ban hành phải trong các năm 2000–2100", s, d.Day, d.Month, d.Year)
	}
	return d, nil
}

// flagList writes flag names as a sentence: "-theo-doi, -ky và -o".
func flagList(names []string) string {
	s := "-" + names[0]
	for i, n := range names[1:] {
		if i == len(names)-2 {
			s += " và -" + n
		} else {
			s += ", -" + n
		}
	}
	return s
}
