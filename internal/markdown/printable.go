package markdown

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"vanban/internal/diag"
)

// Official Markdown says only what vanban can print. What would print other than as typed,
// or not at all, is told as a warning at its line:col with a hint: an HTML comment that is
// no mark of vanban's (printed as text), raw HTML (printed as typed), an image (only its
// alt text is printed), a link's address (only its text is printed), invisible characters
// (removed: they would reorder or hide text), and a paragraph whose lines look like
// separate paragraphs or items (Markdown joins them: text pasted from Word without blank
// lines).

// warnAt adds a warning at byte offset off of the body.
func (r *reader) warnAt(off int, hint, format string, args ...any) {
	line := searchLine(r.lineStarts, off)
	col := utf8.RuneCount(r.src[r.lineStarts[line]:off]) + 1
	r.warnings = append(r.warnings, diag.Diagnostic{Severity: diag.Warning, File: r.name, Line: r.firstLine + line, Col: col,
		Message: fmt.Sprintf(format, args...), Hint: hint})
}

// warnNode warns about an inline or block node at its first segment.
func (r *reader) warnNode(n ast.Node, hint, format string, args ...any) {
	off := -1
	switch n := n.(type) {
	case *ast.Text:
		off = n.Segment.Start
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			off = n.Segments.At(0).Start
		}
	default:
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			off = n.Lines().At(0).Start
		} else if t, ok := firstText(n); ok {
			off = t.Segment.Start
		}
	}
	if off < 0 {
		return
	}
	r.warnAt(off, hint, format, args...)
}

func firstText(n ast.Node) (*ast.Text, bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t, true
		}
		if t, ok := firstText(c); ok {
			return t, true
		}
	}
	return nil, false
}

// htmlBlock warns about an HTML block: a comment that is no mark, or raw HTML.
func (r *reader) htmlBlock(n *ast.HTMLBlock) {
	first := ""
	if n.Lines().Len() > 0 {
		seg := n.Lines().At(0)
		first = strings.TrimSpace(string(seg.Value(r.src)))
	}
	if strings.HasPrefix(first, "<!--") {
		r.warnNode(n, "dấu của vanban là <!-- phụ lục -->, <!-- phụ lục ngang -->, <!-- sang trang -->, <!-- khung -->, <!-- giu trang -->, <!-- văn bản kèm theo -->, <!-- bảng: … -->; ghi chú cho người soạn thì xóa đi trước khi dựng",
			"“%s” không phải dấu của vanban: nó sẽ được in ra như chữ thường", clip(first))
		return
	}
	r.warnNode(n, "vanban không in HTML: viết bằng Markdown (**đậm**, *nghiêng*, bảng có dấu |)",
		"HTML “%s” sẽ được in nguyên như đã gõ", clip(first))
}

// inlineWarnings warns about what an inline node prints other than as typed.
func (r *reader) inlineWarning(n ast.Node) {
	switch n := n.(type) {
	case *ast.RawHTML:
		if lineBreak(n, r.src) {
			return
		}
		seg := ""
		if n.Segments.Len() > 0 {
			at := n.Segments.At(0)
			seg = string(at.Value(r.src))
		}
		r.warnNode(n, "vanban không in HTML: viết bằng Markdown, hoặc thêm “\\” trước “<” nếu cần in dấu này",
			"HTML “%s” sẽ được in nguyên như đã gõ", clip(seg))
	case *ast.Image:
		r.warnNode(n, "văn bản hành chính của vanban không chèn ảnh: bỏ hình, hoặc viết nội dung của hình bằng chữ",
			"hình “%s” (%s) không được in: chỉ in dòng chữ thay hình", clip(plainText(n, r.src)), clip(string(n.Destination)))
	case *ast.Link:
		if dest := string(n.Destination); dest != "" && dest != plainText(n, r.src) {
			r.warnNode(n, "viết địa chỉ ra trong câu, ví dụ “tại https://…”, nếu người đọc cần nó",
				"liên kết chỉ in chữ “%s”, không in địa chỉ %s", clip(plainText(n, r.src)), clip(dest))
		}
	}
}

// plainText is the text of an inline node's children.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// clip shortens what a message quotes.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// invisible are the characters that draw nothing but change how text reads: zero-width
// spaces and joiners, direction marks and overrides, a byte order mark inside the text.
func invisible(r rune) bool {
	return r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfeff || r == 0x00ad
}

// dropInvisible removes the invisible characters of the body, with a warning at each
// line that had some; the text printed is the text one sees.
func (r *reader) dropInvisible() {
	if !strings.ContainsFunc(string(r.src), invisible) {
		return
	}
	var b strings.Builder
	warned := -1
	for off, c := range string(r.src) {
		if !invisible(c) {
			b.WriteRune(c)
			continue
		}
		if line := searchLine(r.lineStarts, off); line != warned {
			warned = line
			r.warnAt(off, "ký tự này thường đi theo khi chép từ Word hay trang web; vanban đã bỏ nó, hãy xóa nó khỏi tệp",
				"ký tự vô hình U+%04X (không in ra, có thể đảo hoặc che chữ) đã được bỏ", c)
		}
	}
	r.src = []byte(b.String())
	r.lineStarts = lineStarts(r.src)
}

// pastedLine is a line that reads as the start of a paragraph or an item of its own.
var pastedLine = regexp.MustCompile(`^\s*(?:[a-zđ]\)|\d+(?:\.\d+)*\.|[-+•]|[IVX]+\.)\s`)

// joinedLines warns about a paragraph whose later lines look like separate paragraphs or
// items: Markdown joins the lines of a paragraph, so "a) …" typed on the next line without
// a blank line in between is not an item.
func (r *reader) joinedLines(n ast.Node) {
	lines := n.Lines()
	for i := 1; i < lines.Len(); i++ {
		seg := lines.At(i)
		s := string(seg.Value(r.src))
		before := lines.At(i - 1)
		prev := strings.TrimRight(string(before.Value(r.src)), " \r\n")
		sentence := strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";")
		if pastedLine.MatchString(s) && sentence {
			r.warnAt(seg.Start, "để một dòng trống trước dòng này nếu nó là một đoạn hay một ý riêng; nếu không, nối nó vào dòng trên",
				"dòng “%s” sẽ được nối vào đoạn phía trên (trong Markdown, các dòng liền nhau là một đoạn)", clip(strings.TrimSpace(s)))
			return
		}
	}
}
