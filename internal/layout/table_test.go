package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"vanban/internal/form"
	"vanban/internal/model"
	"vanban/internal/profile"
)

// tableEngine is an engine with a text area 400 pt wide from x = 100 and 600 pt tall.
func tableEngine() *engine {
	return &engine{m: fixed{}, doc: &form.Document{}, missing: map[rune]bool{},
		left: 100, right: 500, top: 50, bottom: 650}
}

// cells makes a row from texts: "<<" and "^^" are merged places, "2>" before a text spans
// two columns, "2v" two rows.
func cells(texts ...string) []form.Cell {
	out := make([]form.Cell, len(texts))
	for i, s := range texts {
		switch {
		case s == model.MarkLeft:
			out[i].Merged = form.MergedLeft
		case s == model.MarkUp:
			out[i].Merged = form.MergedUp
		default:
			if n, rest, ok := strings.Cut(s, ">"); ok && len(n) == 1 {
				fmt.Sscan(n, &out[i].ColSpan)
				s = rest
			}
			if n, rest, ok := strings.Cut(s, "v"); ok && len(n) == 1 {
				fmt.Sscan(n, &out[i].RowSpan)
				s = rest
			}
			out[i].Runs = []form.Run{{Text: s}}
		}
	}
	return out
}

func rows(style form.Style, rs ...[]form.Cell) []form.Row {
	out := make([]form.Row, len(rs))
	for i, r := range rs {
		out[i] = form.Row{Cells: r, Style: style}
	}
	return out
}

var (
	body = form.Style{Size: 10}
	head = form.Style{Size: 10, Bold: true}
)

// newTable is a table with 10 pt text, 12 pt lines, 2 pt padding and the given rows.
func newTable(head, body []form.Row, ncol int) *form.Table {
	aligns := make([]form.Align, ncol)
	for c := range aligns {
		aligns[c] = form.Left
	}
	for i := range head {
		head[i].Align, head[i].Middle = form.Center, true
	}
	return &form.Table{Head: head, Rows: body, Aligns: aligns, Leading: 12, Padding: 2, RuleWidth: 0.5}
}

// ruleAt tells whether a rule of the line is vertical at x and covers y, or horizontal at
// y and covers x.
func ruleAt(l line, vertical bool, x, y float64) bool {
	for _, it := range l.items {
		if it.Kind != RuleItem {
			continue
		}
		if vertical && it.W == 0 && math.Abs(it.X-x) < 0.01 && it.Y <= y && y <= it.Y+it.H {
			return true
		}
		if !vertical && it.H == 0 && math.Abs(it.Y-y) < 0.01 && it.X <= x && x <= it.X+it.W {
			return true
		}
	}
	return false
}

// textItem finds the text item s in l.
func textItem(t *testing.T, l line, s string) Item {
	t.Helper()
	for _, it := range l.items {
		if it.Kind == TextItem && it.Text == s {
			return it
		}
	}
	t.Fatalf("%q not in the line", s)
	return Item{}
}

