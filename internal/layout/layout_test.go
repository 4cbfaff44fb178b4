package layout

import (
	"math"
	"strings"
	"testing"

	"vanban/internal/form"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/templates"
)

// fixed is a fake Measurer: every character is half the font size wide, a space a quarter,
// and the letters in lacks are missing from the font.
type fixed struct{ lacks string }

func (f fixed) Width(_ Font, size float64, s string) float64 {
	w := 0.0
	for _, r := range s {
		if r == ' ' {
			w += size / 4
		} else {
			w += size / 2
		}
	}
	return w
}
func (f fixed) Has(_ Font, r rune) bool             { return !strings.ContainsRune(f.lacks, r) }
func (f fixed) Ascent(_ Font, size float64) float64 { return size * 0.8 }
func (f fixed) Name() string                        { return "giả" }

func hd36(t *testing.T) *profile.Profile {
	t.Helper()
	p, err := profile.Load(templates.FS, "hd36")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func meta() model.Meta {
	return model.Meta{System: model.Party, Kind: "ke_hoach", Body: "TỈNH ỦY THANH HÓA", Symbol: "KH/TU",
		Place: "Thanh Hóa", TypeName: "KẾ HOẠCH", Subject: "về thử nghiệm",
		Signer:     model.Signer{Authority: model.TextLines{"T/M BAN THƯỜNG VỤ"}, Position: "BÍ THƯ", Name: "Nguyễn Văn A"},
		Recipients: []model.Recipient{{Name: "Như trên"}}, Archive: model.Archive{Place: "Văn phòng Tỉnh ủy"}}
}

func para(s string) *model.Paragraph {
	return &model.Paragraph{Runs: []model.Run{{Text: s}}, Pos: model.Pos{Line: 7}}
}

func words(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }

// formed gives a document the Party form, as the pipeline does before the layout.
func formed(t *testing.T, doc *model.Document) *form.Document {
	t.Helper()
	f, ds := form.Apply(doc, hd36(t))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	return f
}

func lay(t *testing.T, blocks ...model.Block) *Document {
	t.Helper()
	d, err := Layout(formed(t, &model.Document{Meta: meta(), Blocks: blocks, Source: "thu.md"}), fixed{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// lineItems returns the text items from the one starting with first to the one holding
// last, grouped by baseline: a paragraph's layout line by line.
func lineItems(d *Document, first, last string) [][]Item {
	var lines [][]Item
	in := false
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if it.Kind != TextItem {
				continue
			}
			if strings.HasPrefix(it.Text, first) {
				in = true
			}
			if !in {
				continue
			}
			if n := len(lines); n > 0 && math.Abs(lines[n-1][0].Y-it.Y) < 0.01 {
				lines[n-1] = append(lines[n-1], it)
			} else {
				lines = append(lines, []Item{it})
			}
			if strings.Contains(it.Text, last) {
				return lines
			}
		}
	}
	return lines
}

func TestParagraphLines(t *testing.T) {
	p := hd36(t)
	left, right := profile.MM(p.Page.LeftMM), profile.MM(p.Page.WidthMM-p.Page.RightMM)
	indent := profile.MM(p.Body.IndentMM)
	d := lay(t, para("xyzw "+words(120, "xyz")+" w\u00a0w\u00a0w"))
	lines := lineItems(d, "xyzw", "w\u00a0w")
	if len(lines) < 3 {
		t.Fatalf("%d lines, want several", len(lines))
	}
	var all []string
	for i, l := range lines {
		first, last := l[0], l[len(l)-1]
		x0 := left
		if i == 0 {
			x0 += indent
		}
		if math.Abs(first.X-x0) > 0.01 {
			t.Errorf("line %d starts at %.2f, want %.2f (first-line indent %v)", i, first.X, x0, i == 0)
		}
		end := last.X + last.W
		if i < len(lines)-1 && (math.Abs(end-right) > 0.01 || first.WordSpacing <= 0) {
			t.Errorf("line %d ends at %.2f (word spacing %.3f), want justified to %.2f", i, end, first.WordSpacing, right)
		}
		if i == len(lines)-1 && (end > right || first.WordSpacing != 0) {
			t.Errorf("last line ends at %.2f, word spacing %.3f; want its natural width", end, first.WordSpacing)
		}
		for _, it := range l {
			all = append(all, strings.Fields(it.Text)...)
		}
	}
	want := strings.Fields("xyzw " + words(120, "xyz") + " w\u00a0w\u00a0w")
	if strings.Join(all, " ") != strings.Join(want, " ") {
		t.Errorf("words changed by line breaking")
	}
	if last := lines[len(lines)-1]; !strings.Contains(last[len(last)-1].Text, "w\u00a0w\u00a0w") {
		t.Errorf("no-break spaces were broken: last line %q", last[len(last)-1].Text)
	}
}

// TestLongWordIsCut: a word wider than the line (a long URL) is cut between characters;
// no character is lost or reordered.
func TestLongWordIsCut(t *testing.T) {
	url := "https://" + strings.Repeat("vanban", 40) + ".gov.vn/tai-lieu"
	d := lay(t, para("Xem "+url))
	var got strings.Builder
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if it.Kind == TextItem && (strings.HasPrefix(it.Text, "Xem") || strings.Contains(it.Text, "vanban")) {
				got.WriteString(strings.TrimSpace(it.Text))
			}
		}
	}
	if g := got.String(); g != "Xem"+url {
		t.Errorf("cut URL reads %q, want %q", g, "Xem"+url)
	}
}

