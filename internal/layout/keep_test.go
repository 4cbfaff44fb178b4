package layout

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/form"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/templates"
)

// TestHeadingsNeverEndAPage sweeps the length of the text before a chain of headings so
// that every page-break position is tried, for chains of one to three headings followed
// by a paragraph, a list, a short paragraph or a table, in both systems: no heading is the
// last line of a page, and what follows it starts on its page with at least two lines of a
// paragraph (the whole of a shorter one) or a table's header and first row.
func TestHeadingsNeverEndAPage(t *testing.T) {
	cell := func(s string) model.Cell { return model.Cell{Runs: []model.Run{{Text: s}}} }
	followers := map[string]func() []model.Block{
		"paragraph": func() []model.Block { return []model.Block{para("THEO " + words(80, "xyz"))} },
		"short":     func() []model.Block { return []model.Block{para("THEO " + words(30, "xyz"))} },
		"list": func() []model.Block {
			return []model.Block{
				&model.Paragraph{Marker: "-", Depth: 1, Runs: []model.Run{{Text: "THEO " + words(40, "xyz")}}},
				&model.Paragraph{Marker: "-", Depth: 1, Runs: []model.Run{{Text: words(40, "xyz")}}},
			}
		},
		"table": func() []model.Block {
			rows := make([][]model.Cell, 12)
			for i := range rows {
				rows[i] = []model.Cell{cell(fmt.Sprint(i + 1)), cell("THEO " + words(8, "xyz"))}
			}
			return []model.Block{&model.Table{Head: [][]model.Cell{{cell("STT"), cell("ĐẦUBẢNG")}}, Rows: rows}}
		},
	}
	for _, sys := range []string{"hd36", "nd30"} {
		p, err := profile.Load(templates.FS, sys)
		if err != nil {
			t.Fatal(err)
		}
		m := meta()
		m.System = p.System
		for chain := 1; chain <= 3; chain++ {
			for name, follower := range followers {
				tried := map[int]bool{} // pages the first heading landed at the foot of
				for filler := 1; filler <= 120; filler++ {
					blocks := []model.Block{para(words(filler*6, "xyz"))}
					for level := 2; level < 2+chain; level++ {
						blocks = append(blocks, &model.Heading{Level: level, Runs: []model.Run{{Text: fmt.Sprintf("ĐỀMỤC%d tiêu đề", level)}}})
					}
					blocks = append(blocks, follower()...)
					f, _ := form.Apply(&model.Document{Meta: m, Blocks: blocks, Source: "thu.md"}, p)
					d, err := Layout(f, fixed{}, Options{})
					if err != nil {
						t.Fatal(err)
					}
					checkKept(t, fmt.Sprintf("%s, %d headings, %s, filler %d", sys, chain, name, filler), d, name)
					tried[len(d.Pages)] = true
				}
				if len(tried) < 2 {
					t.Errorf("%s %d %s: the sweep never moved the chain across a page", sys, chain, name)
				}
			}
		}
	}
}

// checkKept looks at the body lines of each page (text items below the top margin, not
// the page number): a page whose last line is a heading fails, and so does a page where
// the follower's first lines are not with the headings.
func checkKept(t *testing.T, what string, d *Document, follower string) {
	t.Helper()
	for pi, pg := range d.Pages {
		var lines []string // one entry a baseline: the text of its items
		lastY := -1.0
		for _, it := range pg.Items {
			if it.Kind != TextItem || it.Y < 60 {
				continue
			}
			if it.Y != lastY {
				lines = append(lines, "")
				lastY = it.Y
			}
			lines[len(lines)-1] += it.Text
		}
		for i, l := range lines {
			if !strings.Contains(l, "ĐỀMỤC") {
				continue
			}
			rest := lines[i+1:]
			for len(rest) > 0 && strings.Contains(rest[0], "ĐỀMỤC") {
				rest = rest[1:]
			}
			need := 2
			if follower == "table" {
				need = 2 // the header row and the first body row
			}
			if len(rest) < need {
				t.Errorf("%s: page %d ends with heading %q followed by %d lines", what, pi+1, l, len(rest))
			}
			return
		}
	}
}

