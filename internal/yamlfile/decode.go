package yamlfile

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
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
	"golang.org/x/text/encoding/charmap"

	"vanban/internal/diag"
	"vanban/internal/legacy"
	"vanban/internal/vn"
)

// Decode reads YAML src (named name in messages) into v strictly: unknown and duplicate
// keys and wrong types are errors. A UTF-8 byte order mark is skipped and Windows line ends
// read as "\n"; invalid UTF-8, tab indentation and YAML tags ("!x") are errors. Every
// string in v, map keys and values in interfaces included, comes out NFC-normalised.
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
func Parse(name string, src []byte) (s *Source, err error) {
	defer recoverYAML(name, &err)
	src = clean(src)
	if d, bad := checkText(name, src); bad {
		return nil, diag.List{d}
	}
	if line, bad := checkNesting(src); bad {
		return nil, diag.List{diag.Errorf(name, line, 1, "viết phẳng lại: dữ liệu văn bản không cần lồng sâu như thế",
			"danh sách hoặc bảng giá trị lồng nhau quá %d tầng", MaxDepth)}
	}
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		return nil, diag.List{translate(name, src, err, nil)}
	}
	if d, bad := checkTags(name, f); bad {
		return nil, diag.List{d}
	}
	if d, bad := checkLimits(name, f); bad {
		return nil, diag.List{d}
	}
	return &Source{Name: name, src: src, file: f}, nil
}

// Decode decodes the file into v (see Decode).
func (s *Source) Decode(v any) (err error) {
	defer recoverYAML(s.Name, &err)
	if len(s.file.Docs) > 0 && s.file.Docs[0].Body != nil {
		if t := reflect.TypeOf(v); t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
			if ds := unknownKeys(s.Name, s.file.Docs[0].Body, t); len(ds) > 0 {
				return ds
			}
		}
		if err := yaml.NodeToValue(s.file.Docs[0].Body, v, yaml.Strict()); err != nil {
			return diag.List{translate(s.Name, s.src, err, v)}
		}
	}
	normalize(reflect.ValueOf(v))
	return nil
}

// Locator finds positions in this file.
func (s *Source) Locator() *Locator { return &Locator{name: s.Name, file: s.file, parsed: true} }

// clean drops a UTF-8 byte order mark and turns Windows line ends into "\n": go-yaml
// counts a comment line ended by "\r\n" as two lines, which shifts every later position.
func clean(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	return bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
}

// recoverYAML turns a panic inside go-yaml (v1.19 has had nil dereferences on odd input)
// into a diagnostic in *err: a data file gives a value or a message, never a crash.
func recoverYAML(name string, err *error) {
	if r := recover(); r != nil {
		*err = diag.List{diag.Errorf(name, 0, 0, "kiểm tra các ký tự đặc biệt của YAML (!, &, *, |, >) ở dòng vừa sửa; đặt giá trị có chúng trong ngoặc kép",
			"không đọc được dữ liệu (lỗi của thư viện YAML: %v)", r)}
	}
}

// checkTags rejects YAML tags ("!x", "!!str"): a data file has no use for them, and go-yaml
// v1.19 crashes on a tag without a value where a list is expected.
func checkTags(name string, f *ast.File) (diag.Diagnostic, bool) {
	var tags tagFinder
	for _, doc := range f.Docs {
		ast.Walk(&tags, doc)
	}
	if tk := tags.first; tk != nil {
		return diag.Errorf(name, tk.Position.Line, tk.Position.Column,
			"xóa “"+tk.Value+"”; nếu giá trị bắt đầu bằng “!”, đặt nó trong ngoặc kép",
			"tệp dữ liệu không dùng thẻ YAML (“%s”)", tk.Value), true
	}
	return diag.Diagnostic{}, false
}

// tagFinder is an ast.Visitor that keeps the token of the first tag in document order.
type tagFinder struct{ first *token.Token }

func (f *tagFinder) Visit(n ast.Node) ast.Visitor {
	if t, ok := n.(*ast.TagNode); ok && t != nil {
		f.first = t.GetToken()
	}
	if n == nil || f.first != nil {
		return nil // ast.Walk visits an empty document's nil body too
	}
	return f
}

// CheckEncoding reports text that is not Unicode Vietnamese: a file in a legacy Vietnamese
// encoding (TCVN3, VNI), raw or opened as Windows-1252 and saved as UTF-8, is named with a
// way to convert it; any other byte that is not UTF-8 is reported at its line and column.
func CheckEncoding(name string, src []byte) (diag.Diagnostic, bool) {
	if r := legacy.Analyze(src); r.OK {
		line, col := 1, 1
		if i := bytes.Index(src, exampleBytes(r)); i >= 0 {
			line = bytes.Count(src[:i], []byte("\n")) + 1
			col = utf8.RuneCount(src[bytes.LastIndexByte(src[:i], '\n')+1:i]) + 1
		}
		return diag.Errorf(name, line, col,
			fmt.Sprintf("chuyển tệp sang Unicode: vanban chuyen-ma %s -o <tệp mới>", name), "%s", r.Message()), true
	}
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

// exampleBytes is the example word of a detection as it stands in the file.
func exampleBytes(r legacy.Result) []byte {
	if r.Mojibake {
		return []byte(r.Example)
	}
	// Raw bytes: the example is shown as Windows-1252; turn it back into those bytes.
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(r.Example))
	if err != nil {
		return []byte(r.Example)
	}
	return b
}

