package diag

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestDiagnosticError(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "a.yaml", Line: 5, Col: 3, Message: "trường “thoi_hn” không tồn tại", Hint: "có phải ý bạn là “thoi_han”?"},
			"a.yaml:5:3: lỗi: trường “thoi_hn” không tồn tại\n\tgợi ý: có phải ý bạn là “thoi_han”?"},
		{Diagnostic{Severity: Warning, File: "a.md", Line: 2, Message: "x"}, "a.md:2: cảnh báo: x"},
		{Diagnostic{File: "mau/ke-hoach.md.tmpl", Message: "mẫu chạy quá 1s"}, "mau/ke-hoach.md.tmpl: lỗi: mẫu chạy quá 1s"},
		// An error of no file reads as the sentence the command line prints after "vanban: ".
		{Diagnostic{Code: Profile, Message: "không có thể thức “hd37” (có sẵn: hd36, nd30)"}, "không có thể thức “hd37” (có sẵn: hd36, nd30)"},
		{Diagnostic{Severity: Warning, Message: "w"}, "cảnh báo: w"},
	}
	for _, tt := range tests {
		if got := tt.d.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestListErr(t *testing.T) {
	warn := List{{Severity: Warning, Message: "w"}}
	if warn.Err() != nil {
		t.Error("warnings alone must not fail")
	}
	both := append(warn, Errorf("f", 1, 1, "", "e"))
	var l List
	if err := both.Err(); !errors.As(err, &l) || len(l) != 2 {
		t.Errorf("Err() = %v", err)
	}
}

// TestCodeOf: the code is found through wrapping, a list answers with its first error's
// code, and an error that is not a diagnostic is no user's mistake.
func TestCodeOf(t *testing.T) {
	limit := Diagnostic{Code: Limit, File: "a.md.tmpl", Message: "mẫu chạy quá 1s"}
	tests := []struct {
		name string
		err  error
		code Code
		user bool
	}{
		{"diagnostic", Diagnostic{Code: Profile, Message: "không có thể thức"}, Profile, true},
		{"wrapped diagnostic", fmt.Errorf("dựng báo cáo: %w", limit), Limit, true},
		{"list", List{{Severity: Warning, Code: File}, {Code: Template}}, Template, true},
		{"wrapped list", fmt.Errorf("x: %w", List{Errorf("a.yaml", 1, 1, "", "sai")}), Input, true},
		{"warnings only", List{{Severity: Warning, Code: File}}, Input, false},
		{"plain error", errors.New("lỗi bên trong"), Input, false},
		{"nil", nil, Input, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, ok := CodeOf(tt.err)
			if code != tt.code || ok != tt.user || IsUser(tt.err) != tt.user {
				t.Errorf("CodeOf = %v, %v; IsUser = %v; want %v, %v", code, ok, IsUser(tt.err), tt.code, tt.user)
			}
		})
	}
}

func TestCodeString(t *testing.T) {
	for c, want := range map[Code]string{Input: "input", Template: "template", Profile: "profile", File: "file", Limit: "limit"} {
		if c.String() != want {
			t.Errorf("%d.String() = %q, want %q", c, c, want)
		}
	}
}

// TestPrintable: what a message quotes from the input cannot drive the terminal or hide
// text: control and invisible characters are escaped, Vietnamese text is left alone.
func TestPrintable(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Nguyễn Văn A", "Nguyễn Văn A"},
		{"khóa “\x1b[2J”", `khóa “\x1b[2J”`},
		{"a\rb", `a\x0db`},
		{"abc\u202egnp.exe", `abc\u202egnp.exe`},
		{"x\u200by", `x\u200by`},
		{"dòng 1\n\tdòng 2", "dòng 1\n\tdòng 2"},
	} {
		if got := Printable(c.in); got != c.want {
			t.Errorf("Printable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	d := Errorf("x\x1b.yaml", 1, 2, "bỏ \x07", "trường “%s” không tồn tại", "\x1b[2J")
	if strings.ContainsAny(d.Error(), "\x1b\x07") {
		t.Errorf("raw control characters in %q", d.Error())
	}
}