// TestBalancedCentredLines: a centred text that would leave a lone word on its last line
// is broken into lines of about equal length, still centred on the full width.
func TestBalancedCentredLines(t *testing.T) {
	e := &engine{m: fixed{}, missing: map[rune]bool{}, doc: &form.Document{}}
	st := form.Style{Size: 10}
	// 21 words of 3 characters (15 pt) with 2.5 pt spaces: 20 fit in 350 pt, 1 is left.
	s := words(21, "xyz")
	greedy := e.breakLines(e.words(text(s), st), 350, 350, st.Size)
	if len(greedy) != 2 || len(greedy[1]) != 1 {
		t.Fatalf("the case needs a greedy break with a lone last word, got %d lines", len(greedy))
	}
	lines := e.para(text(s), st, 0, 350, 0, 12, form.Center)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	w0, w1 := lines[0].items[0].W, lines[1].items[0].W
	if w0-w1 > 17.5+0.01 {
		t.Errorf("lines of %.1f and %.1f pt: not balanced", w0, w1)
	}
	for i, l := range lines {
		it := l.items[0]
		if mid := it.X + it.W/2; mid < 174.9 || mid > 175.1 {
			t.Errorf("line %d centred on %.2f, want 175", i, mid)
		}
	}
}

// TestTypedLineBreak: a line break the writer typed ends the line there, and that line
// is not stretched; the text goes on on the next line.
func TestTypedLineBreak(t *testing.T) {
	e := &engine{m: fixed{}, missing: map[rune]bool{}, doc: &form.Document{}}
	st := form.Style{Size: 10}
	lines := e.para([]form.Run{{Text: "Có = 1;\nKhông = 0 " + words(40, "xyz")}}, st, 0, 300, 0, 12, form.Justify)
	if len(lines) < 3 {
		t.Fatalf("%d lines", len(lines))
	}
	first := lines[0].items[0]
	if first.Text != "Có = 1;" || first.WordSpacing != 0 {
		t.Errorf("first line %q spaced %.2f, want “Có = 1;” unstretched", first.Text, first.WordSpacing)
	}
	if second := lines[1].items[0]; !strings.HasPrefix(second.Text, "Không = 0") || second.X != 0 {
		t.Errorf("second line %q at %.2f", second.Text, second.X)
	}
}

// TestPageBreak: what follows a page break starts a new page; a break at the top of a
// page adds no empty page.
func TestPageBreak(t *testing.T) {
	d := lay(t, para("TRUOC"), &model.PageBreak{}, &model.PageBreak{}, para("SAU"))
	page := map[string]int{}
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			if it.Kind == TextItem && (it.Text == "TRUOC" || it.Text == "SAU") {
				page[it.Text] = i + 1
			}
		}
	}
	if page["TRUOC"] != 1 || page["SAU"] != 2 {
		t.Errorf("pages %v, want TRUOC on 1 and SAU on 2", page)
	}
}

// TestOneLineFieldWraps: a field meant to stand on its typed lines (the issuing body) that
// is wider than its column is told as a warning naming the field; typed lines are not.
func TestOneLineFieldWraps(t *testing.T) {
	for _, c := range []struct {
		body string
		warn bool
	}{
		{"TỈNH ỦY THANH HÓA", false},
		{"BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC TỈNH THANH HÓA", true},
		{"BAN CHỈ ĐẠO PHÒNG,\nCHỐNG THAM NHŨNG", false},
	} {
		m := meta()
		m.Body = c.body
		d, err := Layout(formed(t, &model.Document{Meta: m, Source: "thu.md"}), fixed{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, w := range d.Warnings {
			got = got || strings.Contains(w.Message, "(co_quan)")
		}
		if got != c.warn {
			t.Errorf("%q: warnings %v", c.body, d.Warnings)
		}
	}
}
