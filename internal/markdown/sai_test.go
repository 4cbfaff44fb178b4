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
// make in official Markdown; <case>.want next to it lists exactly the diagnostics, one a
// line as "line:col: severity: message", each with a hint.
func TestSai(t *testing.T) {
	files, _ := filepath.Glob("testdata/sai/*.md")
	if len(files) == 0 {
		t.Fatal("no case in testdata/sai")
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
			_, err = markdown.Parse(path, src)
			var ds diag.List
			if !errors.As(err, &ds) {
				t.Fatalf("error %v, want diagnostics", err)
			}
			var got strings.Builder
			for _, d := range ds {
				fmt.Fprintf(&got, "%d:%d: %s: %s\n", d.Line, d.Col, d.Severity, d.Message)
				if d.Hint == "" || d.File != path {
					t.Errorf("diagnostic without hint or file: %#v", d)
				}
			}
			if got.String() != string(want) {
				t.Errorf("got\n%swant\n%s", got.String(), want)
			}
		})
	}
}
