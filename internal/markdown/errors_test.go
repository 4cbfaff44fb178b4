package markdown_test

import (
	"errors"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/markdown"
)

// front is a valid front matter: lines 1–10, so the body starts at line 11.
const front = `---
he_thong: dang
loai: ke_hoach
co_quan: TỈNH ỦY THANH HÓA
ky_hieu: KH/TU
dia_danh: Thanh Hóa
nguoi_ky:
  chuc_vu: PHÓ BÍ THƯ
  ho_ten: Lại Thế Nguyên
---
`

// TestParseErrors checks that each broken document gives one diagnostic at the line and
// column of the whole file (front matter included) with a Vietnamese message and hint.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		msg, hint string
	}{
		{name: "missing front matter", src: "## I. MỤC ĐÍCH\n\nNội dung.\n",
			line: 1, col: 1, msg: "thiếu phần đầu", hint: "“---”"},
		{name: "front matter not at the very start", src: "\n" + front,
			line: 1, col: 1, msg: "thiếu phần đầu"},
		{name: "unclosed front matter", src: "---\nhe_thong: dang\nco_quan: TỈNH ỦY THANH HÓA\n\nNội dung.\n",
			line: 1, col: 1, msg: "không có dòng “---” đóng", hint: "thêm dòng “---”"},
		{name: "unknown key on the first front matter line", src: strings.Replace(front, "he_thong:", "he_thongg:", 1),
			line: 2, col: 1, msg: "trường “he_thongg” không tồn tại", hint: "có phải ý bạn là “he_thong”?"},
		{name: "unknown key further down", src: strings.Replace(front, "co_quan:", "co_quann:", 1),
			line: 4, col: 1, msg: "trường “co_quann” không tồn tại", hint: "có phải ý bạn là “co_quan”?"},
		{name: "unknown nested key", src: strings.Replace(front, "ho_ten:", "ho_tenn:", 1),
			line: 9, col: 3, msg: "trường “ho_tenn” không tồn tại", hint: "có phải ý bạn là “ho_ten”?"},
		{name: "unknown key after a BOM", src: "\ufeff" + strings.Replace(front, "co_quan:", "co_quann:", 1),
			line: 4, col: 1, msg: "trường “co_quann” không tồn tại", hint: "“co_quan”"},
		{name: "unknown key with CRLF lines", src: strings.ReplaceAll(strings.Replace(front, "co_quan:", "co_quann:", 1), "\n", "\r\n"),
			line: 4, col: 1, msg: "trường “co_quann” không tồn tại", hint: "“co_quan”"},
		{name: "missing co_quan", src: strings.Replace(front, "co_quan: TỈNH ỦY THANH HÓA\n", "", 1),
			line: 2, col: 1, msg: "thiếu trường “co_quan”", hint: "TỈNH ỦY THANH HÓA"},
		{name: "invalid UTF-8 in the body", src: front + "\n## I. MỤC ĐÍCH\nĐoạn \xff lỗi.\n",
			line: 13, col: 6, msg: "không phải văn bản UTF-8 (byte 0xFF)", hint: "UTF-8"},
		{name: "date that does not exist", src: strings.Replace(front, "dia_danh: Thanh Hóa\n", "dia_danh: Thanh Hóa\nngay: 2023-02-30\n", 1),
			line: 7, col: 7, msg: "ngày “2023-02-30” không tồn tại (tháng 2 năm 2023 chỉ có 28 ngày)", hint: "để trống"},
		// Found by FuzzParse: an empty note's only child is an inline node.
		{name: "empty footnote", src: front + "\nĐoạn có chú thích[^a].\n\n[^a]:\n",
			line: 14, col: 1, msg: "lời chú thích “[^a]” trống", hint: "viết nội dung sau “[^a]:”"},
		{name: "footnote of spaces", src: front + "\nĐoạn có chú thích[^a].\n\n   [^a]:   \n",
			line: 14, col: 1, msg: "lời chú thích “[^a]” trống", hint: "viết nội dung"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := markdown.Parse("ke-hoach.md", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; blocks: %d", len(doc.Blocks))
			}
			var l diag.List
			if !errors.As(err, &l) || len(l) != 1 {
				t.Fatalf("error %T %q, want a diag.List with one diagnostic", err, err)
			}
			d := l[0]
			if d.File != "ke-hoach.md" || d.Line != tt.line || d.Col != tt.col {
				t.Errorf("at %s:%d:%d, want ke-hoach.md:%d:%d\n%v", d.File, d.Line, d.Col, tt.line, tt.col, d)
			}
			if !strings.Contains(d.Message, tt.msg) {
				t.Errorf("message %q, want it to contain %q", d.Message, tt.msg)
			}
			if !strings.Contains(d.Hint, tt.hint) {
				t.Errorf("hint %q, want it to contain %q", d.Hint, tt.hint)
			}
		})
	}
}
