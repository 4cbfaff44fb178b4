package data

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"vanban/internal/model"
	"vanban/internal/yamlfile"
)

// The example plans shipped in data/ must load without a single diagnostic: they are what
// office staff copy from, and what `vanban` renders out of the box.
const (
	seedPlanFile  = "../../data/ke-hoach-81-kl-tw.yaml"
	statePlanFile = "../../data/ke-hoach-ubnd-chuyen-doi-so-2026.yaml"
	seedTextFile  = "testdata/seed-ke-hoach-81-kl-tw.txt" // copy of shared/seed, as issued
)

func loadFile(t *testing.T, path string) *Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(path, src)
	if err != nil {
		t.Fatalf("Load(%s):\n%v", path, err)
	}
	return p
}

func TestLoadExamples(t *testing.T) {
	files, err := filepath.Glob("../../data/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{seedPlanFile, statePlanFile} {
		if !slices.Contains(files, want) {
			t.Errorf("example %s is missing", want)
		}
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(src), "# yaml-language-server: $schema=../schema/") {
				t.Errorf("first line should point editors at the schema: %q", strings.SplitN(string(src), "\n", 2)[0])
			}
			loadFile(t, f)
		})
	}
}

// taskIDs lists the ids of every task in document order, the order of the task table.
func taskIDs(p *Document) []string {
	var ids []string
	var blocks func([]Block)
	blocks = func(bs []Block) {
		for _, b := range bs {
			for _, t := range b.Tasks {
				ids = append(ids, t.ID)
			}
			blocks(b.Sub)
		}
	}
	var items func([]Item)
	items = func(its []Item) {
		for _, it := range its {
			for _, t := range it.Tasks {
				ids = append(ids, t.ID)
			}
			blocks(it.Content)
			items(it.Points)
		}
	}
	for _, s := range p.Sections {
		blocks(s.Content)
		items(s.Items)
	}
	return ids
}

func TestSeedPlanData(t *testing.T) {
	p := loadFile(t, seedPlanFile)
	m := p.Meta
	want := model.Meta{
		System: model.Party, Kind: "ke_hoach", Body: "TỈNH ỦY THANH HÓA", Symbol: "KH/TU",
		Place: "Thanh Hóa", Number: "", Date: "", // left blank for the clerk
		Signer:  model.Signer{Authority: model.TextLines{"T/M BAN THƯỜNG VỤ"}, Position: "PHÓ BÍ THƯ", Name: "Trịnh Tuấn Sinh"},
		Archive: model.Archive{Place: "Văn phòng Tỉnh ủy"},
	}
	got := m
	got.Subject, got.Recipients, got.Bases = "", nil, nil
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("meta:\n got %+v\nwant %+v", got, want)
	}
	if len(m.Bases) != 0 {
		t.Errorf("the seed has no căn cứ, got %q", m.Bases)
	}
	ids := taskIDs(p)
	wantIDs := []string{
		"II.1.a", "II.1.b", "II.1.c",
		"II.2.a", "II.2.b", "II.2.c",
		"II.3.a", "II.3.b", "II.3.c", "II.3.d",
		"II.4.a", "II.4.b", "II.4.c", "II.4.d", "II.4.e",
		"III.1", "III.2", "III.3",
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("task ids:\n got %q\nwant %q", ids, wantIDs)
	}
	var titles []string
	for _, s := range p.Sections {
		titles = append(titles, s.Title)
	}
	if want := []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"}; !slices.Equal(titles, want) {
		t.Errorf("sections %q, want %q", titles, want)
	}
	for _, it := range p.Sections[1].Items {
		if it.Title == "" || it.Text != "" {
			t.Errorf("every item of II has a title (tieu_de), got %+v", it)
		}
	}
}

