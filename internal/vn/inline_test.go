package vn_test

import (
	"fmt"
	"testing"

	"vanban/internal/vn"
)

// inlineSamples are data values with the markup EscapeMarkdownInline keeps, or nearly.
var inlineSamples = []string{
	"*(nếu có)*", "**giữ vững** ổn định", "***đậm nghiêng***", "a *b* c **d** e",
	"**đậm *và nghiêng* tiếp**", "**không đóng", "*a**", "**Điều 1.**Phạm vi", "2 * 3 = 6",
	"(*)", `giá \*tham khảo\*`, `\\*a*`, "số liệu[^1] và[^nguon-2].", "[^1]: không phải tham chiếu",
	"[^1](http://x.vn)", "[^a b]", "[^]", "*a\n\nb*", "*a\nb*", "****", "**a****b**",
	"_nghiêng_ *x*", "1. **mục** một", "- *ý*", "# *tiêu đề*", "| *ô* |", "*[^1]*", "[^1][^2]",
	"x*y*z", "“*trích*”", "**a** **b**", "*a **b** c*", "**a *b** c*",
}

func TestEscapeMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"},
		{"*(nếu có)*", "*(nếu có)*"},
		{"**giữ vững** ổn định", "**giữ vững** ổn định"},
		{"***đậm nghiêng***", "***đậm nghiêng***"},
		{"**đậm *và nghiêng* tiếp**", "**đậm *và nghiêng* tiếp**"},
		{"**không đóng", `\*\*không đóng`},
		{"*a**", `\*a\*\*`},
		{"**Điều 1.**Phạm vi", `\*\*Điều 1.\*\*Phạm vi`},
		{"2 * 3 = 6", `2 \* 3 = 6`},
		{`giá \*tham khảo\*`, `giá \*tham khảo\*`},
		{"số liệu[^1] và[^nguon-2].", "số liệu[^1] và[^nguon-2]."},
		{"[^1]: không phải tham chiếu", `\[^1\]: không phải tham chiếu`},
		{"xem [^1]: a", "xem [^1]: a"},
		{"[^1](http://x.vn)", `\[^1\](http://x.vn)`},
		{"[^a b]", `\[^a b\]`},
		{"*a\n\nb*", "\\*a\n\nb\\*"},
		{"*a\nb*", "*a\nb*"},
		{"_nghiêng_ *x*", `\_nghiêng\_ *x*`},
		{"1. **mục** một", `1\. **mục** một`},
		{"- *ý*", `\- *ý*`},
		{"[liên kết](http://x.vn) <b>", `\[liên kết\](http://x.vn) \<b\>`},
		{"**a *b** c*", `\*\*a \*b\*\* c\*`},
	}
	for _, tt := range tests {
		if got := vn.EscapeMarkdownInline(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScanInline(t *testing.T) {
	tests := []struct {
		in    string
		stray []int
		refs  []vn.FootnoteRef
	}{
		{"**đậm** *nghiêng*", nil, nil},
		{"**không đóng", []int{0}, nil},
		{"a *b** c", []int{2, 4}, nil},
		{"**Điều 1.**Phạm vi", []int{0, 12}, nil},
		{"2 * 3", nil, nil},
		{"Nguồn[^1], [^nguon-2]", nil, []vn.FootnoteRef{{Label: "1", Offset: 7}, {Label: "nguon-2", Offset: 13}}},
	}
	for _, tt := range tests {
		got := vn.ScanInline(tt.in)
		if fmt.Sprint(got.Stray) != fmt.Sprint(tt.stray) || fmt.Sprint(got.Refs) != fmt.Sprint(tt.refs) {
			t.Errorf("ScanInline(%q): stray %v refs %v, want %v %v", tt.in, got.Stray, got.Refs, tt.stray, tt.refs)
		}
	}
}

func TestEscapeMarkdownInlineNoAlloc(t *testing.T) {
	s := "Ủy ban nhân dân tỉnh Quảng Ngãi, ngày 04 tháng 6 năm 2024"
	if allocs := testing.AllocsPerRun(100, func() { _ = vn.EscapeMarkdownInline(s) }); allocs != 0 {
		t.Errorf("EscapeMarkdownInline allocates %v times on clean input", allocs)
	}
}

func TestEscapeMarkdownInlineGoldmark(t *testing.T) {
	for _, s := range append(inlineSamples, markdownSamples...) {
		checkInlineRoundTrip(t, s)
	}
}
