package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/golden"
)

// testBook is the book of testdata/theo-doi.yaml: the seed plan and the example registry.
func testBook(t *testing.T) *Book {
	t.Helper()
	b, ds := Open("testdata/theo-doi.yaml")
	if b == nil || len(ds) > 0 {
		t.Fatalf("Open(testdata/theo-doi.yaml):\n%v", ds)
	}
	return b
}

// badFiles lists testdata/sai: each file is a progress report with one mistake, in a
// folder named after a period when the mistake is about its place.
func badFiles(t *testing.T) []string {
	t.Helper()
	flat, _ := filepath.Glob("testdata/sai/*.yaml")
	nested, _ := filepath.Glob("testdata/sai/*/*.yaml")
	files := append(flat, nested...)
	if len(files) < 15 {
		t.Fatalf("%d files in testdata/sai, want at least 15", len(files))
	}
	return files
}

// expectation is a "# mong đợi: L:C: mức: message | gợi ý: hint" line of a bad file.
type expectation struct {
	line, col int
	sev       diag.Severity
	msg, hint string
}

var reExpect = regexp.MustCompile(`^# mong đợi: (\d+):(\d+): (lỗi|cảnh báo): (.*?)(?: \| gợi ý: (.*))?$`)

// badCase reads a bad file: what is wrong (line 1, "# Sai: …") and the findings expected.
func badCase(t *testing.T, path string) (src []byte, what string, want []expectation) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	what, ok := strings.CutPrefix(lines[0], "# Sai: ")
	if !ok {
		t.Fatalf("%s: line 1 should say what is wrong (“# Sai: …”)", path)
	}
	for _, l := range lines[1:] {
		m := reExpect.FindStringSubmatch(l)
		if m == nil {
			break
		}
		e := expectation{msg: m[4], hint: m[5]}
		e.line, _ = strconv.Atoi(m[1])
		e.col, _ = strconv.Atoi(m[2])
		if m[3] == "cảnh báo" {
			e.sev = diag.Warning
		}
		want = append(want, e)
	}
	if len(want) == 0 {
		t.Fatalf("%s: line 2 should give the finding expected (“# mong đợi: dòng:cột: lỗi: …”)", path)
	}
	return src, what, want
}

// TestBadInputs reads each file of testdata/sai through the book and checks that it gives
// exactly the findings its header expects: line, column, severity, message and hint.
func TestBadInputs(t *testing.T) {
	b := testBook(t)
	for _, path := range badFiles(t) {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(path, "testdata/sai/"), ".yaml"), func(t *testing.T) {
			src, _, want := badCase(t, path)
			sub, got := b.Read(path, src)
			if len(got) != len(want) {
				t.Fatalf("got %d findings, want %d:\n%v", len(got), len(want), got)
			}
			errs := false
			for i, w := range want {
				d := got[i]
				if d.File != path || d.Line != w.line || d.Col != w.col || d.Severity != w.sev ||
					!strings.Contains(d.Message, w.msg) || !strings.Contains(d.Hint, w.hint) {
					t.Errorf("finding %d:\ngot  %v\nwant %d:%d: %v: %s (gợi ý: %s)", i+1, d, w.line, w.col, w.sev, w.msg, w.hint)
				}
				errs = errs || w.sev == diag.Error
			}
			if (sub == nil) != errs {
				t.Errorf("submission returned: %v, with errors expected: %v", sub != nil, errs)
			}
		})
	}
}

const (
	tableStart = "<!-- bảng dữ liệu sai: sinh bởi go test ./internal/progress -run TestBadInputsDoc -update -->"
	tableEnd   = "<!-- hết bảng dữ liệu sai -->"
)

// TestBadInputsDoc keeps the table of docs/tien-do.md in step with testdata/sai: what is
// wrong, and what vanban says, as it says it.
func TestBadInputsDoc(t *testing.T) {
	b := testBook(t)
	var rows []string
	rows = append(rows, "| tệp mẫu (`internal/progress/testdata/sai/`) | dữ liệu sai | vanban báo (dòng:cột) |", "|---|---|---|")
	for _, path := range badFiles(t) {
		src, what, _ := badCase(t, path)
		_, ds := b.Read(path, src)
		var said []string
		for _, d := range ds {
			s := fmt.Sprintf("%d:%d: %s: %s", d.Line, d.Col, d.Severity, d.Message)
			if d.Hint != "" {
				s += " — gợi ý: " + d.Hint
			}
			said = append(said, strings.ReplaceAll(s, "|", "\\|"))
		}
		rows = append(rows, fmt.Sprintf("| `%s` | %s | %s |", strings.TrimPrefix(path, "testdata/sai/"), what, strings.Join(said, "<br>")))
	}
	table := strings.Join(rows, "\n")

	const doc = "../../docs/tien-do.md"
	src, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, ok1 := strings.Cut(string(src), tableStart)
	_, after, ok2 := strings.Cut(rest, tableEnd)
	if !ok1 || !ok2 {
		t.Fatalf("%s has no %q … %q", doc, tableStart, tableEnd)
	}
	want := before + tableStart + "\n" + table + "\n" + tableEnd + after
	golden.Check(t, doc, []byte(want))
}
