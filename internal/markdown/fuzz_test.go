package markdown_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/markdown"
)

// FuzzParse: whatever a person saves as official Markdown, Parse must not panic; a document
// it accepts has only valid UTF-8, NFC text, and an error it returns is a diag.List naming
// the file.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.md")
	more, _ := filepath.Glob("testdata/*/*.md") // the error and warning cases: tables, footnotes, numbering
	files = append(files, more...)
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(front))
	f.Add([]byte(front + "- a\n  1. b\n     > c\n\n| a |\n|---|\n| `x` |\n"))
	f.Add([]byte(front + "Chú thích[^1] và[^a].\n\n| A | << |\n| B | C |\n|---|---|\n| ^^ | 1 |\n\n[^1]: Một.\n[^a]: Hai.\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := markdown.Parse("f.md", src)
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 || l[0].File != "f.md" {
				t.Fatalf("error %T %q, want a diag.List naming f.md", err, err)
			}
			return
		}
		checkText(t, doc)
	})
}
