package yamlfile

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/model"
)

// decodeTarget is a small shape with the kinds of field the data files use.
type decodeTarget struct {
	Name  string            `yaml:"ten"`
	Lines []string          `yaml:"dong"`
	Sub   *decodeTarget     `yaml:"con,omitempty"`
	Flag  bool              `yaml:"co,omitempty"`
	Recv  []model.Recipient `yaml:"noi_nhan,omitempty"`
}

func TestDecode(t *testing.T) {
	const nfdHoa = "Thanh Ho\u0301a" // o + combining acute
	tests := []struct {
		name      string
		src       string
		want      decodeTarget // checked when no error is expected
		line, col int          // 0 = no error expected
		msg, hint string
	}{
		{name: "plain", src: "ten: Thanh Hóa\ndong: [a, b]\n",
			want: decodeTarget{Name: "Thanh Hóa", Lines: []string{"a", "b"}}},
		{name: "BOM is skipped", src: "\ufefften: Thanh Hóa\n",
			want: decodeTarget{Name: "Thanh Hóa"}},
		{name: "NFD comes out NFC, nested too", src: "ten: " + nfdHoa + "\ndong: [" + nfdHoa + "]\ncon: {ten: " + nfdHoa + "}\nnoi_nhan: [" + nfdHoa + ", {ten: " + nfdHoa + ", ghi_chu: b/c}]\n",
			want: decodeTarget{Name: "Thanh Hóa", Lines: []string{"Thanh Hóa"}, Sub: &decodeTarget{Name: "Thanh Hóa"},
				Recv: []model.Recipient{{Name: "Thanh Hóa"}, {Name: "Thanh Hóa", Note: "b/c"}}}},
		{name: "tab inside a value is text", src: "ten: \"a\tb\"\n",
			want: decodeTarget{Name: "a\tb"}},
		{name: "tab before a comment is not indentation", src: "ten: a\t# ghi chú\n",
			want: decodeTarget{Name: "a"}},
		{name: "unknown key suggests a field of the target", src: "ten: a\ncon:\n  dongg: [x]\n",
			line: 3, col: 3, msg: "trường “dongg” không tồn tại", hint: "“dong”"},
		{name: "unknown key far from every field", src: "xyz: 1\n",
			line: 1, col: 1, msg: "trường “xyz” không tồn tại", hint: "docs/du-lieu.md"},
		{name: "invalid UTF-8 column counts characters", src: "ten: \"Hóa\xff\"\n",
			line: 1, col: 10, msg: "byte 0xFF"},
		{name: "tab indentation", src: "con:\n\tten: a\n",
			line: 2, col: 1, msg: "dấu tab"},
		{name: "tab after spaces in indentation", src: "con:\n  \tten: a\n",
			line: 2, col: 3, msg: "dấu tab"},
		{name: "wrong type: bool", src: "co: có\n",
			line: 1, col: 5, msg: "cần có/không"},
		{name: "colon inside a plain value", src: "ten: Ban Cán sự đảng chỉ đạo: tăng cường\n",
			line: 1, col: 6, msg: "dấu hai chấm không đúng chỗ", hint: "ngoặc kép"},
		{name: "unclosed quote on the last line", src: "ten: \"Thanh Hóa\n",
			line: 1, col: 6, msg: "thiếu dấu ngoặc kép đóng"},
		{name: "Windows line ends after a comment", src: "# ghi chú\r\nten: a\r\nxyz: 1\r\n",
			line: 3, col: 1, msg: "trường “xyz” không tồn tại"},
		{name: "duplicate key", src: "ten: a\ndong: [b]\nten: c\n",
			line: 3, col: 1, msg: "trường “ten” bị lặp lại (đã có ở dòng 1)"},
		{name: "columns count characters, not bytes", src: "con: {ten: \"Ứng Hóa\", xyz: 1}\n",
			line: 1, col: 23, msg: "trường “xyz” không tồn tại"},
		{name: "unclosed quote before another quoted value", src: "ten: \"Thanh Hóa\ncon: {ten: \"a\"}\n",
			line: 1, col: 6, msg: "thiếu dấu ngoặc kép đóng", hint: "dấu \" đóng"},
		{name: "a quoted value over two lines is no unclosed quote", src: "ten: \"Thanh\n  Hóa\"\ncon:\n  ten: a\n dong: [b]\n",
			line: 5, col: 2, msg: "thụt lề không thẳng hàng"},
		{name: "text after a closing quote", src: "ten: \"Kế hoạch\" số 5\n",
			line: 1, col: 17, msg: "chữ thừa sau giá trị"},
		{name: "a mapping for a string", src: "con: [a]\n",
			line: 1, col: 6, msg: "cần nhóm trường", hint: "thụt vào"},
		{name: "YAML tag", src: "ten: !!str 5\n",
			line: 1, col: 6, msg: "thẻ YAML (“!!str”)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got decodeTarget
			err := Decode("x.yaml", []byte(tt.src), &got)
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if !equalTargets(got, tt.want) {
					t.Errorf("got %+v, want %+v", got, tt.want)
				}
				return
			}
			var l diag.List
			if !errors.As(err, &l) || len(l) != 1 {
				t.Fatalf("error %T %v, want a diag.List of one", err, err)
			}
			d := l[0]
			if d.File != "x.yaml" || d.Line != tt.line || d.Col != tt.col ||
				!strings.Contains(d.Message, tt.msg) || !strings.Contains(d.Hint, tt.hint) {
				t.Errorf("got %v\nwant x.yaml:%d:%d saying %q, hint %q", d, tt.line, tt.col, tt.msg, tt.hint)
			}
		})
	}
}

