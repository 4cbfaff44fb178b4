package markdown_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/markdown"
)

// TestSai: each file in testdata/sai is one mistake a template editor or a clerk could
// make in official Markdown; <case>.want next to it lists exactly the errors Parse gives.
func TestSai(t *testing.T) {
	runCases(t, "testdata/sai", func(path string, src []byte) diag.List {
		_, err := markdown.Parse(path, src)
		var ds diag.List
		if !errors.As(err, &ds) {
			t.Fatalf("error %v, want diagnostics", err)
		}
		return ds
	})
}

// TestCanhBao: each file in testdata/canh-bao is official Markdown that reads; <case>.want
// lists exactly the warnings Check gives (an empty file: none). The numbers print as typed
// whatever Check says.
func TestCanhBao(t *testing.T) {
	runCases(t, "testdata/canh-bao", func(path string, src []byte) diag.List {
		ds := markdown.Check(path, src)
		for _, d := range ds {
			if d.Severity != diag.Warning {
				t.Errorf("not a warning: %#v", d)
			}
		}
		return ds
	})
}

// runCases runs check on every <case>.md of dir and compares what it finds with
// <case>.want, one finding a line as "line:col: severity: message"; every finding names the
// file and has a hint.
func runCases(t *testing.T, dir string, check func(path string, src []byte) diag.List) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) == 0 {
		t.Fatalf("no case in %s", dir)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".md") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, d := range check(path, src) {
				fmt.Fprintf(&got, "%d:%d: %s: %s\n", d.Line, d.Col, d.Severity, d.Message)
				if d.Hint == "" || d.File != path {
					t.Errorf("finding without hint or file: %#v", d)
				}
			}
			if got.String() != string(want) {
				t.Errorf("got\n%swant\n%s", got.String(), want)
			}
		})
	}
}
