package form

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"vanban/internal/golden"
	"vanban/internal/markdown"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/templates"
)

func TestPunctuate(t *testing.T) {
	for _, c := range []struct{ in, end, want string }{
		{"Sở Nội vụ", ";", "Sở Nội vụ;"},
		{"Sở Nội vụ;", ",", "Sở Nội vụ;"},
		{"Lưu: VT, NC.", ".", "Lưu: VT, NC."},
		{"Ban Bí thư (b/c) ", ",", "Ban Bí thư (b/c),"},
		{"", ".", ""},
	} {
		if got := punctuate(c.in, c.end); got != c.want {
			t.Errorf("punctuate(%q, %q) = %q, want %q", c.in, c.end, got, c.want)
		}
	}
}

func TestKeepBlanks(t *testing.T) {
	got := keepBlanks("Số      -KH/TU a b")
	if got != "Số"+strings.Repeat("\u00a0", 6)+"-KH/TU a b" || !utf8.ValidString(got) {
		t.Errorf("keepBlanks = %q", got)
	}
}

// TestGolden: the form of real documents of both systems, every decision resolved, as
// dumped by Document.Dump (testdata/*.golden).
func TestGolden(t *testing.T) {
	for _, c := range []struct{ name, md string }{
		{"ke-hoach-81-kl-tw", "ke-hoach-81-kl-tw.golden.md"},
		{"cong-van-nha-nuoc", "cong-van-nha-nuoc-dich-vu-cong-truc-tuyen.golden.md"},
		{"cong-van-dang", "cong-van-dang-danh-gia-xep-loai-2025.golden.md"},
		{"quyet-dinh-nha-nuoc", "quyet-dinh-nha-nuoc-to-cong-tac-chuyen-doi-so.golden.md"},
		{"phu-luc", "phu-luc.md"},
		{"bieu-do", "bieu-do.md"},
		{"khung", "khung.md"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("../pipeline/testdata", c.md))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := markdown.Parse(c.md, src)
			if err != nil {
				t.Fatal(err)
			}
			f, ds := Apply(doc, load(t, profile.For(doc.Meta.System)))
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			var got bytes.Buffer
			if err := f.Dump(&got); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", c.name+".golden"), got.Bytes())
		})
	}
}

