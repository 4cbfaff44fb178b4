package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"vanban/internal/golden"
	"vanban/internal/pipeline"
)

const (
	seedData = "../../data/ke-hoach-81-kl-tw.yaml"
	small    = "testdata/nho.md"
	// boxes holds framed and kept-together boxes.
	boxes = "../pipeline/testdata/khung.md"
)

var (
	builderOnce sync.Once
	builder     *pipeline.Builder
	builderErr  error
)

// shared is one Builder for the tests, as a batch shares one.
func shared(t testing.TB) *pipeline.Builder {
	t.Helper()
	builderOnce.Do(func() { builder, builderErr = pipeline.New(pipeline.Options{}) })
	if builderErr != nil {
		t.Fatal(builderErr)
	}
	return builder
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// build makes the .docx of a file with the shared Builder.
func build(t testing.TB, path string) []byte {
	t.Helper()
	out, err := shared(t).DOCX(path, read(t, path))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// examples are the bundled data files, and the small document of the golden test.
func examples(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../data/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples in data/ (%v)", err)
	}
	return append(files, small, boxes)
}

// unzip returns the parts of a .docx by name, and their names in the zip's order.
func unzip(t testing.TB, docx []byte) (map[string][]byte, []string) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	var names []string
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
		names = append(names, f.Name)
	}
	return parts, names
}

// wellFormed reads every token of an XML part.
func wellFormed(t testing.TB, name string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s is not well-formed XML: %v", name, err)
			return
		}
	}
}

// attrs returns the values of attribute attr of every element named name (local names).
func attrs(t testing.TB, b []byte, name, attr string) []string {
	t.Helper()
	var out []string
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == name {
			for _, a := range se.Attr {
				if a.Name.Local == attr {
					out = append(out, a.Value)
				}
			}
		}
	}
}

// wantParts are the parts of every .docx, in the zip's order.
var wantParts = []string{
	"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
	"word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/footnotes.xml",
	"word/header1.xml", "word/header2.xml",
}

// checkPackage checks what Word needs to open a file without repair: the parts, each
// well-formed; relationships that resolve to parts with a content type; every style used
// defined; every footnote referenced once and every reference to a note; every run in the
// typeface.
func checkPackage(t *testing.T, name string, docx []byte) {
	parts, names := unzip(t, docx)
	if !slices.Equal(names, wantParts) {
		t.Errorf("%s: parts %v, want %v", name, names, wantParts)
	}
	for _, n := range names {
		wellFormed(t, name+": "+n, parts[n])
	}
	overrides := attrs(t, parts["[Content_Types].xml"], "Override", "PartName")
	for rels, dir := range map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word/"} {
		for _, target := range attrs(t, parts[rels], "Relationship", "Target") {
			if _, ok := parts[dir+target]; !ok {
				t.Errorf("%s: %s names %s, which is not in the package", name, rels, target)
			}
			if !slices.Contains(overrides, "/"+dir+target) {
				t.Errorf("%s: %s has no content type", name, dir+target)
			}
		}
	}
	ids := attrs(t, parts["word/_rels/document.xml.rels"], "Relationship", "Id")
	for _, id := range attrs(t, parts["word/document.xml"], "headerReference", "id") {
		if !slices.Contains(ids, id) {
			t.Errorf("%s: header %s has no relationship", name, id)
		}
	}
	defined := attrs(t, parts["word/styles.xml"], "style", "styleId")
	for _, part := range []string{"word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/header2.xml"} {
		for _, el := range []string{"pStyle", "rStyle"} {
			for _, s := range attrs(t, parts[part], el, "val") {
				if !slices.Contains(defined, s) {
					t.Errorf("%s: %s uses style %q, which styles.xml does not define", name, part, s)
				}
			}
		}
	}
	refs := attrs(t, parts["word/document.xml"], "footnoteReference", "id")
	notes := attrs(t, parts["word/footnotes.xml"], "footnote", "id")
	var own []string
	for _, id := range notes {
		if id != "-1" && id != "0" {
			own = append(own, id)
		}
	}
	if !slices.Equal(refs, own) {
		t.Errorf("%s: footnote references %v, notes %v: want each note referenced once, in order", name, refs, own)
	}
	for _, part := range []string{"word/document.xml", "word/footnotes.xml", "word/header1.xml"} {
		for _, r := range reRun.FindAllString(string(parts[part]), -1) {
			if (strings.Contains(r, "<w:t") || strings.Contains(r, "Ref")) && !strings.Contains(r, `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`) {
				t.Errorf("%s: %s has a run not in Times New Roman: %s", name, part, r)
			}
		}
	}
}

