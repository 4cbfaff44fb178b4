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
// four times the lines must take well under sixteen times as long (quadratic would), and
// under ten. It compares the best of three runs of each size rather than a fixed time, so a
// loaded machine or the race detector does not make it fail.
func TestParseLongParagraphLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	tests := []struct{ name, unit string }{
		{"soft line breaks", "chữ\n"},
		{"hard line breaks", "chữ\\\n"},
		{"escapes", `\*`},
	}
	best := func(t *testing.T, src []byte) time.Duration {
		var min time.Duration
		for range 3 {
			start := time.Now()
			doc, err := markdown.Parse("dai.md", src)
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Blocks) != 1 {
				t.Fatalf("%d blocks, want 1", len(doc.Blocks))
			}
			if min == 0 || el < min {
				min = el
			}
		}
		return min
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			small := best(t, []byte(front+strings.Repeat(tt.unit, 4000)))
			large := best(t, []byte(front+strings.Repeat(tt.unit, 16000)))
			if large > 10*small+10*time.Millisecond {
				t.Errorf("4,000 lines: %v; 16,000 lines: %v: not linear", small, large)
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
