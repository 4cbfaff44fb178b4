package output

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTargetOf: the rules every command that writes one document shares.
func TestTargetOf(t *testing.T) {
	for _, c := range []struct {
		out, stage, def string
		want            Target
		err             string
	}{
		{"", "", "kh.pdf", Target{"kh.pdf", "pdf"}, ""},
		{"-", "", "kh.pdf", Target{"", "pdf"}, ""},
		{"-", "md", "kh.pdf", Target{"", "md"}, ""},
		{"kh.MD", "", "x.pdf", Target{"kh.MD", "md"}, ""},
		{"kh.pdf", "", "x.pdf", Target{"kh.pdf", "pdf"}, ""},
		{"", "bo-cuc", "x.pdf", Target{"", "bo-cuc"}, ""},
		{"bo-cuc.txt", "mo-hinh", "x.pdf", Target{"bo-cuc.txt", "mo-hinh"}, ""},
		{"kh.docx", "", "x.pdf", Target{"kh.docx", "docx"}, ""},
		{"kh.doc", "", "x.pdf", Target{}, "không biết định dạng “.doc” của tệp kết quả — dùng .pdf, .docx hoặc .md"},
		{"", "xyz", "x.pdf", Target{}, "không có giai đoạn “xyz” — dùng md, mo-hinh hoặc bo-cuc"},
	} {
		got, err := TargetOf(c.out, c.stage, c.def)
		if got != c.want || (err == nil) != (c.err == "") || err != nil && err.Error() != c.err {
			t.Errorf("TargetOf(%q, %q, %q) = %+v, %v; want %+v, %q", c.out, c.stage, c.def, got, err, c.want, c.err)
		}
	}
	if got := Default("data/ke-hoach.yaml"); got != "data/ke-hoach.pdf" {
		t.Errorf("DefaultOutput = %s", got)
	}
	book := filepath.Join("data", "tien-do", "theo-doi.yaml")
	for _, c := range []struct{ got, want string }{
		{DefaultReport(book, "2024-11", ""), "data/tien-do/bao-cao-2024-11.pdf"},
		{DefaultReport(book, "2024-11", "huyen-uy-nga-son"), "data/tien-do/bao-cao-2024-11-huyen-uy-nga-son.pdf"},
		{DefaultReminders(book, "2024-11"), "data/tien-do/don-doc-2024-11"},
	} {
		if filepath.ToSlash(c.got) != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	if FormatOf("don-doc/") != "" || FormatOf("a.PDF") != "pdf" || FormatOf("b.md") != "md" || FormatOf("c.DOCX") != "docx" {
		t.Error("FormatOf")
	}
}

// TestParseFormats: -dinh-dang's lists, and the wrong ones named with the formats there are.
func TestParseFormats(t *testing.T) {
	for _, c := range []struct {
		list, want, err string
	}{
		{"pdf", "pdf", ""},
		{"pdf,docx", "pdf docx", ""},
		{" DOCX , md,docx", "docx md", ""},
		{"odt", "", "không biết định dạng “odt” — dùng pdf, docx hoặc md, cách nhau dấu phẩy, ví dụ pdf,docx"},
		{"pdf,", "", "không biết định dạng “” — dùng pdf, docx hoặc md, cách nhau dấu phẩy, ví dụ pdf,docx"},
		{"", "", "không biết định dạng “” — dùng pdf, docx hoặc md, cách nhau dấu phẩy, ví dụ pdf,docx"},
	} {
		got, err := ParseFormats(c.list)
		if strings.Join(got, " ") != c.want || (err == nil) != (c.err == "") || err != nil && err.Error() != c.err {
			t.Errorf("ParseFormats(%q) = %v, %v; want %q, %q", c.list, got, err, c.want, c.err)
		}
	}
}
