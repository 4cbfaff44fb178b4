package markdown_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/golden"
	"vanban/internal/markdown"
	"vanban/internal/model"
)

// handWritten are goldens written by hand because Parse gets them wrong today; -update
// leaves them alone. Remove an entry once the bug it names is fixed.
var handWritten = map[string]string{}

// TestParseGolden parses every testdata/*.md and compares the model dump, with the source
// position of each block, to testdata/<name>.golden.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.md")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := markdown.Parse(filepath.Base(file), src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkText(t, doc)
			got := dump(t, doc)
			path := strings.TrimSuffix(file, ".md") + ".golden"
			if why := handWritten[name]; why != "" {
				// A golden written by hand is never rewritten from what Parse makes.
				if want, _ := os.ReadFile(path); got != string(want) {
					t.Errorf("dump differs from %s (known bug: %s):\n%s", path, why, lineDiff(string(want), got))
				}
				return
			}
			golden.Check(t, path, []byte(got))
		})
	}
}

// dump writes a few Meta fields, then each block as "line:col" and its Document.Dump line.
// Lines a block's dump continues on (table rows, text after a hard break) are indented;
// alignments, which Dump leaves out, follow on their own line.
func dump(t *testing.T, doc *model.Document) string {
	t.Helper()
	var b strings.Builder
	m := doc.Meta
	fmt.Fprintf(&b, "meta: he_thong=%s loai=%s ten_loai=%q co_quan=%q dia_danh=%q nguoi_ky=%q/%q\n",
		m.System, m.Kind, m.TypeName, m.Body, m.Place, m.Signer.Position, m.Signer.Name)
	for _, blk := range doc.Blocks {
		var one bytes.Buffer
		if err := (&model.Document{Blocks: []model.Block{blk}}).Dump(&one); err != nil {
			t.Fatal(err)
		}
		p := blk.Position()
		lines := strings.Split(strings.TrimSuffix(one.String(), "\n"), "\n")
		fmt.Fprintf(&b, "%d:%d %s\n", p.Line, p.Col, visible(lines[0]))
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "\t%s\n", visible(l))
		}
		switch blk := blk.(type) {
		case *model.Heading:
			if l := runList(blk.Runs); l != "" {
				fmt.Fprintf(&b, "\t%s\n", l)
			}
		case *model.Paragraph:
			if l := runList(blk.Runs); l != "" {
				fmt.Fprintf(&b, "\t%s\n", l)
			}
			if blk.Align != model.AlignDefault {
				fmt.Fprintf(&b, "\talign: %s\n", alignName(blk.Align))
			}
		case *model.Table:
			names := make([]string, len(blk.Aligns))
			for i, a := range blk.Aligns {
				names[i] = alignName(a)
			}
			fmt.Fprintf(&b, "\taligns: %s\n", strings.Join(names, " "))
			for i, row := range blk.Grid() {
				for j, c := range row {
					if l := runList(c.Runs); l != "" {
						fmt.Fprintf(&b, "\tcell %d,%d %s\n", i, j, l)
					}
				}
			}
		}
	}
	return b.String()
}

// visible shows what a dump line would hide: trailing spaces, CR, tab and NBSP.
func visible(s string) string {
	s = strings.NewReplacer("\r", "␍", "\t", "␉", "\u00a0", "⍽").Replace(s)
	trimmed := strings.TrimRight(s, " ")
	return trimmed + strings.Repeat("·", len(s)-len(trimmed))
}

// runList describes the runs when a literal "*" or "|" makes the Dump line ambiguous,
// and is empty otherwise.
func runList(runs []model.Run) string {
	ambiguous := false
	for _, r := range runs {
		ambiguous = ambiguous || strings.ContainsAny(r.Text, "*|")
	}
	if !ambiguous {
		return ""
	}
	var b strings.Builder
	b.WriteString("runs:")
	for _, r := range runs {
		style := "plain"
		switch {
		case r.Bold && r.Italic:
			style = "bold+italic"
		case r.Bold:
			style = "bold"
		case r.Italic:
			style = "italic"
		}
		fmt.Fprintf(&b, " %s %q", style, r.Text)
	}
	return b.String()
}

func alignName(a model.Align) string {
	switch a {
	case model.AlignDefault:
		return "default"
	case model.AlignLeft:
		return "left"
	case model.AlignCenter:
		return "center"
	case model.AlignRight:
		return "right"
	case model.AlignJustify:
		return "justify"
	}
	return fmt.Sprintf("align(%d)", int(a))
}

// allRuns returns the runs of every block and table cell.
func allRuns(doc *model.Document) [][]model.Run {
	var out [][]model.Run
	for _, blk := range doc.Blocks {
		switch blk := blk.(type) {
		case *model.Heading:
			out = append(out, blk.Runs)
		case *model.Paragraph:
			out = append(out, blk.Runs)
		case *model.Table:
			for _, row := range blk.Grid() {
				for _, c := range row {
					out = append(out, c.Runs)
				}
			}
		}
	}
	return out
}

// checkText fails when some run's text, or a Meta field, is not valid UTF-8 or not NFC.
func checkText(t testing.TB, doc *model.Document) {
	t.Helper()
	m := doc.Meta
	for _, s := range []string{m.Body, m.ParentBody, m.Place, m.TypeName, m.Subject, m.Signer.Position, m.Signer.Name} {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("meta field %q (%+q) is not NFC", s, s)
		}
	}
	for _, runs := range allRuns(doc) {
		for _, r := range runs {
			if !utf8.ValidString(r.Text) {
				t.Errorf("run %q is not valid UTF-8", r.Text)
			} else if !norm.NFC.IsNormalString(r.Text) {
				t.Errorf("run %q (%+q) is not NFC", r.Text, r.Text)
			}
		}
	}
}

// lineDiff shows the lines that differ, "-" for want and "+" for got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			fmt.Fprintf(&b, "  %s\n", wl)
			continue
		}
		if norm.NFC.String(wl) == norm.NFC.String(gl) {
			fmt.Fprintf(&b, "- %+q\n+ %+q\n", wl, gl)
			continue
		}
		if i < len(w) {
			fmt.Fprintf(&b, "- %s\n", wl)
		}
		if i < len(g) {
			fmt.Fprintf(&b, "+ %s\n", gl)
		}
	}
	return b.String()
}
