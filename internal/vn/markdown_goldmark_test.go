package vn_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"vanban/internal/vn"
)

// gfm is configured like a strict reader of the templates: GFM plus heading
// attributes, so "{#id}" tricks would show up too.
var gfm = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// markdownReadBack parses md and returns the visible text of the rendered
// HTML, plus the kinds of any nodes that are not plain text, which would
// mean some Markdown syntax was not escaped.
func markdownReadBack(t testing.TB, md string) (textOut string, syntax []string) {
	t.Helper()
	src := []byte(md)
	doc := gfm.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindDocument, ast.KindParagraph, ast.KindText, ast.KindString:
		case ast.KindHeading:
			if !strings.HasPrefix(md, "# ") {
				syntax = append(syntax, "Heading")
			}
		case ast.KindAutoLink:
			// Linkify turns bare URLs into links; the text is unchanged.
		default:
			syntax = append(syntax, n.Kind().String())
		}
		if n.Attributes() != nil {
			syntax = append(syntax, n.Kind().String()+" with attributes")
		}
		return ast.WalkContinue, nil
	})
	var buf bytes.Buffer
	if err := gfm.Renderer().Render(&buf, src, doc); err != nil {
		t.Fatalf("render %q: %v", md, err)
	}
	return html.UnescapeString(tagRE.ReplaceAllString(buf.String(), "")), syntax
}

var spaceRunRE = regexp.MustCompile(`\s+`)

func collapseSpace(s string) string {
	return strings.TrimSpace(spaceRunRE.ReplaceAllString(s, " "))
}

// goldmarkComparable reports whether s is in the domain of the round-trip
// check: valid UTF-8 without NUL (CommonMark turns it into U+FFFD) and no
// line indented by a tab or four spaces, because indentation cannot be
// backslash-escaped and may start a code block. Whitespace differences
// are ignored by the comparison, since Markdown trims and joins lines.
func goldmarkComparable(s string) bool {
	if !utf8.ValidString(s) || strings.Contains(s, "\x00") {
		return false
	}
	for _, line := range lineSplitRE.Split(s, -1) {
		if strings.HasPrefix(line, "\t") || strings.HasPrefix(strings.TrimLeft(line, " "), "\t") ||
			strings.HasPrefix(line, "    ") {
			return false
		}
	}
	return true
}

var lineSplitRE = regexp.MustCompile(`\r\n|\r|\n`)

func checkGoldmarkRoundTrip(t testing.TB, s string) {
	t.Helper()
	if !goldmarkComparable(s) {
		return
	}
	esc := vn.EscapeMarkdown(s)
	got, syntax := markdownReadBack(t, esc)
	if len(syntax) > 0 {
		t.Errorf("EscapeMarkdown(%q) = %q parses as %v", s, esc, syntax)
	}
	if collapseSpace(got) != collapseSpace(s) {
		t.Errorf("EscapeMarkdown(%q) = %q reads back as %q", s, esc, got)
	}
}

// checkGoldmarkHeading puts the escaped value at the end of an ATX heading
// line, where goldmark also looks for a closing "#" run and, with
// attributes enabled, a trailing {#id .class} block.
func checkGoldmarkHeading(t testing.TB, s string) {
	t.Helper()
	if !goldmarkComparable(s) || strings.ContainsAny(s, "\n\r") {
		return
	}
	esc := vn.EscapeMarkdown(s)
	got, syntax := markdownReadBack(t, "# "+esc)
	if len(syntax) > 0 {
		t.Errorf("heading %q parses as %v", "# "+esc, syntax)
	}
	if collapseSpace(got) != collapseSpace(s) {
		t.Errorf("heading %q reads back as %q, want %q", "# "+esc, got, s)
	}
}

func TestEscapeMarkdownGoldmark(t *testing.T) {
	for _, s := range markdownSamples {
		checkGoldmarkRoundTrip(t, s)
		checkGoldmarkHeading(t, s)
	}
}

// inlineReader is configured like vanban's reader of official Markdown: no autolinks,
// footnotes on.
var inlineReader = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// checkInlineRoundTrip checks EscapeMarkdownInline against goldmark, alone and at the end
// of a heading: the escaped value holds s with backslashes added (and "\*" read as "*"),
// goldmark finds no syntax in it but emphasis, and every asterisk left unescaped is one
// of its emphasis delimiters: no asterisk is kept that prints.
func checkInlineRoundTrip(t testing.TB, s string) {
	t.Helper()
	if !goldmarkComparable(s) {
		return
	}
	esc := vn.EscapeMarkdownInline(s)
	if back, want := unescapeMarkdown(esc), strings.ReplaceAll(s, `\*`, "*"); back != want {
		t.Errorf("EscapeMarkdownInline(%q) = %q unescapes to %q, want %q", s, esc, back, want)
	}
	contexts := []string{esc}
	if !strings.ContainsAny(s, "\n\r") {
		contexts = append(contexts, "# "+esc)
	}
	for _, md := range contexts {
		src := []byte(md)
		doc := inlineReader.Parser().Parse(text.NewReader(src))
		var syntax []string
		emphasis := 0
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n.Kind() {
			case ast.KindDocument, ast.KindParagraph, ast.KindText, ast.KindString:
			case ast.KindEmphasis:
				emphasis += 2 * n.(*ast.Emphasis).Level
			case ast.KindHeading:
				if !strings.HasPrefix(md, "# ") {
					syntax = append(syntax, "Heading")
				}
			default:
				syntax = append(syntax, n.Kind().String())
			}
			if n.Attributes() != nil {
				syntax = append(syntax, n.Kind().String()+" with attributes")
			}
			return ast.WalkContinue, nil
		})
		var buf bytes.Buffer
		if err := inlineReader.Renderer().Render(&buf, src, doc); err != nil {
			t.Fatalf("render %q: %v", md, err)
		}
		got := html.UnescapeString(tagRE.ReplaceAllString(buf.String(), ""))
		want, delims := withoutDelimiters(strings.TrimPrefix(md, "# "))
		if len(syntax) > 0 || emphasis != delims || collapseSpace(got) != collapseSpace(want) {
			t.Errorf("EscapeMarkdownInline(%q) = %q: goldmark reads %q with syntax %v and %d emphasis delimiters; want %q and %d",
				s, md, got, syntax, emphasis, want, delims)
		}
	}
}

// withoutDelimiters reads escaped Markdown as plain text: a backslash escape gives its
// character, an asterisk left unescaped is an emphasis delimiter, dropped and counted.
func withoutDelimiters(md string) (text string, delims int) {
	var b strings.Builder
	for i := 0; i < len(md); i++ {
		switch {
		case md[i] == '\\' && i+1 < len(md) && isASCIIPunct(md[i+1]):
			i++
			b.WriteByte(md[i])
		case md[i] == '*':
			delims++
		default:
			b.WriteByte(md[i])
		}
	}
	return b.String(), delims
}
