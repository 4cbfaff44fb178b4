package pdftest

import "testing"

// TestContentOperators checks text positioning on hand-written content
// streams. The page is 842pt high, so PDF y=700 is Y=142 from the top.
func TestContentOperators(t *testing.T) {
	type w struct {
		text       string
		x, y, w, s float64
	}
	tests := []struct {
		name    string
		content string
		text    string
		words   []w
	}{
		{"Tm and Tj", "BT /F1 10 Tf 1 0 0 1 100 700 Tm (Hello world) Tj ET", "Hello world\n",
			[]w{{"Hello", 100, 142, 25, 10}, {"world", 130, 142, 25, 10}}},
		{"word spacing Tw", "BT /F1 10 Tf 3 Tw 100 700 Td (Hello world) Tj ET", "Hello world\n",
			[]w{{"Hello", 100, 142, 25, 10}, {"world", 133, 142, 25, 10}}},
		{"character spacing Tc", "BT /F1 10 Tf 1 Tc 100 700 Td (ab) Tj ET", "ab\n",
			[]w{{"ab", 100, 142, 11, 10}}},
		{"horizontal scaling Tz", "BT /F1 10 Tf 50 Tz 100 700 Td (ab cd) Tj ET", "ab cd\n",
			[]w{{"ab", 100, 142, 5, 10}, {"cd", 107.5, 142, 5, 10}}},
		{"cm scales size and position", "q 2 0 0 2 0 0 cm BT /F1 10 Tf 50 350 Td (Hi) Tj ET Q", "Hi\n",
			[]w{{"Hi", 100, 142, 20, 20}}},
		{"TL, T* and '", "BT /F1 10 Tf 14 TL 100 700 Td (a) Tj T* (b) Tj (c) ' ET", "a\nb\nc\n",
			[]w{{"a", 100, 142, 5, 10}, {"b", 100, 156, 5, 10}, {"c", 100, 170, 5, 10}}},
		{"TD sets leading", "BT /F1 10 Tf 100 700 TD (a) Tj 0 -20 TD (b) Tj T* (c) Tj ET", "a\nb\nc\n",
			[]w{{"a", 100, 142, 5, 10}, {"b", 100, 162, 5, 10}, {"c", 100, 182, 5, 10}}},
		{"TJ: big kern splits words, small kern does not", "BT /F1 10 Tf 100 700 Td [(ab) -1000 (cd) -100 (ef)] TJ ET", "ab cdef\n",
			[]w{{"ab", 100, 142, 10, 10}, {"cdef", 120, 142, 21, 10}}},
		{"text rise", "BT /F1 10 Tf 100 700 Td 5 Ts (up) Tj ET", "up\n",
			[]w{{"up", 100, 137, 10, 10}}},
		{"Type0 font with /W range and ToUnicode", "BT /F2 10 Tf 100 700 Td <00010002> Tj ET", "Aệ\n",
			[]w{{"Aệ", 100, 142, 12, 10}}},
		{"form XObject", "q /X1 Do Q BT /F1 10 Tf 100 700 Td (page) Tj ET", "page\nform\n",
			[]w{{"page", 100, 142, 20, 10}, {"form", 100, 242, 20, 10}}},
		{"font change splits words but not text", "BT /F1 10 Tf 100 700 Td (ab) Tj /F2 10 Tf <0001> Tj ET", "abA\n",
			[]w{{"ab", 100, 142, 10, 10}, {"A", 110, 142, 6, 10}}},
		{"no text", "0 0 m 100 100 l S", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pdf := rawPDF("[0 0 595 842]", tc.content)
			text, err := Text(pdf)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.text {
				t.Errorf("Text = %q, want %q", text, tc.text)
			}
			pages, err := Pages(pdf)
			if err != nil {
				t.Fatal(err)
			}
			got := pages[0].Words
			if len(got) != len(tc.words) {
				t.Fatalf("words %+v, want %+v", got, tc.words)
			}
			for i, want := range tc.words {
				g := got[i]
				if g.Text != want.text || !near(g.X, want.x) || !near(g.Y, want.y) || !near(g.W, want.w) || g.Size != want.s {
					t.Errorf("word %d = %+v, want %+v", i, g, want)
				}
			}
		})
	}
}

func TestFontNamesAndStyles(t *testing.T) {
	pages, err := Pages(rawPDF("[0 0 595 842]", "BT /F1 10 Tf 100 700 Td (a) Tj /F2 10 Tf <0001> Tj ET"))
	if err != nil {
		t.Fatal(err)
	}
	got := pages[0].Words
	want := []Word{
		{Text: "a", Font: "Helvetica-Bold", Bold: true},
		{Text: "A", Font: "ABCDEF+Test"}, // subset prefix kept as written
	}
	for i := range want {
		if got[i].Text != want[i].Text || got[i].Font != want[i].Font || got[i].Bold != want[i].Bold || got[i].Italic {
			t.Errorf("word %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestMediaBoxOrigin(t *testing.T) {
	pages, err := Pages(rawPDF("[10 20 610 820]", "BT /F1 10 Tf 110 700 Td (x) Tj ET"))
	if err != nil {
		t.Fatal(err)
	}
	p := pages[0]
	if p.Width != 600 || p.Height != 800 || len(p.Words) != 1 {
		t.Fatalf("page %+v", p)
	}
	if w := p.Words[0]; !near(w.X, 100) || !near(w.Y, 120) {
		t.Errorf("word at (%g, %g), want (100, 120)", w.X, w.Y)
	}
}
