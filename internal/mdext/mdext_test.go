package mdext_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/testutil"

	"vanban/internal/mdext"
)

// TestCases runs the case files of testdata: numbered cases of Markdown and the dump of
// the tree it parses to, in goldmark's case-file format (go test -run TestCases/chart
// -args case=3 runs one case).
func TestCases(t *testing.T) {
	for _, c := range []struct {
		file string
		ext  goldmark.Extender
	}{
		{"appendix.txt", mdext.Appendix},
		{"chart.txt", mdext.Chart},
		{"box.txt", mdext.Box},
		{"table.txt", mdext.Table},
		{"tablemark.txt", mdext.TableMark},
		{"dialect.txt", mdext.Dialect},
	} {
		t.Run(strings.TrimSuffix(c.file, ".txt"), func(t *testing.T) {
			m := goldmark.New(goldmark.WithExtensions(c.ext), goldmark.WithRenderer(dumper{}))
			testutil.DoTestCaseFile(m, filepath.Join("testdata", c.file), t, testutil.ParseCliCaseArg()...)
		})
	}
}

// dumper renders a document as its Dump, so that case files hold trees where goldmark's
// hold HTML.
type dumper struct{}

func (dumper) AddOptions(...renderer.Option) {}

// Render captures what Dump prints on standard output.
func (dumper) Render(w io.Writer, src []byte, n gast.Node) error {
	f, err := os.CreateTemp("", "dump")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	stdout := os.Stdout
	os.Stdout = f
	n.Dump(src, 0)
	os.Stdout = stdout
	out, err := os.ReadFile(f.Name())
	if err != nil {
		return err
	}
	_, err = w.Write(sortAttributes(out))
	return err
}

// attrLine is an attribute line of a dump; Pos, RawText and HasBlankPreviousLines come
// first in a fixed order.
var attrLine = regexp.MustCompile(`^( {4,})(?:Pos|RawText|HasBlankPreviousLines|([A-Z][A-Za-z]*)): `)

// sortAttributes sorts each run of a node's other attributes, which DumpHelper prints in
// map order.
func sortAttributes(dump []byte) []byte {
	lines := bytes.SplitAfter(dump, []byte("\n"))
	for i := 0; i < len(lines); {
		m := attrLine.FindSubmatch(lines[i])
		if m == nil || m[2] == nil {
			i++
			continue
		}
		j := i + 1
		for ; j < len(lines); j++ {
			n := attrLine.FindSubmatch(lines[j])
			if n == nil || n[2] == nil || !bytes.Equal(n[1], m[1]) {
				break
			}
		}
		slices.SortFunc(lines[i:j], bytes.Compare)
		i = j
	}
	return bytes.Join(lines, nil)
}
