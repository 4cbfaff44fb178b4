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

// closingOf lays out a State document with the given signer and Lưu line and returns the
// items of its one page.
func closingOf(t *testing.T, s model.Signer, a model.Archive) []Item {
	t.Helper()
	p, err := profile.Load(templates.FS, "nd30")
	if err != nil {
		t.Fatal(err)
	}
	m := meta()
	m.System, m.Symbol, m.Signer, m.Archive = model.State, "KH-UBND", s, a
	f, ds := form.Apply(&model.Document{Meta: m, Blocks: []model.Block{para("Nội dung.")}, Source: "thu.md"}, p)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	d, err := Layout(f, fixed{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 1 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	return d.Pages[0].Items
}

// itemOf finds the text item that is text, or ends with it.
func itemOf(items []Item, text string) (Item, bool) {
	for _, it := range items {
		if it.Kind == TextItem && strings.HasSuffix(it.Text, text) && (it.Text == text || it.Text[len(it.Text)-len(text)-1] == ' ') {
			return it, true
		}
	}
	return Item{}, false
}

// Each line of a signer chain is printed whole, one under the other, never broken as
// "KT. CHỦ / TỊCH".
func TestSignerChainLines(t *testing.T) {
	for _, chain := range []model.TextLines{
		{"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"},
		{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"},
	} {
		pos := "PHÓ CHÁNH VĂN PHÒNG"
		if chain[0] == "TM. ỦY BAN NHÂN DÂN" {
			pos = "PHÓ CHỦ TỊCH"
		}
		items := closingOf(t, model.Signer{Authority: chain, Position: pos, Name: "Ngô Thị Hạnh"}, model.Archive{Place: "VT, NC"})
		y := 0.0
		for _, l := range append(chain, pos) {
			it, ok := itemOf(items, l)
			if !ok {
				t.Fatalf("%q is not one line of the signature", l)
			}
			if it.Y <= y {
				t.Errorf("%q at y %.1f, not under the line before (%.1f)", l, it.Y, y)
			}
			y = it.Y
		}
	}
}

// The drafter and copies follow the Lưu line's final mark on its baseline, in the
// profile's smaller size.
func TestDrafterAfterArchiveLine(t *testing.T) {
	items := closingOf(t, model.Signer{Authority: model.TextLines{"KT. CHỦ TỊCH"}, Position: "PHÓ CHỦ TỊCH", Name: "A"},
		model.Archive{Place: "VT, NC", Drafter: "Châu", Copies: 2})
	luu, ok := itemOf(items, "Lưu: VT, NC.")
	if !ok {
		t.Fatalf("no Lưu line in %v", items)
	}
	d, ok := itemOf(items, "Châu(02)")
	if !ok {
		t.Fatal("no drafter")
	}
	if d.Size != 8 || d.Y != luu.Y || math.Abs(d.X-(luu.X+luu.W)) > 0.01 {
		t.Errorf("drafter %+v, Lưu line %+v: want size 8 right after it on its baseline", d, luu)
	}
}

// A drafter too long for the rest of the column goes under the Lưu line.
func TestDrafterOnItsOwnLine(t *testing.T) {
	long := "Nguyễn Thị Thanh Hương, Trần Văn Bình, Lê Thị Châu"
	items := closingOf(t, model.Signer{Position: "CHỦ TỊCH", Name: "A"}, model.Archive{Place: "VT, NC", Drafter: long})
	luu, _ := itemOf(items, "Lưu: VT, NC.")
	d, ok := itemOf(items, long)
	if !ok || d.Y <= luu.Y || d.X >= luu.X+luu.W {
		t.Errorf("drafter %+v, Lưu line %+v: want it on a line of its own under the Lưu line", d, luu)
	}
}
