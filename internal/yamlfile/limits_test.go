package yamlfile

import (
	"strings"
	"testing"
	"time"
)

// TestLimits: hostile YAML is refused quickly with a message at its line, and ordinary
// data with anchors, quotes and brackets in text passes.
func TestLimits(t *testing.T) {
	bomb := "a: &a [x,x,x,x,x,x,x,x,x]\n"
	prev := "a"
	for i := 1; i < 12; i++ {
		l := "l" + strings.Repeat("x", i)
		bomb += l + ": &" + l + " [" + strings.Repeat("*"+prev+",", 8) + "*" + prev + "]\n"
		prev = l
	}
	for _, c := range []struct{ name, src, want string }{
		{"flow nesting", "a: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n", "lồng nhau quá 100 tầng"},
		{"compact list nesting", "a:\n  " + strings.Repeat("- ", 100000) + "x\n", "lồng nhau quá 100 tầng"},
		{"alias expansion", bomb, "nở ra quá"},
		{"two documents", "he_thong: dang\n---\nhe_thong: nha_nuoc\n", "nhiều hơn một tài liệu YAML"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, err := Parse("x.yaml", []byte(c.src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	for _, ok := range []string{
		"a: &n Nguyễn Văn A\nb: *n\nc: \"[[[[ không phải lồng nhau\"\nd: '{{'\n",
		"# [[[[[ chú thích\na: [1, [2, [3]]]\n",
		"---\na: 1\n",
		"a: 1\n---\n",
	} {
		if _, err := Parse("x.yaml", []byte(ok)); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}
