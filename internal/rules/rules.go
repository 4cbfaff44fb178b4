package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/vn"
)

// Check returns the findings on m: errors for what would make a wrong official document,
// warnings for what is unusual but may be intended. at locates a YAML path in the source.
func Check(file string, m *model.Meta, at func(path string) (line, col int)) diag.List {
	if m == nil {
		return nil
	}
	if at == nil {
		at = func(string) (int, int) { return 0, 0 }
	}
	c := &checker{file: file, at: at, m: m}
	c.system()
	c.symbol()
	c.number()
	c.signer()
	c.recipients()
	c.archive()
	c.subject()
	c.typeName()
	c.place()
	sort.SliceStable(c.ds, func(i, j int) bool {
		a, b := c.ds[i], c.ds[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return c.ds
}

// checker collects the findings of one document.
type checker struct {
	file string
	at   func(path string) (line, col int)
	m    *model.Meta
	ds   diag.List
}

func (c *checker) party() bool { return c.m.System == model.Party }
func (c *checker) state() bool { return c.m.System == model.State }

func (c *checker) add(sev diag.Severity, path, hint, format string, args ...any) {
	line, col := c.at(path)
	c.ds = append(c.ds, diag.Diagnostic{Severity: sev, File: c.file, Line: line, Col: col,
		Message: fmt.Sprintf(format, args...), Hint: hint})
}

func (c *checker) errorf(path, hint, format string, args ...any) {
	c.add(diag.Error, path, hint, format, args...)
}

func (c *checker) warnf(path, hint, format string, args ...any) {
	c.add(diag.Warning, path, hint, format, args...)
}

// missing reports whether path is absent from the source: the locator then answers with
// the position of the document itself.
func (c *checker) missing(path string) bool {
	l, k := c.at(path)
	l0, k0 := c.at("$")
	return l == l0 && k == k0
}

// clean is s in NFC with its spaces (line breaks included) collapsed and trimmed.
func clean(s string) string {
	return strings.Join(strings.Fields(vn.NFC(s)), " ")
}

// upper is s cleaned and in capitals, the form the renderer prints names in.
func upper(s string) string { return vn.Upper(clean(s)) }

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return strings.HasPrefix(strings.ToLower(s), strings.ToLower(prefix))
}

// allCaps reports whether s has letters in at least two words and none of them small.
func allCaps(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		letters := false
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters = true
			}
		}
		if letters {
			words++
		}
	}
	return words >= 2
}
