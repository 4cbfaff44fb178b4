package markdown_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/markdown"
)

// TestCanhBao: each file in testdata/canh-bao is official Markdown that reads; <case>.want
// lists exactly the warnings Check gives, one a line as "line:col: severity: message" (an
// empty file: none), each with a hint. The numbers print as typed whatever Check says.
func TestCanhBao(t *testing.T) {
	files, _ := filepath.Glob("testdata/canh-bao/*.md")
	if len(files) == 0 {
		t.Fatal("no case in testdata/canh-bao")
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
			for _, d := range markdown.Check(path, src) {
				fmt.Fprintf(&got, "%d:%d: %s: %s\n", d.Line, d.Col, d.Severity, d.Message)
				if d.Hint == "" || d.File != path || d.Severity != diag.Warning {
					t.Errorf("not a warning with hint and file: %#v", d)
				}
			}
			if got.String() != string(want) {
				t.Errorf("got\n%swant\n%s", got.String(), want)
			}
		})
	}
}

// TestTypedListNumbers: an ordered list prints its numbers as typed, not renumbered from
// its first.
func TestTypedListNumbers(t *testing.T) {
	src := "---\nhe_thong: dang\nco_quan: A\nky_hieu: KH/TU\ndia_danh: B\nnguoi_ky: {chuc_vu: C, ho_ten: D}\n---\n\n5. Năm\n\n7. Bảy\n7. Bảy nữa\n\n1) Một\n"
	doc, err := markdown.Parse("so.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"L1[5.] Năm", "L1[7.] Bảy", "L1[7.] Bảy nữa", "L1[1)] Một"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("model lacks %q:\n%s", want, b.String())
		}
	}
}
