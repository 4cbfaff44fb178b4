package pdftest

import (
	"math"
	"testing"

	"github.com/signintech/gopdf"
)

func TestText(t *testing.T) {
	tests := []struct {
		name string
		draw func(d *doc)
		want string
	}{
		{
			name: "sample document",
			want: sentence + "\n" + justified + "\n" +
				"Điều 1. Phạm vi điều chỉnh\nCăn cứ Luật\n" +
				"\f" + "trang hai\ndòng dưới\n",
		},
		{
			name: "runs glued without a gap stay one word",
			draw: func(d *doc) {
				d.font("", 12)
				end := d.text(60, 100, "Điều")
				d.font("B", 12)
				d.text(end, 100, "1.")
			},
			want: "Điều1.\n",
		},
		{
			name: "far apart pieces on one baseline get one space",
			draw: func(d *doc) {
				d.font("B", 12)
				d.text(300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				d.text(60, 60, "TỈNH ỦY")
			},
			want: "TỈNH ỦY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
		},
		{
			name: "baselines 0.4pt apart join, 3pt apart do not",
			draw: func(d *doc) {
				d.font("", 12)
				end := d.text(60, 100, "a")
				d.text(end+10, 100.4, "b")
				d.text(60, 103, "c")
			},
			want: "a b\nc\n",
		},
		{
			name: "multiple spaces collapse",
			draw: func(d *doc) {
				d.font("", 12)
				d.text(60, 100, "  hai   khoảng  ")
			},
			want: "hai khoảng\n",
		},
		{
			name: "centered and right aligned cells",
			draw: func(d *doc) {
				d.font("", 14)
				d.cell(50, 50, 400, 20, "Độc lập - Tự do - Hạnh phúc", gopdf.Center)
				d.cell(50, 80, 400, 20, "Hà Nội, ngày 01 tháng 01 năm 2025", gopdf.Right)
			},
			want: "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 01 năm 2025\n",
		},
		{
			name: "empty page",
			draw: func(d *doc) {},
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var pdf []byte
			if tc.draw == nil {
				pdf = sampleDoc(t)
			} else {
				d := newDoc(t)
				tc.draw(d)
				pdf = d.bytes()
			}
			got, err := Text(pdf)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Text() = %q\nwant     %q\n%s", got, tc.want, Diff(Words(tc.want), Words(got)))
			}
		})
	}
}

func TestTextErrors(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not a pdf"), []byte("%PDF-1.4\n%%EOF")} {
		if _, err := Text(in); err == nil {
			t.Errorf("Text(%q): want error", in)
		}
		if _, err := Pages(in); err == nil {
			t.Errorf("Pages(%q): want error", in)
		}
	}
}

func TestPagesPositions(t *testing.T) {
	d := newDoc(t)
	d.font("", 13)
	d.text(70, 100, sentence)
	wSentence := d.width("Ban")
	d.font("B", 16)
	d.text(123.45, 300.5, "QUYẾT ĐỊNH")
	d.font("", 13)
	end := d.text(70, 400, "Điều 1.")
	d.font("B", 13)
	bold := end + d.width(" ")
	d.text(bold, 400, "Phạm vi")
	d.font("", 13)
	d.cell(70, 500, 300, 20, justified, gopdf.Justify)
	d.page()
	d.font("", 11)
	d.text(50, 80, "trang hai")
	pages, err := Pages(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("got %d pages, want 2", len(pages))
	}
	for i, p := range pages {
		if p.Number != i+1 || p.Width != 595 || p.Height != 842 {
			t.Errorf("page %d: Number=%d size %gx%g, want %d 595x842", i, p.Number, p.Width, p.Height, i+1)
		}
	}
	// Liberation Serif's sTypoAscender is 1420/2048 em: gopdf puts a
	// top-aligned cell's baseline that far below the top of the cell.
	cellBaseline := 500 + 13*1420.0/2048
	tests := []struct {
		page       int
		word       string
		x, y, size float64
		w          float64 // 0: not checked
		bold       bool
	}{
		{1, "Ban", 70, 100, 13, wSentence, false},
		{1, "QUYẾT", 123.45, 300.5, 16, 0, true},
		{1, "Điều", 70, 400, 13, 0, false},
		{1, "1.", 0, 400, 13, 0, false},
		{1, "Phạm", bold, 400, 13, 0, true},
		{1, "một", 70, cellBaseline, 13, 0, false},
		{2, "trang", 50, 80, 11, 0, false},
	}
	for _, tc := range tests {
		w, ok := Find(pages[tc.page-1], tc.word)
		if !ok {
			t.Errorf("page %d: %q not found in %v", tc.page, tc.word, pages[tc.page-1].Words)
			continue
		}
		if tc.x != 0 && !near(w.X, tc.x) || !near(w.Y, tc.y) {
			t.Errorf("%q at (%.2f, %.2f), want (%.2f, %.2f)", tc.word, w.X, w.Y, tc.x, tc.y)
		}
		if w.Size != tc.size || w.Font != "serif" || w.Bold != tc.bold || w.Italic {
			t.Errorf("%q: size %g font %q bold %v italic %v, want %g serif bold %v", tc.word, w.Size, w.Font, w.Bold, w.Italic, tc.size, tc.bold)
		}
		if tc.w != 0 && !near(w.W, tc.w) {
			t.Errorf("%q: width %.2f, want %.2f", tc.word, w.W, tc.w)
		}
	}
	// The justified cell's words spread over the full 300pt cell width.
	first, _ := Find(pages[0], "một")
	last, _ := Find(pages[0], "bốn")
	if !near(last.X+last.W, 370) || !near(last.Y, first.Y) {
		t.Errorf("justified line ends at (%.2f, %.2f), want (370, %.2f)", last.X+last.W, last.Y, first.Y)
	}
}

func TestPagesWordsPerFont(t *testing.T) {
	d := newDoc(t)
	d.font("", 12)
	end := d.text(60, 100, "Điều")
	d.font("B", 12)
	end = d.text(end, 100, "1.")
	d.font("B", 14)
	d.text(end, 100, "X")
	pages, err := Pages(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range pages[0].Words {
		got = append(got, w.Text)
	}
	want := []string{"Điều", "1.", "X"}
	if diff := Diff(want, got); diff != "" {
		t.Fatal(diff)
	}
	if w := pages[0].Words; w[0].Bold || !w[1].Bold || w[2].Size != 14 || !near(w[1].X, w[0].X+w[0].W) {
		t.Errorf("words = %+v", w)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 0.5 }