// checkText finds what the YAML parser would report badly: bytes that are not UTF-8 and
// tabs used for indentation.
func checkText(name string, src []byte) (diag.Diagnostic, bool) {
	if d, bad := CheckEncoding(name, src); bad {
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
	var msg string
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		line, col = ye.GetToken().Position.Line, ye.GetToken().Position.Column
		msg = ye.GetMessage()
	}
	var (
		unknown *yaml.UnknownFieldError
		dup     *yaml.DuplicateKeyError
		typ     *yaml.TypeError
		node    *yaml.UnexpectedNodeTypeError
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
	// go-yaml v1.19 finds most duplicate keys in its parser and reports them as syntax errors.
	case errors.As(err, &dup), errors.As(err, &syn) && reDuplicateKey.MatchString(msg):
		key, where := "", ""
		if m := reDuplicateKey.FindStringSubmatch(msg); m != nil {
			key, where = m[1], fmt.Sprintf(" (đã có ở dòng %s)", m[2])
		}
		return diag.Errorf(name, line, col, "xóa một trong hai dòng hoặc đổi tên trường",
			"trường “%s” bị lặp lại%s", key, where)
	case errors.As(err, &typ):
		return diag.Errorf(name, line, col, typeHint(typ.DstType),
			"giá trị không đúng kiểu: cần %s nhưng gặp %s", kindName(typ.DstType), kindName(typ.SrcType))
	case errors.As(err, &node):
		want, got := nodeType(node.Expected), nodeType(node.Actual)
		return diag.Errorf(name, line, col, typeHint(want),
			"giá trị không đúng kiểu: cần %s nhưng gặp %s", kindName(want), kindName(got))
	case errors.As(err, &over):
		return diag.Errorf(name, line, col, "", "số “%s” quá lớn", over.SrcNum)
	case errors.As(err, &syn):
		if l, c, ok := openQuote(src, line, col); ok {
			return diag.Errorf(name, l, c, "thêm dấu \" đóng ở cuối giá trị này",
				"YAML sai cú pháp: thiếu dấu ngoặc kép đóng")
		}
		return diag.Errorf(name, line, col,
			"kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề ở dòng này và dòng trên",
			"YAML sai cú pháp: %s", syntaxMessage(syn.Message, afterText(src, line, col)))
	}
	msg = err.Error()
	if i := strings.Index(msg, "\n"); i >= 0 {
		msg = msg[:i]
	}
	return diag.Errorf(name, line, col, "", "không đọc được dữ liệu: %s", msg)
}

// openQuote finds the double-quoted value that a syntax error at line:col comes from when
// its closing quote is missing: YAML lets quoted text run over lines, so the value goes on
// to the next '"' (the opening quote of a later value) and the parser fails on what
// follows that quote, on the line where the runaway value ends.
func openQuote(src []byte, line, col int) (qline, qcol int, ok bool) {
	for _, tk := range lexer.Tokenize(string(src)) {
		p := tk.Position
		if p.Line > line || p.Line == line && p.Column >= col {
			break
		}
		if tk.Type != token.DoubleQuoteType {
			continue
		}
		text := tk.Origin[strings.IndexByte(tk.Origin, '"')+1:]
		if n := strings.Count(text, "\n"); n > 0 && p.Line+n == line {
			qline, qcol, ok = p.Line, p.Column, true
		}
	}
	return qline, qcol, ok
}

// afterText reports whether other text comes before column col on line of src.
func afterText(src []byte, line, col int) bool {
	lines := strings.Split(string(src), "\n")
	if line < 1 || line > len(lines) {
		return false
	}
	r := []rune(lines[line-1])
	return strings.TrimSpace(string(r[:min(max(col-1, 0), len(r))])) != ""
}

// syntaxMessage puts the parser's most common messages into Vietnamese and keeps the rest.
// afterText tells whether the error is at a token that follows other text on its line.
func syntaxMessage(m string, afterText bool) string {
	switch {
	case strings.Contains(m, "could not find end character of double-quoted"):
		return "thiếu dấu ngoặc kép đóng"
	case strings.Contains(m, "could not find end character of single-quoted"):
		return "thiếu dấu nháy đơn đóng"
	case strings.Contains(m, "mapping value is not allowed"):
		return "dấu hai chấm không đúng chỗ (thường do thụt lề sai, hoặc giá trị có “: ” mà không đặt trong ngoặc kép)"
	case strings.Contains(m, "value is not allowed in this context") && afterText:
		return "có chữ thừa sau giá trị (nếu giá trị có dấu ngoặc kép, đặt cả giá trị trong một cặp ngoặc kép)"
	case strings.Contains(m, "unexpected key name"), strings.Contains(m, "non-map value is specified"),
		strings.Contains(m, "value is not allowed in this context"):
		return "thụt lề không thẳng hàng"
	case strings.Contains(m, "sequence end token"), strings.Contains(m, "flow sequence"):
		return "thiếu dấu ] đóng danh sách"
	}
	return m
}

