// Package diag is vanban's one error type for a user's mistakes: a problem found in a file,
// with its place (file, line, column), a message in Vietnamese for office staff, a hint with
// the fix, and a code that says what kind of mistake it is. Every stage returns its users'
// mistakes in this form, one Diagnostic or a List; a plain error means a bug (or a
// cancelled context) and never the user's fault. Only the command line and the server print
// diagnostics.
//
// The code groups mistakes the way a server answers them (each a 4xx), without reading
// messages:
//
//	Input     the data file or the official Markdown: the zero code, so every diagnostic
//	          of the parsers, the rules and the layout is one (the layout's page limit
//	          too, until the layout sets codes)                           → 422
//	Template  a template that is missing, does not parse or fails as it runs → 422
//	Profile   a format profile that does not exist or is not valid        → 400
//	File      a file or folder that cannot be read or written, or a link of the
//	          template folder that points outside it                     → 400
//	Limit     a template that runs too long or writes too much            → 413
//
// IsUser and CodeOf find a diagnostic anywhere in an error's chain (errors.As), so a
// wrapped diagnostic keeps its code.
package diag

import (
	"errors"
	"fmt"
	"strings"
)

// Severity says whether a problem stops the build.
type Severity int

const (
	// Error stops the build.
	Error Severity = iota
	// Warning is printed, and the build goes on.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "cảnh báo"
	}
	return "lỗi"
}

// Code says what kind of mistake a diagnostic is (see the package comment).
type Code int

const (
	// Input is a mistake in the data file or the official Markdown.
	Input Code = iota
	// Template is a template that is missing, does not parse or fails as it runs.
	Template
	// Profile is a format profile that does not exist or is not valid.
	Profile
	// File is a file or folder that cannot be read or written.
	File
	// Limit is a bound hit: a template's time or output.
	Limit
)

// String is the code's name for machines (logs, a server's JSON): input, template, …
func (c Code) String() string {
	switch c {
	case Template:
		return "template"
	case Profile:
		return "profile"
	case File:
		return "file"
	case Limit:
		return "limit"
	}
	return "input"
}

// Diagnostic is one problem. Line and Col are 1-based; 0 means unknown.
type Diagnostic struct {
	Severity Severity
	Code     Code
	File     string
	Line     int
	Col      int
	Message  string
	Hint     string
}

// Error formats the diagnostic as "file:line:col: lỗi: message" with the hint on the next
// line, the form editors and terminals turn into links. An error of no file (a folder or a
// name given on the command line, which the message names) is its message alone: it reads
// as a sentence, and the command line says it as "vanban: message"; a warning always says
// it is one.
func (d Diagnostic) Error() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(Printable(d.File))
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
			if d.Col > 0 {
				fmt.Fprintf(&b, ":%d", d.Col)
			}
		}
		b.WriteString(": ")
	}
	if d.File != "" || d.Severity != Error {
		b.WriteString(d.Severity.String())
		b.WriteString(": ")
	}
	b.WriteString(Printable(d.Message))
	if d.Hint != "" {
		b.WriteString("\n\tgợi ý: ")
		b.WriteString(Printable(d.Hint))
	}
	return b.String()
}

// Printable is s safe to print on a terminal or in a log: control characters, which a
// message may quote from the input (an ESC that clears the screen, a carriage return that
// hides the start of the line), and the invisible characters that reorder or hide text
// (bidi controls, zero-width spaces) are shown as Go escapes ("\x1b", "\u202e"). Line
// breaks and tabs stay: messages are laid out with them.
func Printable(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !hidden(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// hidden tells the characters Printable escapes.
func hidden(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		return true
	}
	return false
}

// List is several diagnostics returned at once. As an error it is non-nil only when it
// holds at least one error (warnings alone do not fail).
type List []Diagnostic

// Error joins the diagnostics, one a line.
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, d := range l {
		parts[i] = d.Error()
	}
	return strings.Join(parts, "\n")
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns the list as an error when it holds an error, else nil.
func (l List) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}

// Errorf makes an error diagnostic.
func Errorf(file string, line, col int, hint, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: Error, File: file, Line: line, Col: col, Message: fmt.Sprintf(format, args...), Hint: hint}
}

// IsUser reports whether err is a user's mistake: a Diagnostic or a List with an error
// somewhere in its chain. Anything else is a bug, or a cancelled context.
func IsUser(err error) bool {
	_, ok := CodeOf(err)
	return ok
}

// CodeOf returns the code of the user's mistake in err: a Diagnostic's own, or a List's
// first error's. ok is false when err holds no diagnostic.
func CodeOf(err error) (c Code, ok bool) {
	var d Diagnostic
	if errors.As(err, &d) {
		return d.Code, true
	}
	var l List
	if errors.As(err, &l) {
		for _, d := range l {
			if d.Severity == Error {
				return d.Code, true
			}
		}
	}
	return Input, false
}
