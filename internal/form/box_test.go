package form

import (
	"strings"
	"testing"

	"vanban/internal/model"
)

// TestBoxLineSize: a line of a framed box takes the size typed before it within the
// profile's bounds, its line distance growing with it; the body's size when none is typed;
// a size beyond the bounds is an error at the line, printed at the nearest bound.
func TestBoxLineSize(t *testing.T) {
	p := load(t, "nd30")
	body := p.Body.Style.Size
	for _, c := range []struct {
		size, want float64
		err        string
	}{
		{0, body, ""},
		{18, 18, ""},
		{40, p.Box.MaxSize, "cỡ chữ 40 của dòng trong khung nằm ngoài khoảng thể thức cho phép"},
		{6.5, p.Box.MinSize, "cỡ chữ 6,5 của dòng trong khung"},
	} {
		line := &model.BoxLine{Runs: []model.Run{{Text: "HỘI NGHỊ"}}, Size: c.size, Bold: true, Pos: model.Pos{Line: 12, Col: 1}}
		doc := &model.Document{Meta: model.Meta{Kind: "huong_dan", Body: "SỞ NỘI VỤ", Place: "Thanh Hóa"},
			Blocks: []model.Block{&model.Box{Frame: true, Blocks: []model.Block{line}}}, Source: "hd.md"}
		f, ds := Apply(doc, p)
		b := f.Body[0].(*Box)
		l := b.Blocks[0].(*Paragraph)
		if l.Style.Size != c.want || !l.Style.Bold || l.Align != Center || l.Leading != p.Body.LeadingPT*c.want/body {
			t.Errorf("size %v: %s %s leading %.2f, want %v bold centred", c.size, l.Style, alignNames[l.Align], l.Leading, c.want)
		}
		if !b.Frame || b.RuleWidth != p.Box.RuleWidthPT || b.Padding != p.Box.PaddingPT {
			t.Errorf("frame %+v", b)
		}
		switch {
		case c.err == "" && len(ds) > 0:
			t.Errorf("size %v: %v", c.size, ds)
		case c.err != "" && (len(ds) != 1 || !strings.Contains(ds[0].Message, c.err) || ds[0].Line != 12):
			t.Errorf("size %v: diagnostics %v, want one at line 12 saying %q", c.size, ds, c.err)
		}
	}
}
