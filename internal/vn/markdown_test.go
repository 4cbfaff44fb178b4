package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

// markdownSamples are inputs that look like Markdown syntax; every test
// of EscapeMarkdown (and the fuzz seed corpus) uses them.
var markdownSamples = []string{
	"", "Kế hoạch số 12", "*đậm*", "_nghiêng_", "**a**", "`mã`", "```",
	"~~gạch~~", "~~~", "[liên kết](http://x.vn)", "![ảnh](a.png)", "! [", "!",
	"<b>html</b>", "<http://x.vn>", "a > b", "> trích", "a | b", "| a | b |",
	"# Tiêu đề", "## a ##", "#hashtag", "a # b", "+ mục", "- mục", "-5",
	"--- ", "***", "___", "= = =", "a = b", "1. mục", "1) mục", "2024.",
	"10.5 triệu", "3.5", "1.", "a 1. b", "&amp;", "&#123;", "&#x1F600;",
	"&quot;", "AT&T", "a & b", "&;", "a\\b", "a\\", "\\*", "C:\\Windows\\",
	"T/M BAN THƯỜNG VỤ", "Điều 5 {#id}", "{.class}", "{}", "{ a }", "{x=1}",
	"a {b} c", "{1}", "www.example.com", "http://x.vn/a_b*c", "a@b.vn",
	"x_y@a.vn", "https://x.vn/[a]", "[ ] việc", "[x] xong", "Hà Nội, ngày 04",
	"a  b", "a\tb", "2 * 3 = 6", "100% <50%>", "a_b_c", "__init__",
	"dòng 1\ndòng 2", "a\n- b", "a\n===", "a\n---", "a\n1. b", "a\r# b",
	"a\n\n# b", "a\n   > b", "a\n:-", "a\n|-|", "| a |\n| - |", "Mục #",
	"a ## ", "C#",
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"},
		{"*đậm*", `\*đậm\*`},
		{"_a_", `\_a\_`},
		{"a\\b", `a\\b`},
		{"`x`", "\\`x\\`"},
		{"[a](b)", `\[a\](b)`},
		{"<b>", `\<b\>`},
		{"a | b", `a \| b`},
		{"~~x~~", `\~\~x\~\~`},
		{"# Tiêu đề", `\# Tiêu đề`},
		{"   # x", `   \# x`},
		{"a # b", "a # b"},
		{"C# và F#", "C# và F#"},
		{"Mục #", `Mục \#`},
		{"Mục ## ", `Mục \## `},
		{"Mục #\nx", "Mục \\#\nx"},
		{"+ a", `\+ a`},
		{"- a", `\- a`},
		{"a - b", "a - b"},
		{"-5", `\-5`},
		{"= a", `\= a`},
		{"1. mục", `1\. mục`},
		{"12) mục", `12\) mục`},
		{"2024.", `2024\.`},
		{"3.5 triệu", "3.5 triệu"},
		{"Điều 1. Phạm vi", "Điều 1. Phạm vi"},
		{"![x]", `\!\[x\]`},
		{"Chào!", "Chào!"},
		{"&amp;", `\&amp;`},
		{"&#123;", `\&#123;`},
		{"&#x1F;", `\&#x1F;`},
		{"AT&T; ok", `AT\&T; ok`},
		{"a & b", "a & b"},
		{"&;", "&;"},
		{"{#id}", `\{#id}`},
		{"{.c}", `\{.c}`},
		{"{}", `\{}`},
		{"{1}", "{1}"},
		{"a }", "a }"},
		{"dòng 1\n- dòng 2", "dòng 1\n\\- dòng 2"},
		{"a\r\n2. b", "a\r\n2\\. b"},
		{"a\n  # b", "a\n  \\# b"},
		{"a\n\t+ b", "a\n\t\\+ b"},
		{"x\n1.5", "x\n1.5"},
		{"a\n:-", "a\n\\:-"},
		{"Ghi chú: xem", "Ghi chú: xem"},
	}
	for _, tt := range tests {
		if got := vn.EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeMarkdownNoAlloc(t *testing.T) {
	s := "Ủy ban nhân dân tỉnh Quảng Ngãi, ngày 04 tháng 6 năm 2024"
	allocs := testing.AllocsPerRun(100, func() { _ = vn.EscapeMarkdown(s) })
	if allocs != 0 {
		t.Errorf("EscapeMarkdown allocates %v times on clean input", allocs)
	}
}

func ExampleEscapeMarkdown() {
	fmt.Println(vn.EscapeMarkdown("Công ty *ABC* [chi nhánh]"))
	fmt.Println(vn.EscapeMarkdown("1. Đơn vị: 2 * 3"))
	fmt.Println(vn.EscapeMarkdown("Điều 1. Phạm vi"))
	// Output:
	// Công ty \*ABC\* \[chi nhánh\]
	// 1\. Đơn vị: 2 \* 3
	// Điều 1. Phạm vi
}
