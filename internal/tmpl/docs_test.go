package tmpl_test

import (
	"os"
	"strings"
	"testing"
	"text/template"

	"vanban/internal/tmpl"
)

// docsFile is the template editors' guide whose function reference must match Registry.
const docsFile = "../../docs/mau.md"

// TestDocsListEveryFunction checks the function reference of docs/mau.md against Registry:
// the reference table (the table whose header's first cell is "hàm") must have a row for
// every registered function, written `name` in its first cell, and no row for a function
// that Registry lacks.
func TestDocsListEveryFunction(t *testing.T) {
	src, err := os.ReadFile(docsFile)
	if err != nil {
		t.Fatalf("read the function reference: %v", err)
	}
	rows, ok := referenceRows(string(src))
	if !ok {
		t.Fatalf("%s: no function reference table (a table whose header starts with “| hàm |”)", docsFile)
	}
	registered := map[string]bool{}
	for _, f := range tmpl.Registry {
		registered[f.Name] = true
	}
	documented := map[string]int{}
	for _, r := range rows {
		first := r.cells[0]
		name, ok := strings.CutPrefix(first, "`")
		name, ok2 := strings.CutSuffix(name, "`")
		if !ok || !ok2 || name == "" || strings.Contains(name, "`") {
			t.Errorf("%s:%d: first cell %q should be a function name in backticks", docsFile, r.line, first)
			continue
		}
		if !registered[name] {
			t.Errorf("%s:%d: the reference lists “%s”, which tmpl.Registry does not have", docsFile, r.line, name)
		}
		if documented[name] > 0 {
			t.Errorf("%s:%d: “%s” is listed twice (first at line %d)", docsFile, r.line, name, documented[name])
			continue
		}
		documented[name] = r.line
	}
	for _, f := range tmpl.Registry {
		if documented[f.Name] == 0 {
			t.Errorf("%s: the function reference has no row for `%s` (%s)", docsFile, f.Name, f.Doc)
		}
	}
}

// TestDocsFunctionExamples runs the examples of the function reference of docs/mau.md: in
// each row, the "ví dụ" cell (third) holds templates and the "kết quả" cell (fourth) what
// they write, one code span per example, several separated by "<br>". A result that is not
// a code span (phan_dau points below the table) is not checked.
func TestDocsFunctionExamples(t *testing.T) {
	src, err := os.ReadFile(docsFile)
	if err != nil {
		t.Fatalf("read the function reference: %v", err)
	}
	rows, ok := referenceRows(string(src))
	if !ok {
		t.Fatalf("%s: no function reference table", docsFile)
	}
	checked := 0
	for _, r := range rows {
		if len(r.cells) != 4 {
			t.Errorf("%s:%d: want 4 cells (hàm, làm gì, ví dụ, kết quả), have %d", docsFile, r.line, len(r.cells))
			continue
		}
		examples, results := strings.Split(r.cells[2], "<br>"), strings.Split(r.cells[3], "<br>")
		if len(examples) != len(results) {
			t.Errorf("%s:%d: %d examples but %d results", docsFile, r.line, len(examples), len(results))
			continue
		}
		for i := range examples {
			want, ok := codeSpan(results[i])
			if !ok {
				continue
			}
			ex, ok := codeSpan(examples[i])
			if !ok {
				t.Errorf("%s:%d: example %q is not a code span", docsFile, r.line, examples[i])
				continue
			}
			tp, err := template.New("docs").Funcs(tmpl.Funcs()).Option("missingkey=error").Parse(ex)
			if err != nil {
				t.Errorf("%s:%d: %s: %v", docsFile, r.line, ex, err)
				continue
			}
			var b strings.Builder
			if err := tp.Execute(&b, nil); err != nil {
				t.Errorf("%s:%d: %s: %v", docsFile, r.line, ex, err)
				continue
			}
			if b.String() != want {
				t.Errorf("%s:%d: %s\n writes %q\n  docs %q", docsFile, r.line, ex, b.String(), want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Errorf("%s: no example checked", docsFile)
	}
}

// codeSpan returns the text of a cell part that is exactly one `code span`. Inside a table,
// "\|" stands for "|" (GFM), also within code spans.
func codeSpan(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '`' || s[len(s)-1] != '`' || strings.Contains(s[1:len(s)-1], "`") {
		return "", false
	}
	return strings.ReplaceAll(s[1:len(s)-1], `\|`, "|"), true
}

// row is a body row of a Markdown table: its cells (trimmed, at least one) and its line
// number.
type row struct {
	cells []string
	line  int
}

// referenceRows finds the first table whose header's first cell is "hàm" and returns its
// body rows (the delimiter row skipped).
func referenceRows(doc string) ([]row, bool) {
	lines := strings.Split(doc, "\n")
	for i, l := range lines {
		if firstCell(l) != "hàm" {
			continue
		}
		var rows []row
		for j := i + 1; j < len(lines); j++ {
			l := strings.TrimSpace(lines[j])
			if !strings.HasPrefix(l, "|") {
				break
			}
			if j == i+1 && strings.Trim(l, "|:- ") == "" {
				continue // the delimiter row
			}
			if cells := splitCells(l); len(cells) > 0 {
				rows = append(rows, row{cells: cells, line: j + 1})
			}
		}
		return rows, true
	}
	return nil, false
}

// firstCell returns the trimmed first cell of a table row, or "" for a line that is not one.
func firstCell(line string) string {
	if cells := splitCells(line); len(cells) > 0 {
		return cells[0]
	}
	return ""
}

// splitCells splits a table row ("| a | b |") into its trimmed cells. An escaped pipe
// ("\|") does not end a cell and stays as written. A line that does not start with "|"
// has no cells.
func splitCells(line string) []string {
	l := strings.TrimSpace(line)
	rest, ok := strings.CutPrefix(l, "|")
	if !ok {
		return nil
	}
	var cells []string
	start := 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.TrimSpace(rest[start:i]))
			start = i + 1
		}
	}
	if tail := strings.TrimSpace(rest[start:]); tail != "" {
		cells = append(cells, tail) // a row without the closing "|"
	}
	return cells
}
