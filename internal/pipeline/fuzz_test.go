package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzBuildMarkdown runs hand-written official Markdown through the whole path (front
// matter, Markdown, layout, PDF). Any input must give a PDF or an error: no panic, no hang,
// and a PDF is a complete file.
func FuzzBuildMarkdown(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.golden.md")
	more, _ := filepath.Glob("../markdown/testdata/*.md")
	for _, path := range append(seeds, more...) {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("---\nhe_thong: dang\nloai: ke_hoach\nco_quan: X\nky_hieu: KH/TU\ndia_danh: Y\nnguoi_ky: {chuc_vu: A, ho_ten: B}\n---\n| a |\n|---|\n| " + strings.Repeat("b ", 500) + "|\n"))
	b, err := New(Options{MaxPages: 30})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, err := b.PDF("fuzz.md", src)
		if err != nil {
			if strings.Contains(err.Error(), "panic") {
				t.Fatalf("error mentions a panic: %v", err)
			}
			return
		}
		if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.Contains(out[max(0, len(out)-64):], []byte("%%EOF")) {
			t.Fatalf("incomplete PDF (%d bytes)", len(out))
		}
	})
}