// reRun matches a run.
var reRun = regexp.MustCompile(`<w:r>.*?</w:r>`)

// TestEveryExample builds every example of data/ to .docx and checks the package.
func TestEveryExample(t *testing.T) {
	for _, f := range examples(t) {
		t.Run(filepath.Base(f), func(t *testing.T) { checkPackage(t, f, build(t, f)) })
	}
}

// TestDeterministic: the same input gives the same bytes, from two Builders.
func TestDeterministic(t *testing.T) {
	for _, f := range []string{seedData, small} {
		a := build(t, f)
		other, err := pipeline.New(pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := other.DOCX(f, read(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", f)
		}
	}
}

// pretty puts each paragraph, row, cell, table, section and style of a part on a line of
// its own, so that a golden file's diff reads.
func pretty(b []byte) []byte {
	re := regexp.MustCompile(`(<w:(?:p|tbl|tr|tc|sectPr|style|footnote|docDefaults)[ >/])`)
	return append(re.ReplaceAll(b, []byte("\n$1")), '\n')
}

// TestGolden holds the XML of two small documents: the small NĐ 30 plan (heading, runs,
// a footnote, a table with spanning header rows, a page break, a landscape appendix) and
// the Party công văn (Kính gửi, the trích yếu under the number).
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ in, out string }{
		{small, "testdata/nho.golden"},
		{"../../data/cong-van-dang-danh-gia-xep-loai-2025.yaml", "testdata/cong-van-dang.golden"},
	} {
		parts, _ := unzip(t, build(t, tc.in))
		var all []byte
		for _, p := range []string{"word/document.xml", "word/footnotes.xml", "word/styles.xml", "word/header1.xml"} {
			all = append(all, "=== "+p+"\n"...)
			all = append(all, pretty(parts[p])...)
		}
		golden.Check(t, tc.out, all)
	}
}

// TestForm checks what the profile asks of the page in the XML itself: A4 and the
// margins in twips, page numbers from page 2 (a first page without one), the appendix in
// landscape numbered from 1, repeated header rows, merged cells, the page break.
func TestForm(t *testing.T) {
	parts, _ := unzip(t, build(t, small))
	doc := string(parts["word/document.xml"])
	for _, want := range []string{
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"`,
		`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`,
		`<w:pgNumType w:start="1"/><w:titlePg/>`,
		`<w:headerReference w:type="first" r:id="rId5"/>`,
		`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`,
		`<w:gridSpan w:val="2"/>`,
		`<w:vMerge w:val="restart"/>`,
		`<w:vMerge w:val="continue"/>`,
		`<w:pageBreakBefore/>`,
		`<w:footnoteReference w:id="1"/>`,
		`<w:jc w:val="both"/>`,
		`<w:b/>`, `<w:i/>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if n := strings.Count(doc, "<w:sectPr>"); n != 2 {
		t.Errorf("%d sections, want 2 (the plan, its appendix)", n)
	}
	if !strings.Contains(string(parts["word/header1.xml"]), `<w:fldSimple w:instr=" PAGE ">`) {
		t.Error("the header has no PAGE field")
	}
	styles := string(parts["word/styles.xml"])
	if strings.Contains(styles, "w:pBdr") {
		t.Error("a style draws a rule: every paragraph of it would (the spaces of the rules' style among them)")
	}
	for _, name := range []string{"Văn bản - Thân", "Văn bản - Đề mục 2", "Văn bản - Chú thích", "Văn bản - Bảng"} {
		if !strings.Contains(styles, `<w:name w:val="`+name+`"/>`) {
			t.Errorf("styles.xml has no style %q", name)
		}
	}
}

// TestOptions: another typeface is named in every run; the time given is the file's
// time, and none is written without one.
func TestOptions(t *testing.T) {
	b, err := pipeline.New(pipeline.Options{WordFont: "Cambria", Time: time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	out, err := b.DOCX(small, read(t, small))
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, out)
	if strings.Contains(string(parts["word/document.xml"]), "Times New Roman") || !strings.Contains(string(parts["word/document.xml"]), `w:ascii="Cambria"`) {
		t.Error("the typeface chosen is not the one named")
	}
	core := string(parts["docProps/core.xml"])
	for _, want := range []string{"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-15T08:00:00Z</dcterms:modified>", "<dc:title>KẾ HOẠCH Cải cách hành chính năm 2026</dc:title>"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
	parts, _ = unzip(t, build(t, small))
	if strings.Contains(string(parts["docProps/core.xml"]), "dcterms:modified") {
		t.Error("a time is written though none was given")
	}
}
