// Package diag is vanban's one diagnostic type: a problem found in a file, with its place
// (file, line, column), a message in Vietnamese for office staff, and a hint with the fix.
// Every stage returns diagnostics in this form; only the command line prints them.
package diag

import (
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

// Diagnostic is one problem. Line and Col are 1-based; 0 means unknown.
type Diagnostic struct {
	Severity Severity
	File     string
	Line     int
	Col      int
	Message  string
	Hint     string
}

// Error formats the diagnostic as "file:line:col: lỗi: message" with the hint on the next
// line, the form editors and terminals turn into links.
func (d Diagnostic) Error() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
			if d.Col > 0 {
				fmt.Fprintf(&b, ":%d", d.Col)
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(d.Severity.String())
	b.WriteString(": ")
	b.WriteString(d.Message)
	if d.Hint != "" {
		b.WriteString("\n\tgợi ý: ")
		b.WriteString(d.Hint)
	}
	return b.String()
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
