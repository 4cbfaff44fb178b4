package legacy

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzDetect: Detect and ToUnicode never panic; a detection is backed by the thresholds;
// a conversion that succeeds gives valid NFC UTF-8.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"", "abc", "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
		"C\xE9ng h\xDFa x\xB7 h\xE9i ch\xF1 ngh\xDCa Vi\xD6t Nam", "Co\xE4ng ho\xF8a xa\xF5 ho\xE4i",
		"Cộng hòa xã hội", "élève Straße", "\xFF\xFE\x00", "\uFEFFVieät", "a\xF9\xF9\xD4\xD9",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r := Analyze(b)
		e, ok := Detect(b)
		if e != r.Encoding || ok != r.OK {
			t.Fatalf("Detect = %v, %v; Analyze = %+v", e, ok, r)
		}
		if ok && (r.Hits < MinHits || r.Hits*100 < r.Words*MinSharePercent || e == Unicode) {
			t.Fatalf("detection below threshold: %+v", r)
		}
		_ = r.Message()
		for _, enc := range []Encoding{Unicode, TCVN3, VNI} {
			s, err := ToUnicode(b, enc)
			if err != nil {
				_ = err.Error()
				continue
			}
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
				t.Fatalf("ToUnicode(%q, %v) = %q: not valid NFC", b, enc, s)
			}
		}
	})
}