// TestMissingGlyph: the layout refuses a character the font lacks, naming it, its code
// point and the source line of its block.
func TestMissingGlyph(t *testing.T) {
	_, err := Layout(formed(t, &model.Document{Meta: meta(), Blocks: []model.Block{para("có chữ ☃ lạ")}, Source: "thu.md"}),
		fixed{lacks: "☃"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "thu.md:7:") || !strings.Contains(err.Error(), "U+2603") {
		t.Fatalf("error = %v, want thu.md:7 and U+2603", err)
	}
}

// TestPagination: long documents break across pages without orphans or widows, headings
// stay with what follows, and the closing block is whole on the last page with body text.
func TestPagination(t *testing.T) {
	var blocks []model.Block
	for i := 0; i < 30; i++ {
		blocks = append(blocks, &model.Heading{Level: 3, Runs: []model.Run{{Text: "Tiêu đề " + words(3, "xyz")}}})
		blocks = append(blocks, para(words(40+i*7, "xyz")))
	}
	d := lay(t, blocks...)
	if len(d.Pages) < 5 {
		t.Fatalf("%d pages, want many", len(d.Pages))
	}
	p := hd36(t)
	bottom := profile.MM(p.Page.HeightMM - p.Page.BottomMM)
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			if it.Kind == TextItem && it.Y > bottom {
				t.Errorf("page %d: %q below the bottom margin", i+1, it.Text)
			}
		}
		// The last text item of a page other than the last must not be a heading.
		if i < len(d.Pages)-1 {
			var lastText Item
			for _, it := range pg.Items {
				if it.Kind == TextItem {
					lastText = it
				}
			}
			if strings.HasPrefix(lastText.Text, "Tiêu đề") {
				t.Errorf("page %d ends with a heading", i+1)
			}
		}
	}
	last := d.Pages[len(d.Pages)-1]
	var sawBody, sawLabel, sawName bool
	for _, it := range last.Items {
		switch {
		case strings.HasPrefix(it.Text, "xyz"):
			sawBody = true
		case strings.HasPrefix(it.Text, "Nơi nhận"):
			sawLabel = true
		case it.Text == "Nguyễn Văn A":
			sawName = true
		}
	}
	if !sawBody || !sawLabel || !sawName {
		t.Errorf("last page: body %v, Nơi nhận %v, signer %v; want the closing block whole, with body text", sawBody, sawLabel, sawName)
	}
}