// nodeType gives a Go type of the shape of a YAML node, to name it as kindName names types.
func nodeType(t ast.NodeType) reflect.Type {
	switch t {
	case ast.StringType, ast.LiteralType:
		return reflect.TypeFor[string]()
	case ast.IntegerType, ast.FloatType:
		return reflect.TypeFor[float64]()
	case ast.BoolType:
		return reflect.TypeFor[bool]()
	case ast.SequenceType:
		return reflect.TypeFor[[]any]()
	case ast.MappingType, ast.MappingValueType:
		return reflect.TypeFor[map[string]any]()
	}
	return nil
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
	if t != nil && (t.Kind() == reflect.Map || t.Kind() == reflect.Struct) {
		return "viết các trường con trên các dòng dưới, thụt vào hai dấu cách"
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

// normalize puts every string reachable from v into NFC. Map entries and values held in
// interfaces cannot be set in place: they are copied, normalised and stored back.
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			normalize(v.Elem())
		}
	case reflect.Interface:
		if !v.IsNil() && v.CanSet() {
			e := settable(v.Elem())
			normalize(e)
			v.Set(e)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			nk, nv := settable(k), settable(v.MapIndex(k))
			normalize(nk)
			normalize(nv)
			v.SetMapIndex(k, reflect.Value{})
			v.SetMapIndex(nk, nv)
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

// settable returns a settable copy of v.
func settable(v reflect.Value) reflect.Value {
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
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
		l.file, _ = parser.ParseBytes(clean(l.src), 0)
		l.parsed = true
	}
	if l.file == nil {
		return 0, 0
	}
	for path != "" {
		if p, err := yaml.PathString(path); err == nil {
			if n, err := p.FilterFile(l.file); err == nil && n != nil {
				if tk := startToken(n); tk != nil {
					return tk.Position.Line, tk.Position.Column
				}
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

// Typed returns the value at path as it is typed in the file ("0x10", not the 16 YAML
// reads), for a field whose form matters; false when there is no such scalar.
func (l *Locator) Typed(path string) (string, bool) {
	l.At("$") // parses the file once
	if l.file == nil {
		return "", false
	}
	p, err := yaml.PathString(path)
	if err != nil {
		return "", false
	}
	n, err := p.FilterFile(l.file)
	if err != nil || n == nil {
		return "", false
	}
	tk := n.GetToken()
	if tk == nil {
		return "", false
	}
	return tk.Value, true
}

// KeyAt returns the position of the key that ends path ("$.muc": the word “muc” as typed),
// for a problem with the field itself rather than its value; when there is no such key, the
// position At gives.
func (l *Locator) KeyAt(path string) (line, col int) {
	i := strings.LastIndex(path, ".")
	if i <= 0 || strings.ContainsAny(path[i+1:], "[]") {
		return l.At(path)
	}
	parent, key := path[:i], path[i+1:]
	l.At(parent) // parses the file when needed
	if l.file == nil {
		return l.At(path)
	}
	if p, err := yaml.PathString(parent); err == nil {
		if n, err := p.FilterFile(l.file); err == nil {
			if m, ok := n.(*ast.MappingNode); ok {
				for _, kv := range m.Values {
					if kv.Key != nil && kv.Key.String() == key {
						tk := kv.Key.GetToken()
						return tk.Position.Line, tk.Position.Column
					}
				}
			}
		}
	}
	return l.At(path)
}

// KeyErrorf makes an error diagnostic at the key that ends path (see KeyAt).
func (l *Locator) KeyErrorf(path, hint, format string, args ...any) diag.Diagnostic {
	line, col := l.KeyAt(path)
	return diag.Errorf(l.name, line, col, hint, format, args...)
}

// startToken is the token where the user sees node n begin. go-yaml gives a block mapping
// the token of its first ':' and a mapping entry that of its ':'; both begin at a key.
func startToken(n ast.Node) *token.Token {
	switch n := n.(type) {
	case *ast.MappingNode:
		if !n.IsFlowStyle && len(n.Values) > 0 {
			return startToken(n.Values[0])
		}
	case *ast.MappingValueNode:
		return startToken(n.Key)
	}
	return n.GetToken()
}

// Errorf makes an error diagnostic at path.
func (l *Locator) Errorf(path, hint, format string, args ...any) diag.Diagnostic {
	line, col := l.At(path)
	return diag.Errorf(l.name, line, col, hint, format, args...)
}
