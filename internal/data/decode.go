package data

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Decode reads YAML src (named name in messages) into v strictly: unknown and duplicate
// keys and wrong types are errors. A UTF-8 byte order mark is skipped; invalid UTF-8 and
// tab indentation are errors. Every string in v comes out NFC-normalised.
func Decode(name string, src []byte, v any) error {
	s, err := Parse(name, src)
	if err != nil {
		return err
	}
	return s.Decode(v)
}

// Source is a YAML file parsed once, to be decoded and searched for positions.
type Source struct {
	Name string
	src  []byte
	file *ast.File
}

// Parse checks and parses YAML src.
func Parse(name string, src []byte) (*Source, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if d, bad := checkText(name, src); bad {
		return nil, diag.List{d}
	}
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		return nil, diag.List{translate(name, src, err, nil)}
	}
	return &Source{Name: name, src: src, file: f}, nil
}

// Decode decodes the file into v (see Decode).
func (s *Source) Decode(v any) error {
	if len(s.file.Docs) > 0 && s.file.Docs[0].Body != nil {
		if err := yaml.NodeToValue(s.file.Docs[0].Body, v, yaml.Strict()); err != nil {
			return diag.List{translate(s.Name, s.src, err, v)}
		}
	}
	normalize(reflect.ValueOf(v))
	return nil
}

// Locator finds positions in this file.
func (s *Source) Locator() *Locator { return &Locator{name: s.Name, file: s.file, parsed: true} }

// CheckUTF8 reports the first byte of src that is not UTF-8, at its line and column.
func CheckUTF8(name string, src []byte) (diag.Diagnostic, bool) {
	if utf8.Valid(src) {
		return diag.Diagnostic{}, false
	}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return diag.Errorf(name, line, col,
				"lưu lại tệp với bảng mã UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8)",
				"tệp không phải văn bản UTF-8 (byte 0x%02X)", src[i]), true
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		i += size
		col++
	}
	return diag.Diagnostic{}, false
}

// checkText finds what the YAML parser would report badly: bytes that are not UTF-8 and
// tabs used for indentation.
func checkText(name string, src []byte) (diag.Diagnostic, bool) {
	if d, bad := CheckUTF8(name, src); bad {
		return d, true
	}
	line, col := 1, 1
	atIndent := true
	for _, r := range string(src) {
		switch {
		case r == '\t' && atIndent:
			return diag.Errorf(name, line, col,
				"YAML chỉ cho phép thụt lề bằng dấu cách; thay dấu tab bằng hai dấu cách",
				"dùng dấu tab để thụt lề"), true
		case r == '\n':
			line, col, atIndent = line+1, 0, true
		case r != ' ':
			atIndent = false
		}
		col++
	}
	return diag.Diagnostic{}, false
}

var (
	reUnknownField = regexp.MustCompile(`unknown field "([^"]*)"`)
	reDuplicateKey = regexp.MustCompile(`mapping key "([^"]*)" already defined at \[(\d+):(\d+)\]`)
)

// translate turns a go-yaml error into a Vietnamese diagnostic at the token it names.
func translate(name string, src []byte, err error, target any) diag.Diagnostic {
	var line, col int
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		line, col = ye.GetToken().Position.Line, ye.GetToken().Position.Column
	}
	var (
		unknown *yaml.UnknownFieldError
		dup     *yaml.DuplicateKeyError
		typ     *yaml.TypeError
		syn     *yaml.SyntaxError
		over    *yaml.OverflowError
	)
	switch {
	case errors.As(err, &unknown):
		key := ""
		if m := reUnknownField.FindStringSubmatch(unknown.Message); m != nil {
			key = m[1]
		}
		hint := "xem danh sách các trường trong docs/du-lieu.md"
		if s, ok := vn.Suggest(key, fieldNames(reflect.TypeOf(target))); ok {
			hint = fmt.Sprintf("có phải ý bạn là “%s”?", s)
		}
		return diag.Errorf(name, line, col, hint, "trường “%s” không tồn tại", key)
	case errors.As(err, &dup):
		key, where := "", ""
		if m := reDuplicateKey.FindStringSubmatch(dup.Message); m != nil {
			key, where = m[1], fmt.Sprintf(" (đã có ở dòng %s)", m[2])
		}
		return diag.Errorf(name, line, col, "xóa một trong hai dòng hoặc đổi tên trường",
			"trường “%s” bị lặp lại%s", key, where)
	case errors.As(err, &typ):
		return diag.Errorf(name, line, col, typeHint(typ.DstType),
			"giá trị không đúng kiểu: cần %s nhưng gặp %s", kindName(typ.DstType), kindName(typ.SrcType))
	case errors.As(err, &over):
		return diag.Errorf(name, line, col, "", "số “%s” quá lớn", over.SrcNum)
	case errors.As(err, &syn):
		return diag.Errorf(name, line, col,
			"kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề ở dòng này và dòng trên",
			"YAML sai cú pháp: %s", syntaxMessage(syn.Message))
	}
	msg := err.Error()
	if i := strings.Index(msg, "\n"); i >= 0 {
		msg = msg[:i]
	}
	return diag.Errorf(name, line, col, "", "không đọc được dữ liệu: %s", msg)
}