// TestTableRepeatsHeader: a table longer than a page repeats its header row on every page.
func TestTableRepeatsHeader(t *testing.T) {
	tb := &model.Table{Head: [][]model.Cell{{{Runs: []model.Run{{Text: "STT"}}}, {Runs: []model.Run{{Text: "Nhiệm vụ"}}}}}}
	for i := 0; i < 80; i++ {
		tb.Rows = append(tb.Rows, []model.Cell{{Runs: []model.Run{{Text: "1"}}}, {Runs: []model.Run{{Text: words(20, "xyz")}}}})
	}
	d := lay(t, tb)
	pagesWithRows := 0
	for _, pg := range d.Pages {
		hasRow, firstText := false, ""
		for _, it := range pg.Items {
			if it.Kind == TextItem && it.Y > profile.MM(20) && firstText == "" {
				firstText = it.Text
			}
			if strings.HasPrefix(it.Text, "xyz") {
				hasRow = true
			}
		}
		if hasRow {
			pagesWithRows++
			if firstText != "STT" && pagesWithRows > 1 {
				t.Errorf("a page of the table starts with %q, want the header row", firstText)
			}
		}
	}
	if pagesWithRows < 2 {
		t.Fatalf("table on %d page(s), want it to cross pages", pagesWithRows)
	}
}

func TestMaxPages(t *testing.T) {
	var blocks []model.Block
	for i := 0; i < 200; i++ {
		blocks = append(blocks, para(words(60, "xyz")))
	}
	_, err := Layout(formed(t, &model.Document{Meta: meta(), Blocks: blocks, Source: "dai.md"}), fixed{}, Options{MaxPages: 3})
	if err == nil || !strings.Contains(err.Error(), "quá 3 trang") {
		t.Fatalf("error = %v, want the page limit", err)
	}
}

// TestTallAndWideTables: a cell taller than a page is cut across pages, a table with more
// columns than fit keeps inside the text width, and no word is lost or drawn off the page.
func TestTallAndWideTables(t *testing.T) {
	p := hd36(t)
	left, right := profile.MM(p.Page.LeftMM), profile.MM(p.Page.WidthMM-p.Page.RightMM)
	bottom := profile.MM(p.Page.HeightMM - p.Page.BottomMM)
	cell := func(s string) model.Cell { return model.Cell{Runs: []model.Run{{Text: s}}} }
	tall := &model.Table{Head: [][]model.Cell{{cell("STT"), cell("Nội dung")}},
		Rows: [][]model.Cell{{cell("1"), cell(words(3000, "xyz"))}, {cell("2"), cell("ngắn")}}}
	var wideHead []model.Cell
	var wideRow []model.Cell
	for i := 0; i < 20; i++ {
		wideHead = append(wideHead, cell("Cột"))
		wideRow = append(wideRow, cell(strings.Repeat("w", 12)))
	}
	wide := &model.Table{Head: [][]model.Cell{wideHead}, Rows: [][]model.Cell{wideRow}}
	d := lay(t, tall, wide)
	if len(d.Pages) < 3 {
		t.Fatalf("%d pages, want the tall cell to run over several", len(d.Pages))
	}
	var xyz, wideCells int
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			if it.Kind != TextItem {
				continue
			}
			if it.Y > bottom+0.01 || it.X < left-0.01 || it.X+it.W > right+0.01 {
				t.Errorf("page %d: %q at %.1f,%.1f w %.1f is outside the text area", i+1, it.Text, it.X, it.Y, it.W)
			}
			xyz += strings.Count(it.Text, "xyz")
			wideCells += strings.Count(it.Text, "w")
		}
	}
	if xyz != 3000 {
		t.Errorf("%d of 3000 words of the tall cell drawn", xyz)
	}
	if wideCells != 240 {
		t.Errorf("%d of the wide cells' 240 letters drawn", wideCells)
	}
}
