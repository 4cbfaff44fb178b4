package progress

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadProgress: whatever a unit saves as its progress file, reading it against the
// bundled plan and registry never panics; a file refused has an error naming it, one
// accepted is of a unit of the registry and a period of the book.
func FuzzReadProgress(f *testing.F) {
	book, ds := Open("../../data/tien-do/theo-doi.yaml")
	if book == nil {
		f.Fatal(ds)
	}
	files, _ := filepath.Glob("../../data/tien-do/*/*.yaml")
	more, _ := filepath.Glob("testdata/sai/*.yaml")
	for _, p := range append(files, more...) {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, ds := book.Read("2024-11/huyen-uy-nga-son.yaml", src)
		if s == nil {
			if !ds.HasErrors() {
				t.Fatalf("refused without an error: %v", ds)
			}
			for _, d := range ds {
				if d.File == "" {
					t.Fatalf("error naming no file: %v", d)
				}
			}
			return
		}
		if ds.HasErrors() {
			t.Fatalf("accepted with errors: %v", ds)
		}
	})
}
