package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
)

// FuzzLoad: whatever bytes a user saves, Load must not panic, and must return either
// a document or a non-empty diag.List whose every diagnostic names the file.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.yaml")
	files = append(files, seedPlanFile, statePlanFile)
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("phan: [{muc: [{diem: [{}]}]}]"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := Load("f.yaml", src)
		if err == nil {
			if p == nil {
				t.Fatal("nil document without an error")
			}
			return
		}
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Fatalf("error %T %v, want a non-empty diag.List", err, err)
		}
		for _, d := range l {
			if d.File != "f.yaml" || !strings.HasPrefix(d.Error(), "f.yaml:") {
				t.Fatalf("diagnostic does not name the file: %q", d.Error())
			}
		}
	})
}
