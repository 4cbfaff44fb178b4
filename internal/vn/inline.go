package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// EscapeMarkdownInline escapes a data value as EscapeMarkdown does but
// keeps the small part of inline Markdown that data values may carry:
//
//   - emphasis with asterisks: *nghiêng*, **đậm**, ***đậm nghiêng***, as
//     pairs of runs of the same length, nested or side by side;
//   - a backslash before an asterisk, which prints the asterisk ("\*");
//   - footnote references [^1], [^nguon-2] (ASCII letters, digits, "-").
//
// Everything else is escaped as EscapeMarkdown escapes it: "_", links,
// HTML, table pipes, heading and list markers at the start of a line.
// An asterisk run that could open or close emphasis but finds no partner
// of its length (ScanInline reports it as Stray) is escaped too: it prints
// as typed. A run that can do neither ("2 * 3") is plain text. The start
// and the end of the value count as spaces: a template writes a space or
// a punctuation mark around a value.
func EscapeMarkdownInline(s string) string {
	return escape(s, ScanInline(s).keep)
}

// Inline is the markup ScanInline finds in a data value.
type Inline struct {
	// Refs are the footnote references, in the order of the value.
	Refs []FootnoteRef
	// Stray are the byte offsets of asterisk runs that look like emphasis
	// but open or close nothing: "**không đóng", "*a**". They print as
	// typed, asterisks included.
	Stray []int
	// keep marks the bytes EscapeMarkdownInline leaves as Markdown; nil
	// when there are none.
	keep []bool
}

// FootnoteRef is a footnote reference "[^label]" at byte Offset of a value.
type FootnoteRef struct {
	Label  string
	Offset int
}

// starRun is a run of asterisks at byte start, n long, and whether it can
// open or close emphasis by the rules of CommonMark (left- and
// right-flanking runs).
type starRun struct {
	start, n        int
	canOpen, canClo bool
}

// ScanInline finds the emphasis, escaped asterisks and footnote references
// of a data value, as EscapeMarkdownInline keeps them. A value without "*"
// or "[" costs nothing.
func ScanInline(s string) Inline {
	var in Inline
	if !strings.ContainsAny(s, "*[") {
		return in
	}
	mark := func(i, n int) {
		if in.keep == nil {
			in.keep = make([]bool, len(s))
		}
		for k := i; k < i+n; k++ {
			in.keep[k] = true
		}
	}
	var runs []starRun
	// pair matches the runs of one paragraph of the value: a run that can
	// close takes the innermost open run if it has its length; otherwise both
	// are stray, so that what is kept is read by any CommonMark reader as
	// exactly these pairs.
	pair := func() {
		var open []starRun
		for _, r := range runs {
			switch {
			case r.canClo && len(open) > 0:
				top := open[len(open)-1]
				open = open[:len(open)-1]
				if top.n == r.n {
					mark(top.start, top.n)
					mark(r.start, r.n)
				} else {
					in.Stray = append(in.Stray, top.start, r.start)
				}
			case r.canOpen && r.n <= 3:
				open = append(open, r)
			case r.canOpen || r.canClo:
				in.Stray = append(in.Stray, r.start)
			}
		}
		for _, r := range open {
			in.Stray = append(in.Stray, r.start)
		}
		runs = runs[:0]
	}
	lineStart := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && s[i+1] == '*':
			mark(i, 2)
			i++
		case c == '*':
			j := i
			for j < len(s) && s[j] == '*' {
				j++
			}
			before, after := ' ', ' '
			if i > 0 {
				before, _ = utf8.DecodeLastRuneInString(s[:i])
			}
			if j < len(s) {
				after, _ = utf8.DecodeRuneInString(s[j:])
			}
			left := !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
			right := !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
			runs = append(runs, starRun{start: i, n: j - i, canOpen: left, canClo: right})
			i = j - 1
		case c == '[':
			if label, n := footnoteRef(s[i:]); n > 0 && !(lineStart && strings.HasPrefix(s[i+n:], ":")) {
				mark(i, 1)
				mark(i+n-1, 1)
				in.Refs = append(in.Refs, FootnoteRef{Label: label, Offset: i})
				i += n - 1
			}
		case c == '\n' || c == '\r':
			if blankLineAfter(s, i) {
				pair() // emphasis does not go on past a blank line
			}
			lineStart = true
			continue
		}
		if s[i] != ' ' && s[i] != '\t' {
			lineStart = false
		}
	}
	pair()
	return in
}

// footnoteRef reads a footnote reference at the start of s: "[^", a label
// of ASCII letters, digits and "-", "]", not followed by "(" (which would
// make a link of it). It returns the label and the reference's length, or
// n = 0.
func footnoteRef(s string) (label string, n int) {
	if !strings.HasPrefix(s, "[^") {
		return "", 0
	}
	end := strings.IndexByte(s, ']')
	if end < 3 || !IsFootnoteLabel(s[2:end]) || strings.HasPrefix(s[end+1:], "(") {
		return "", 0
	}
	return s[2:end], end + 1
}

// IsFootnoteLabel reports whether a footnote label is one a data value can
// refer to: ASCII letters, digits and "-", as "1" or "nguon-2".
func IsFootnoteLabel(label string) bool {
	for i := 0; i < len(label); i++ {
		if c := label[i]; !isASCIIAlnum(c) && c != '-' {
			return false
		}
	}
	return label != ""
}

// blankLineAfter reports whether the line that starts after the line break
// at s[i] holds nothing but spaces and tabs.
func blankLineAfter(s string, i int) bool {
	j := i + 1
	if s[i] == '\r' && j < len(s) && s[j] == '\n' {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j < len(s) && (s[j] == '\n' || s[j] == '\r')
}

// isSpace and isPunct classify characters around an asterisk run as
// CommonMark (and goldmark) do: Unicode white space; Unicode punctuation
// and symbols.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