func TestStatePlanData(t *testing.T) {
	p := loadFile(t, statePlanFile)
	if p.System != model.State || p.Body != "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA" || p.Symbol != "KH-UBND" ||
		p.Number != "" || p.Date != "2026-01" || p.Archive.Place != "VT, KGVX" {
		t.Errorf("meta: %+v", p.Meta)
	}
	if p.Signer.Authority.String() != "KT. CHỦ TỊCH" || p.Signer.Position != "PHÓ CHỦ TỊCH" {
		t.Errorf("signer: %+v", p.Signer)
	}
	if n := len(p.Bases); n < 3 || n > 4 {
		t.Errorf("want 3 or 4 căn cứ, got %d", n)
	}
	for _, b := range p.Bases {
		if !strings.HasPrefix(b, "Căn cứ ") || strings.HasSuffix(b, ";") || strings.HasSuffix(b, ".") {
			t.Errorf("căn cứ %q: starts with “Căn cứ ”, no final punctuation (the renderer adds it)", b)
		}
	}
	for _, r := range p.Recipients {
		if strings.HasSuffix(r.Name, ";") || strings.HasSuffix(r.Name, ".") || strings.HasSuffix(r.Name, ",") {
			t.Errorf("recipient %q: no final punctuation (the renderer adds it)", r.Name)
		}
	}
	ids := taskIDs(p)
	if len(ids) < 12 {
		t.Errorf("want 12+ tasks so that the task table crosses a page, got %d", len(ids))
	}
	var tables []string
	for _, s := range p.Sections {
		if s.TaskTable {
			tables = append(tables, s.Title)
		}
	}
	if !slices.Equal(tables, []string{"PHÂN CÔNG NHIỆM VỤ"}) {
		t.Errorf("bang_nhiem_vu on %q, want only on PHÂN CÔNG NHIỆM VỤ", tables)
	}
}

// TestSeedPlanText rebuilds the text of the seed from the data, the way the templates
// print it (numbers, bullets, recipient punctuation), and compares it paragraph by paragraph
// with the seed as issued: the data must hold the seed word for word.
func TestSeedPlanText(t *testing.T) {
	p := loadFile(t, seedPlanFile)
	raw, err := os.ReadFile(seedTextFile)
	if err != nil {
		t.Fatal(err)
	}
	want := seedParagraphs(string(raw))
	got := planText(p)
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("paragraph %d differs:\n got %q\nwant %q", i+1, g, w)
		}
	}
}

// seedParagraphs splits the seed text into its paragraphs: blank lines dropped, the bold
// marks of the text export removed, and the pieces of a sentence split by a page break of
// the original (a line that starts with a lower-case letter after the body has begun)
// joined with one space.
func seedParagraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "**", ""))
		if line == "" {
			continue
		}
		r := []rune(line)[0]
		if len(out) > 2 && strings.ToLower(string(r)) == string(r) && r >= 'a' {
			out[len(out)-1] += " " + line
			continue
		}
		out = append(out, line)
	}
	return out
}

// planText prints a Party plan body and closing block as the seed shows them.
func planText(p *Document) []string {
	roman := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
	letters := []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"}
	var out []string
	add := func(s string) { out = append(out, s) }
	var blocks func([]Block)
	blocks = func(bs []Block) {
		for _, b := range bs {
			if b.Paragraph != "" {
				add(b.Paragraph)
			} else {
				add("- " + b.Bullet)
			}
			for _, s := range b.Sub {
				add("+ " + s.Bullet)
			}
		}
	}
	var items func(its []Item, label func(int) string)
	items = func(its []Item, label func(int) string) {
		for i, it := range its {
			if it.Title != "" {
				add(label(i) + " " + it.Title)
			} else {
				add(label(i) + " " + it.Text)
			}
			blocks(it.Content)
			items(it.Points, func(i int) string { return letters[i] + ")" })
		}
	}
	add("KẾ HOẠCH")
	add(p.Subject)
	for _, o := range p.Opening {
		add(o)
	}
	for i, s := range p.Sections {
		add(roman[i] + ". " + s.Title)
		blocks(s.Content)
		items(s.Items, func(i int) string { return fmt.Sprint(i+1) + "." })
	}
	add("Nơi nhận:")
	for _, r := range p.Recipients {
		line := "- " + r.Text()
		if !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, ";") && !strings.HasSuffix(line, ".") {
			line += ","
		}
		add(line)
	}
	add("- Lưu " + p.Archive.Place + ".")
	add(p.Signer.Authority.String())
	add(p.Signer.Position)
	add(p.Signer.Name)
	return out
}

// Unknown-field diagnostics send users to docs/du-lieu.md: it must explain every key.
func TestDocsListEveryField(t *testing.T) {
	doc, err := os.ReadFile("../../docs/du-lieu.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range yamlfile.AllKeys(reflect.TypeOf(Document{})) {
		if !strings.Contains(string(doc), "`"+name) {
			t.Errorf("docs/du-lieu.md does not describe “%s”", name)
		}
	}
}
