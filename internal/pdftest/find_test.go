package pdftest

import "testing"

func TestFindAndFindPhrase(t *testing.T) {
	d := newDoc(t)
	d.font("", 13)
	d.text(70, 100, sentence)
	end := d.text(70, 170, "Điều 1.")
	d.font("B", 13)
	bold := end + d.width(" ")
	end = d.text(bold, 170, "Phạm vi điều chỉnh")
	d.font("", 13)
	d.text(70, 190, "ban hành") // same words, next line
	pages, err := Pages(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	p := pages[0]

	if w, ok := Find(p, "Tho\u031bi\u0300"); ok { // not on the page (decomposed query)
		t.Errorf("Find found %+v", w)
	}
	if w, ok := Find(p, "Thu\u031bo\u031b\u0300ng"); !ok || w.Y != 100 { // decomposed query is NFC-normalised
		t.Errorf("Find(Thường) = %+v, %v", w, ok)
	}

	tests := []struct {
		phrase string
		ok     bool
		x, y   float64
		w      float64
	}{
		{"Phạm vi điều chỉnh", true, bold, 170, end - bold},
		{"Điều 1. Phạm vi", true, 70, 170, 0},
		{"ban hành", true, 0, 100, 0},
		{"hành  Kế\nhoạch", true, 0, 100, 0},
		{"chỉnh ban", false, 0, 0, 0}, // consecutive in reading order but on two lines
		{"vụ ủy", false, 0, 0, 0},     // same line but not consecutive
		{"", false, 0, 0, 0},
	}
	for _, tc := range tests {
		x, y, w, ok := FindPhrase(p, tc.phrase)
		if ok != tc.ok {
			t.Errorf("FindPhrase(%q) ok = %v, want %v", tc.phrase, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if tc.x != 0 && !near(x, tc.x) || !near(y, tc.y) || tc.w != 0 && !near(w, tc.w) {
			t.Errorf("FindPhrase(%q) = x %.2f y %.2f w %.2f, want %.2f %.2f %.2f", tc.phrase, x, y, w, tc.x, tc.y, tc.w)
		}
	}
}