func load(t *testing.T, name string) *profile.Profile {
	t.Helper()
	p, err := profile.Load(templates.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRules: the decisions of the official form, one case each, in both systems.
func TestRules(t *testing.T) {
	party, state := load(t, "hd36"), load(t, "nd30")
	base := model.Meta{Kind: "ke_hoach", Body: "Tỉnh ủy Thanh Hóa", Symbol: "KH/TU", Place: "Thanh Hóa",
		Signer: model.Signer{Authority: model.TextLines{"t/m ban thường vụ"}, Position: "phó bí thư", Name: "Lại Thế Nguyên"}}
	for _, c := range []struct {
		name string
		p    *profile.Profile
		edit func(m *model.Meta)
		get  func(d *Document) string
		want string
	}{
		{"leading zero", party, func(m *model.Meta) { m.Number = "7" }, func(d *Document) string { return d.Header.Number.Text }, "Số 07-KH/TU"},
		{"two digits as typed", party, func(m *model.Meta) { m.Number = "12" }, func(d *Document) string { return d.Header.Number.Text }, "Số 12-KH/TU"},
		{"blank number kept for the clerk", state, func(m *model.Meta) { m.Symbol = "KH-UBND" },
			func(d *Document) string { return d.Header.Number.Text }, "Số:" + strings.Repeat("\u00a0", 8) + "/KH-UBND"},
		{"issuing body in capitals", party, nil, func(d *Document) string { return d.Header.Left[0].Text }, "TỈNH ỦY THANH HÓA"},
		{"signer's authority in capitals", party, nil, func(d *Document) string { return d.Closing.Signature[0].Text }, "T/M BAN THƯỜNG VỤ"},
		{"công văn trích yếu under the number, V/v added", state, func(m *model.Meta) { m.Kind = "cong_van"; m.Subject = "triển khai" },
			func(d *Document) string { return d.Header.Subject.Text }, "V/v triển khai"},
		{"công văn has no title block", state, func(m *model.Meta) { m.Kind = "cong_van"; m.Subject = "triển khai" },
			func(d *Document) string { return fmt.Sprint(d.Title == nil) }, "true"},
		{"recipients punctuated, Lưu last", party, func(m *model.Meta) {
			m.Recipients = []model.Recipient{{Name: "Ban Bí thư", Note: "b/c"}, {Name: "Các huyện ủy"}}
			m.Archive = model.Archive{Place: "Văn phòng Tỉnh ủy"}
		}, func(d *Document) string { return strings.Join(d.Closing.Lines, "|") }, "- Ban Bí thư (b/c),|- Các huyện ủy,|- Lưu Văn phòng Tỉnh ủy."},
		{"signer chain: one line an authority", state, func(m *model.Meta) {
			m.Signer.Authority = model.TextLines{"TM. ỦY BAN NHÂN DÂN", "kt. chủ tịch"}
			m.Signer.Position = "phó chủ tịch"
		}, signature, "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Lại Thế Nguyên"},
		{"signer chain typed with line breaks", state, func(m *model.Meta) {
			m.Signer.Authority = model.SplitLines("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG")
			m.Signer.Position = "PHÓ CHÁNH VĂN PHÒNG"
		}, signature, "TL. CHỦ TỊCH|KT. CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|Lại Thế Nguyên"},
		{"Lưu: typed by the clerk printed once", state, func(m *model.Meta) { m.Archive = model.Archive{Place: "Lưu: VT, NC"} },
			lastRecipient, "- Lưu: VT, NC."},
		{"Lưu typed by the clerk printed once, Party", party, func(m *model.Meta) { m.Archive = model.Archive{Place: "Lưu Văn phòng Tỉnh ủy"} },
			lastRecipient, "- Lưu Văn phòng Tỉnh ủy."},
		{"a place named Lưu trữ keeps its word", party, func(m *model.Meta) { m.Archive = model.Archive{Place: "Lưu trữ lịch sử tỉnh"} },
			lastRecipient, "- Lưu Lưu trữ lịch sử tỉnh."},
		{"Lưu line ends with the system's mark, drafter after it", state, func(m *model.Meta) {
			m.Archive = model.Archive{Place: "VT, NC", Drafter: "Châu", Copies: 2}
		}, func(d *Document) string {
			return lastRecipient(d) + "|" + d.Closing.Drafter + "|" + d.Closing.DrafterStyle.String()
		}, "- Lưu: VT, NC.|Châu(02)|8"},
		{"copies alone", party, func(m *model.Meta) { m.Archive = model.Archive{Place: "Văn phòng Tỉnh ủy", Copies: 300} },
			func(d *Document) string { return lastRecipient(d) + "|" + d.Closing.Drafter }, "- Lưu Văn phòng Tỉnh ủy.|(300)"},
		{"no drafter without a Lưu line", state, func(m *model.Meta) { m.Archive = model.Archive{Drafter: "Châu"} },
			func(d *Document) string { return fmt.Sprint(len(d.Closing.Lines), d.Closing.Drafter == "") }, "0 true"},
		{"căn cứ punctuated", state, func(m *model.Meta) { m.Bases = []string{"Căn cứ Luật A", "Căn cứ Luật B"} },
			func(d *Document) string {
				return model.DumpRuns(d.Body[0].(*Paragraph).Runs) + "|" + model.DumpRuns(d.Body[1].(*Paragraph).Runs)
			}, "Căn cứ Luật A;|Căn cứ Luật B."},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := base
			m.System = c.p.System
			if c.edit != nil {
				c.edit(&m)
			}
			d, ds := Apply(&model.Document{Meta: m}, c.p)
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			if got := c.get(d); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// signature is the signature block's lines, joined by "|".
func signature(d *Document) string {
	var s []string
	for _, l := range d.Closing.Signature {
		s = append(s, l.Text)
	}
	return strings.Join(s, "|")
}

// lastRecipient is the last line of Nơi nhận, the Lưu line.
func lastRecipient(d *Document) string {
	if len(d.Closing.Lines) == 0 {
		return ""
	}
	return d.Closing.Lines[len(d.Closing.Lines)-1]
}

// TestBulletMarkers: a bullet takes the profile's marker of its depth; numbers as typed.
func TestBulletMarkers(t *testing.T) {
	p := load(t, "hd36")
	doc := &model.Document{Meta: model.Meta{System: model.Party}, Blocks: []model.Block{
		&model.Paragraph{Marker: "-", Depth: 1, Runs: []model.Run{{Text: "một"}}},
		&model.Paragraph{Marker: "-", Depth: 2, Runs: []model.Run{{Text: "hai"}}},
		&model.Paragraph{Marker: "3.", Depth: 1, Runs: []model.Run{{Text: "ba"}}},
	}}
	d, _ := Apply(doc, p)
	var got []string
	for _, b := range d.Body {
		got = append(got, model.DumpRuns(b.(*Paragraph).Runs))
	}
	want := []string{p.Body.BulletMarkers[0] + " một", p.Body.BulletMarkers[1%len(p.Body.BulletMarkers)] + " hai", "3. ba"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBadDate: a date that cannot be read is a diagnostic; the form is complete anyway.
func TestBadDate(t *testing.T) {
	d, ds := Apply(&model.Document{Meta: model.Meta{System: model.Party, Date: "2024-02-31"}, Source: "x.md"}, load(t, "hd36"))
	if !ds.HasErrors() || d == nil || d.Header.Date.Text == "" {
		t.Fatalf("diags %v, form %v", ds, d)
	}
}
