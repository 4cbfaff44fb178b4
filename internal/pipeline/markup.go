package pipeline

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// dataMarkup checks, at the data file's lines, what the body of a data document says in
// Markdown (the values the templates write through md, see vn.EscapeMarkdownInline), so
// that no problem is only found at a line of the Markdown made from it. Errors: a footnote
// reference [^n] that chu_thich has no note for, a note nothing refers to, a label or a
// typed number ("so") that is none. Warnings: emphasis that opens or closes nothing (it
// prints with its asterisks), typed numbers that skip or repeat (vn.Numbering). The
// document's own fields (model.Meta) are not Markdown and are left out.
func dataMarkup(file *yamlfile.Source, src []byte) (errs, warns diag.List) {
	var p data.Document
	if file.Decode(&p) != nil {
		return nil, nil // the decoding's own errors are reported where it is done
	}
	loc := file.Locator()
	lines := strings.Split(string(src), "\n")
	refs := map[string]bool{}
	walkBody(reflect.ValueOf(p), "$",
		func(path, text string) {
			in := vn.ScanInline(text)
			for _, off := range in.Stray {
				line, col := valueAt(loc, lines, path, text, off)
				run := strings.Repeat("*", len(text[off:])-len(strings.TrimLeft(text[off:], "*")))
				warns = append(warns, diag.Diagnostic{Severity: diag.Warning, File: file.Name, Line: line, Col: col,
					Message: fmt.Sprintf("dấu “%s” không mở hay đóng chữ đậm, nghiêng nào: sẽ được in nguyên văn", run),
					Hint: "đóng bằng đúng số dấu sao ngay sau chữ (**giữ vững**, *nghiêng*), không có dấu cách trước dấu đóng; " +
						"muốn in dấu sao thì viết \\* (trong ngoặc kép: \\\\*)"})
			}
			for _, r := range in.Refs {
				if _, ok := p.Notes[r.Label]; !ok {
					line, col := valueAt(loc, lines, path, text, r.Offset)
					errs = append(errs, diag.Errorf(file.Name, line, col,
						fmt.Sprintf("thêm lời chú thích vào “chu_thich”, ví dụ “%q: \"Nguồn: …\"”", r.Label),
						"chú thích “[^%s]” chưa có lời chú thích", r.Label))
				}
				refs[r.Label] = true
			}
		},
		func(path string, numbers []string) {
			var n vn.Numbering
			for i, typed := range numbers {
				at := fmt.Sprintf("%s[%d].so", path, i)
				if typed != "" && !vn.IsLabel(strings.TrimSpace(typed)) {
					errs = append(errs, loc.Errorf(at, "viết số như văn bản gốc in: “V.”, “1.”, “1.1.”, “2.10.”, “đ)”; hoặc bỏ “so” để vanban tự đánh số",
						"số “%s” không phải số thứ tự", typed))
				}
				if msg, hint := n.Add(typed); msg != "" {
					line, col := loc.At(at)
					warns = append(warns, diag.Diagnostic{Severity: diag.Warning, File: file.Name, Line: line, Col: col, Message: msg, Hint: hint})
				}
			}
		})
	labels := make([]string, 0, len(p.Notes))
	for label := range p.Notes {
		labels = append(labels, label)
	}
	slices.Sort(labels)
	for _, label := range labels {
		at := "$.chu_thich." + label
		switch {
		case !vn.IsFootnoteLabel(label):
			errs = append(errs, loc.KeyErrorf(at, "nhãn chỉ gồm chữ cái không dấu, chữ số và dấu “-”, ví dụ “1”, “nguon-2”",
				"nhãn chú thích “%s” không dùng được", label))
		case !refs[label]:
			errs = append(errs, loc.KeyErrorf(at, "thêm “[^"+label+"]” sau chữ cần chú thích, hoặc bỏ lời chú thích này",
				"chú thích “[^%s]” không được tham chiếu ở đâu trong văn bản: lời chú thích sẽ không được in", label))
		case strings.TrimSpace(p.Notes[label]) == "":
			errs = append(errs, loc.Errorf(at, "viết lời chú thích giữa hai dấu ngoặc kép, hoặc bỏ cả nhãn này lẫn chỗ tham chiếu “[^"+label+"]”",
				"lời chú thích “[^%s]” trống: chỉ số chú thích sẽ in ra mà không có lời", label))
		}
	}
	slices.SortStableFunc(errs, byLine)
	slices.SortStableFunc(warns, byLine)
	return errs, warns
}

func byLine(a, b diag.Diagnostic) int {
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Col - b.Col
}

// walkBody calls text with every text of a data document's body and its path ("$.phan[0]
// .muc[1].doan"), and list with every list of items that may carry a typed number (a list
// of structs with a field "so") and those numbers. An embedded struct (the document's own
// fields, model.Meta) is not the body.
func walkBody(v reflect.Value, path string, text func(path, s string), list func(path string, numbers []string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkBody(v.Elem(), path, text, list)
		}
	case reflect.String:
		text(path, v.String())
	case reflect.Slice:
		if t := v.Type().Elem(); t.Kind() == reflect.Struct {
			if f, ok := fieldByYAML(t, "so"); ok {
				numbers := make([]string, v.Len())
				for i := range numbers {
					numbers[i] = v.Index(i).FieldByIndex(f.Index).String()
				}
				list(path, numbers)
			}
		}
		for i := 0; i < v.Len(); i++ {
			walkBody(v.Index(i), fmt.Sprintf("%s[%d]", path, i), text, list)
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			walkBody(v.MapIndex(k), path+"."+k.String(), text, list)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if name := yamlName(f); !f.Anonymous && f.IsExported() && name != "" {
				walkBody(v.Field(i), path+"."+name, text, list)
			}
		}
	}
}

// yamlName is the key of a struct field in a data file, "" for none.
func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

func fieldByYAML(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); yamlName(f) == key && f.Type.Kind() == reflect.String {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// valueAt is where byte off of the text at path stands in the data file: on the value's
// first line, past its opening quote; a place on a later line of a value of several lines
// is given as the value's start.
func valueAt(loc *yamlfile.Locator, lines []string, path, text string, off int) (line, col int) {
	line, col = loc.At(path)
	if line < 1 || line > len(lines) || strings.ContainsAny(text[:off], "\n\r") {
		return line, col
	}
	typed := []rune(lines[line-1])
	if col < 1 || col > len(typed) {
		return line, col
	}
	switch typed[col-1] {
	case '"', '\'':
		col++
	case '|', '>':
		return line, col
	}
	return line, col + utf8.RuneCountInString(text[:off])
}