func equalTargets(a, b decodeTarget) bool {
	if a.Name != b.Name || a.Flag != b.Flag || strings.Join(a.Lines, "|") != strings.Join(b.Lines, "|") ||
		len(a.Recv) != len(b.Recv) || (a.Sub == nil) != (b.Sub == nil) {
		return false
	}
	for i := range a.Recv {
		if a.Recv[i] != b.Recv[i] {
			return false
		}
	}
	return a.Sub == nil || equalTargets(*a.Sub, *b.Sub)
}

// Decode promises that every string in v comes out NFC. Document data holds no maps, but Decode is
// exported and a caller may decode into one.
func TestDecodeNFCInMaps(t *testing.T) {
	var m map[string]string
	if err := Decode("x.yaml", []byte("ten: Thanh Ho\u0301a\n"), &m); err != nil {
		t.Fatal(err)
	}
	if m["ten"] != "Thanh Hóa" {
		t.Errorf("map value not NFC: %+q", m["ten"])
	}
}

// A string value where a list is expected, and the reverse, are common slips.
func TestDecodeWrongShape(t *testing.T) {
	var got decodeTarget
	err := Decode("x.yaml", []byte("dong: [a, b]\nten: [c]\n"), &got)
	var l diag.List
	if !errors.As(err, &l) || l[0].Line != 2 || l[0].Col != 6 || !strings.Contains(l[0].Message, "cần chữ nhưng gặp danh sách") {
		t.Errorf("list for a string: %v", err)
	}
	err = Decode("x.yaml", []byte("ten: a\ndong: b\n"), &got)
	if !errors.As(err, &l) || l[0].Line != 2 || l[0].Col != 7 {
		t.Fatalf("string for a list: %v", err)
	}
	if !strings.Contains(l[0].Message, "cần danh sách") {
		t.Errorf("string for a list: %v", l[0])
	}
}

// A YAML tag with no value where a list is expected (found by data.FuzzLoad) makes go-yaml
// v1.19 dereference a nil node. Decode must turn every input into a value or a diagnostic.
func TestDecodeTagWithoutValue(t *testing.T) {
	for _, src := range []string{"dong: !x\n", "dong: !!str\n"} {
		t.Run(src, func(t *testing.T) {
			var err error
			panicked := func() (p any) {
				defer func() { p = recover() }()
				var v decodeTarget
				err = Decode("x.yaml", []byte(src), &v)
				return nil
			}()
			if panicked != nil {
				t.Fatalf("Decode panics: %v", panicked)
			}
			var l diag.List
			if !errors.As(err, &l) || l[0].Line != 1 {
				t.Errorf("got %v, want a diagnostic on line 1", err)
			}
		})
	}
}

// Values decoded into interfaces (any, []any, map[string]any) come out NFC too, keys included.
func TestDecodeNFCInInterfaces(t *testing.T) {
	const nfd = "Ho\u0301a"
	var m map[string]any
	src := "ten: " + nfd + "\ndong: [" + nfd + ", {" + nfd + ": " + nfd + "}]\n"
	if err := Decode("x.yaml", []byte(src), &m); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"ten": "Hóa", "dong": []any{"Hóa", map[string]any{"Hóa": "Hóa"}}}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("got %+q, want %+q", m, want)
	}
}

// A Source is parsed once and may be decoded into several values (the build decodes a
// map first, to find the kind of document, then the document itself).
func TestSourceDecodeTwice(t *testing.T) {
	s, err := Parse("x.yaml", []byte("ten: Ho\u0301a\ndong: [a]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	var v decodeTarget
	if err := s.Decode(&m); err != nil {
		t.Fatal(err)
	}
	if err := s.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if m["ten"] != "Hóa" || v.Name != "Hóa" || len(v.Lines) != 1 {
		t.Errorf("got %+q and %+v", m, v)
	}
}

func TestLocator(t *testing.T) {
	src := "# ghi chú\r\n" +
		"ten: a\r\n" +
		"con:\r\n" +
		"  ten: b\r\n" +
		"noi_nhan: [{ten: \"Hóa Hóa\"}, {ten: \"\"}]\r\n" +
		"dong:\r\n" +
		"  - Ứng Hòa\r\n"
	l := NewLocator("x.yaml", []byte(src))
	if l.parsed || l.file != nil {
		t.Fatal("NewLocator parses before a position is asked for")
	}
	for _, tt := range []struct {
		path      string
		line, col int
	}{
		{"$", 2, 1},              // a mapping begins at its first key, not its first ':'
		{"$.con", 4, 3},          // likewise when nested
		{"$.con.ten", 4, 8},      // a value
		{"$.con.xyz", 4, 3},      // missing: its parent
		{"$.noi_nhan", 5, 11},    // a flow sequence begins at its '['
		{"$.noi_nhan[1]", 5, 30}, // a flow mapping at its '{', in characters, not bytes
		{"$.dong", 7, 3},         // a block sequence at its first '-'
		{"$.dong[0]", 7, 5},      // an entry at its value
	} {
		if line, col := l.At(tt.path); line != tt.line || col != tt.col {
			t.Errorf("At(%q) = %d:%d, want %d:%d", tt.path, line, col, tt.line, tt.col)
		}
	}
	s, err := Parse("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if line, col := s.Locator().At("$.noi_nhan[1]"); line != 5 || col != 30 {
		t.Errorf("Source.Locator().At = %d:%d, want 5:30", line, col)
	}
}