// TestTableGrid: relative widths, cells spanning columns and rows, header rows, group
// rows, typed line breaks, each as the table's box lays them out.
func TestTableGrid(t *testing.T) {
	for _, c := range []struct {
		name  string
		table func() *form.Table
		check func(t *testing.T, b box)
	}{
		{"relative widths share the text width", func() *form.Table {
			tb := newTable(rows(head, cells("A", "B", "C")), rows(body, cells("1", "2", "3")), 3)
			tb.Widths = []float64{1, 2, 1}
			return tb
		}, func(t *testing.T, b box) {
			for _, x := range []float64{100, 200, 400, 500} {
				if !ruleAt(b.lines[1], true, x, 5) {
					t.Errorf("no column edge at x = %v", x)
				}
			}
		}},
		{"a cell spanning columns: centred across them, no edge through it", func() *form.Table {
			tb := newTable(rows(head, cells("STT", "Lâm", "<<"), cells("^^", "Điểm", "Hạng")), rows(body, cells("1", "2", "3")), 3)
			tb.Widths = []float64{2, 1, 1}
			return tb
		}, func(t *testing.T, b box) {
			if len(b.head) != 1 || len(b.lines) != 2 {
				t.Fatalf("head %d lines, box %d; want both header rows as one band, then the body row", len(b.head), len(b.lines))
			}
			hl := b.head[0]
			if ruleAt(hl, true, 400, 8) {
				t.Error("an edge crosses “Lâm” in the first header row")
			}
			if !ruleAt(hl, true, 400, 24) {
				t.Error("no edge between “Điểm” and “Hạng” in the second header row")
			}
			lam := textItem(t, hl, "Lâm")
			if mid := lam.X + lam.W/2; math.Abs(mid-400) > 0.5 {
				t.Errorf("“Lâm” centred at %.1f, want 400 (the middle of its two columns)", mid)
			}
			if ruleAt(hl, false, 150, 16) {
				t.Error("a border crosses “STT”, which spans both header rows")
			}
			if !ruleAt(hl, false, 450, 16) {
				t.Error("no border between the header rows under “Lâm”")
			}
			stt := textItem(t, hl, "STT")
			if want := 16 + 12*0.8 - 6; math.Abs(stt.Y-want) > 0.5 {
				t.Errorf("“STT” at y %.1f, want %.1f (centred on both rows)", stt.Y, want)
			}
		}},
		{"a cell spanning body rows ties them into one band", func() *form.Table {
			return newTable(rows(head, cells("A", "B")), rows(body, cells("2v1", "x"), cells("^^", "y"), cells("2", "z")), 2)
		}, func(t *testing.T, b box) {
			if len(b.lines) != 3 {
				t.Fatalf("%d lines, want the header, the band of rows 1–2, row 3", len(b.lines))
			}
			if h := b.lines[1].h; math.Abs(h-32) > 0.01 {
				t.Errorf("band %.2f tall, want two rows of 16", h)
			}
		}},
		{"a group row keeps with the row after it", func() *form.Table {
			tb := newTable(rows(head, cells("A", "B", "C")), rows(body, cells("I", "Cải cách", "<<"), cells("1", "x", "y"), cells("2", "z", "w")), 3)
			tb.Rows[0].KeepNext = true
			return tb
		}, func(t *testing.T, b box) {
			if len(b.lines) != 3 {
				t.Fatalf("%d lines, want the header, the group row with row 1, row 2", len(b.lines))
			}
			if ruleAt(b.lines[1], true, b.lines[1].items[0].X+200, 8) {
				t.Error("an edge crosses the group row's title")
			}
		}},
		{"a typed line break starts a new line in the cell", func() *form.Table {
			return newTable(rows(head, cells("A")), []form.Row{{Cells: []form.Cell{{Runs: []form.Run{{Text: "Có = 1;\nKhông = 0"}}}}, Style: body}}, 1)
		}, func(t *testing.T, b box) {
			if h := b.lines[1].h; math.Abs(h-28) > 0.01 {
				t.Errorf("row %.2f tall, want two lines of 12 and the padding", h)
			}
		}},
		{"a spanning cell widens the columns under it to hold its longest word", func() *form.Table {
			return newTable(rows(head, cells("Ủyyyyyyyyyyyyyyyyyyyyyyyyyy", "<<", "C")), rows(body, cells("1", "2", "3")), 3)
		}, func(t *testing.T, b box) {
			it := textItem(t, b.head[0], "Ủyyyyyyyyyyyyyyyyyyyyyyyyyy")
			edges := 0
			for _, r := range b.head[0].items {
				if r.Kind == RuleItem && r.W == 0 && r.X > it.X && r.X < it.X+it.W {
					edges++
				}
			}
			if edges > 0 {
				t.Errorf("%d column edges cross the spanning word", edges)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.check(t, tableEngine().table(c.table()))
		})
	}
}

// TestTableAcrossPages: a table of a two-row header and row groups (a cell spanning two
// rows, a group row) over many pages: both header rows open every page the table goes on
// to, a row group never ends a page apart, and every cell is drawn.
func TestTableAcrossPages(t *testing.T) {
	cell := func(s string) model.Cell { return model.Cell{Runs: []model.Run{{Text: s}}} }
	tb := &model.Table{
		Head: [][]model.Cell{
			{{Runs: []model.Run{{Text: "STT"}}, RowSpan: 2}, {Runs: []model.Run{{Text: "NỘIDUNG"}}, RowSpan: 2}, {Runs: []model.Run{{Text: "LÂMĐỒNG"}}, ColSpan: 2}, {Merged: model.MergedLeft}},
			{{Merged: model.MergedUp}, {Merged: model.MergedUp}, cell("ĐIỂMSỐ"), cell("THỨHẠNG")},
		},
		Aligns: []model.Align{model.AlignCenter, model.AlignLeft, model.AlignCenter, model.AlignCenter},
	}
	for i := range 200 {
		switch i % 3 {
		case 0:
			tb.Rows = append(tb.Rows, []model.Cell{cell(fmt.Sprint("G", i)), {Runs: []model.Run{{Text: fmt.Sprint("NHÓM", i)}}, ColSpan: 3}, {Merged: model.MergedLeft}, {Merged: model.MergedLeft}})
		case 1:
			tb.Rows = append(tb.Rows, []model.Cell{{Runs: []model.Run{{Text: fmt.Sprint("R", i)}}, RowSpan: 2}, cell(words(6, "xyz")), cell(fmt.Sprint("Đ", i)), cell("1/63")})
		case 2:
			tb.Rows = append(tb.Rows, []model.Cell{{Merged: model.MergedUp}, cell(words(3, "xyz")), cell(fmt.Sprint("Đ", i)), cell("2/63")})
		}
	}
	d := lay(t, tb)
	if len(d.Pages) < 5 {
		t.Fatalf("%d pages, want the table to cross several", len(d.Pages))
	}
	seen := map[string]int{}
	for i, pg := range d.Pages {
		var texts []string
		ys := map[string]float64{}
		for _, it := range pg.Items {
			if it.Kind == TextItem && it.Y > profile.MM(20) {
				texts = append(texts, it.Text)
				ys[it.Text] = it.Y
				seen[it.Text]++
			}
		}
		joined := strings.Join(texts, " ")
		if !strings.Contains(joined, "xyz") {
			continue
		}
		for _, h := range []string{"STT", "NỘIDUNG", "LÂMĐỒNG", "ĐIỂMSỐ", "THỨHẠNG"} {
			if !strings.Contains(joined, h) {
				t.Errorf("page %d: header cell %s missing", i+1, h)
			}
		}
		// A group title is on the page of the row after it; a row spanning two has its
		// second row with it.
		for k := 0; k < 200; k++ {
			if _, ok := ys[fmt.Sprint("NHÓM", k)]; ok && k+1 < 200 {
				if _, ok := ys[fmt.Sprint("R", k+1)]; !ok {
					t.Errorf("page %d: group row NHÓM%d without the row after it", i+1, k)
				}
			}
			if _, ok := ys[fmt.Sprint("Đ", k)]; ok && k%3 == 1 && k+1 < 200 {
				if _, ok := ys[fmt.Sprint("Đ", k+1)]; !ok {
					t.Errorf("page %d: row %d spans two rows, its second is on another page", i+1, k)
				}
			}
		}
	}
	for k := range 200 {
		name := fmt.Sprint("Đ", k)
		if k%3 == 0 {
			name = fmt.Sprint("NHÓM", k)
		}
		if seen[name] != 1 {
			t.Errorf("%s drawn %d times, want once", name, seen[name])
		}
	}
}