// syntaxMessage puts the parser's most common messages into Vietnamese and keeps the rest.
func syntaxMessage(m string) string {
	switch {
	case strings.Contains(m, "could not find end character of double-quoted"):
		return "thiếu dấu ngoặc kép đóng"
	case strings.Contains(m, "could not find end character of single-quoted"):
		return "thiếu dấu nháy đơn đóng"
	case strings.Contains(m, "mapping value is not allowed"):
		return "dấu hai chấm không đúng chỗ (thường do thụt lề sai, hoặc giá trị có “: ” mà không đặt trong ngoặc kép)"
	case strings.Contains(m, "unexpected key name"), strings.Contains(m, "non-map value is specified"):
		return "thụt lề không thẳng hàng"
	case strings.Contains(m, "sequence end token"), strings.Contains(m, "flow sequence"):
		return "thiếu dấu ] đóng danh sách"
	}
	return m
}

func kindName(t reflect.Type) string {
	if t == nil {
		return "giá trị"
	}
	switch t.Kind() {
	case reflect.String:
		return "chữ"
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64, reflect.Float64:
		return "số"
	case reflect.Bool:
		return "có/không (true/false)"
	case reflect.Slice:
		return "danh sách (các dòng bắt đầu bằng “- ”)"
	case reflect.Map, reflect.Struct:
		return "nhóm trường (các dòng “khóa: giá trị” thụt vào)"
	case reflect.Pointer:
		return kindName(t.Elem())
	}
	return t.String()
}

func typeHint(t reflect.Type) string {
	if t != nil && t.Kind() == reflect.String {
		return "đặt giá trị trong ngoặc kép, ví dụ \"…\""
	}
	if t != nil && t.Kind() == reflect.Slice {
		return "viết mỗi phần tử trên một dòng, bắt đầu bằng “- ”"
	}
	return ""
}

// fieldNames lists every yaml key that type t (and the types inside it) accepts, for
// "có phải ý bạn là …?" hints.
func fieldNames(t reflect.Type) []string {
	seen := map[reflect.Type]bool{}
	var names []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice) {
			t = t.Elem()
		}
		if t == nil || t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if tag != "" && tag != "-" {
				names = append(names, tag)
			}
			walk(f.Type)
		}
	}
	walk(t)
	return names
}

// normalize puts every string reachable from v into NFC.
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			normalize(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				normalize(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			normalize(v.Index(i))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(vn.NFC(v.String()))
		}
	}
}

// Locator finds the line and column of a YAML path ("$.phan[1].muc[0]") in a source, so
// that checks made after decoding can point at the text the user typed.
type Locator struct {
	name   string
	src    []byte
	file   *ast.File
	parsed bool
}

// NewLocator returns a locator over src; it parses src only when a position is asked for.
func NewLocator(name string, src []byte) *Locator {
	return &Locator{name: name, src: src}
}

// At returns the position of the node at path, or of its nearest ancestor that exists.
func (l *Locator) At(path string) (line, col int) {
	if !l.parsed {
		l.file, _ = parser.ParseBytes(bytes.TrimPrefix(l.src, []byte("\xef\xbb\xbf")), 0)
		l.parsed = true
	}
	if l.file == nil {
		return 0, 0
	}
	for path != "" {
		if p, err := yaml.PathString(path); err == nil {
			if n, err := p.FilterFile(l.file); err == nil && n != nil && n.GetToken() != nil {
				return n.GetToken().Position.Line, n.GetToken().Position.Column
			}
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 0 {
			break
		}
		path = path[:i]
	}
	return 1, 1
}

// Errorf makes an error diagnostic at path.
func (l *Locator) Errorf(path, hint, format string, args ...any) diag.Diagnostic {
	line, col := l.At(path)
	return diag.Errorf(l.name, line, col, hint, format, args...)
}
