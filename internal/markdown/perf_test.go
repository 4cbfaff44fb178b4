package markdown_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vanban/internal/markdown"
)

// TestParseLongParagraphLinear checks that a long paragraph does not take quadratic time:
// goldmark parses 15,000 soft-broken lines (90 KB) in a few milliseconds, so Parse has
// no reason to need seconds.
func TestParseLongParagraphLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	tests := []struct{ name, unit string }{
		{"soft line breaks", "chữ\n"},
		{"hard line breaks", "chữ\\\n"},
		{"escapes", `\*`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(front + strings.Repeat(tt.unit, 15000))
			start := time.Now()
			doc, err := markdown.Parse("dai.md", src)
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > time.Second/2 {
				t.Errorf("Parse of a %d KB paragraph took %v", len(src)>>10, el)
			}
			if len(doc.Blocks) != 1 {
				t.Errorf("%d blocks, want 1", len(doc.Blocks))
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.md")
	var all []byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := markdown.Parse(f, src); err == nil {
			all = append(all, src[strings.Index(string(src), "\n---\n")+5:]...)
			all = append(all, '\n')
		}
	}
	src := []byte(front + strings.Repeat(string(all), 20))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := markdown.Parse("bench.md", src); err != nil {
			b.Fatal(err)
		}
	}
}
