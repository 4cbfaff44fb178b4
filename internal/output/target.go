package output

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// Target is where a command writes one result, and in which form.
type Target struct {
	// Path is the file to write; "" is the standard output (a stage without -o).
	Path string
	// Format is "pdf", "docx" or "md", or the stage of -giai-doan ("md", "mo-hinh", "bo-cuc").
	Format string
}

// FormatOf is the format the extension of a result file chooses: "pdf", "docx", "md", or
// "" for any other (a folder, or a file vanban does not write).
func FormatOf(path string) string {
	if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), ".")); slices.Contains(Formats, ext) {
		return ext
	}
	return ""
}

// Formats are the formats vanban writes a document in, in the order its messages name them.
var Formats = []string{"pdf", "docx", "md"}

// ParseFormats reads a list of formats as -dinh-dang gives it, comma-separated:
// "pdf,docx" is the PDF and the Word file of each document, in that order. Case and spaces
// do not count; a format named twice is written once. The error, in Vietnamese, is a wrong
// call that names the formats there are.
func ParseFormats(list string) ([]string, error) {
	var formats []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if !slices.Contains(Formats, f) {
			return nil, fmt.Errorf("không biết định dạng “%s” — dùng %s hoặc %s, cách nhau dấu phẩy, ví dụ pdf,docx",
				f, strings.Join(Formats[:len(Formats)-1], ", "), Formats[len(Formats)-1])
		}
		if !slices.Contains(formats, f) {
			formats = append(formats, f)
		}
	}
	return formats, nil
}

// Stdout is the -o that names the standard output.
const Stdout = "-"

// TargetOf resolves -o (out) and -giai-doan (stage) as every command that writes one
// document does: with a stage, what that stage makes goes to out, or to the standard output
// when out is empty (out's extension chooses nothing); otherwise out's extension chooses
// the format, and an empty out takes def. "-o -" is the standard output: the PDF, or the
// stage asked for. The error, in Vietnamese, is a wrong call.
func TargetOf(out, stage, def string) (Target, error) {
	if out == Stdout {
		out = "" // the standard output, as a stage without -o
		if stage == "" {
			stage = "pdf"
		}
	}
	switch stage {
	case "":
	case "md", "mo-hinh", "bo-cuc", "pdf":
		return Target{Path: out, Format: stage}, nil
	default:
		return Target{}, fmt.Errorf("không có giai đoạn “%s” — dùng md, mo-hinh hoặc bo-cuc", stage)
	}
	if out == "" {
		out = def
	}
	format := FormatOf(out)
	if format == "" {
		return Target{}, fmt.Errorf("không biết định dạng “%s” của tệp kết quả — dùng .pdf, .docx hoặc .md", filepath.Ext(out))
	}
	return Target{Path: out, Format: format}, nil
}

// Default is the result of building an input without -o: beside it, the same name,
// .pdf.
func Default(in string) string { return strings.TrimSuffix(in, filepath.Ext(in)) + ".pdf" }

// DefaultReport is the báo cáo tiến độ of a period without -o: ReportName .pdf beside
// the folder's theo-doi.yaml (book).
func DefaultReport(book, period, unit string) string {
	return filepath.Join(filepath.Dir(book), ReportName(period, unit)+".pdf")
}

// ReportName names the báo cáo tiến độ of a period, without the extension its format
// gives: bao-cao-<ky>, or bao-cao-<ky>-<ma-don-vi> for one unit.
func ReportName(period, unit string) string {
	name := "bao-cao-" + period
	if unit != "" {
		name += "-" + unit
	}
	return name
}

// DefaultReminders is the folder of a period's công văn đôn đốc without -o: don-doc-<ky>
// beside the folder's theo-doi.yaml (book).
func DefaultReminders(book, period string) string {
	return filepath.Join(filepath.Dir(book), "don-doc-"+period)
}
