package yamlfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/nfctest"
)

// FuzzDecodeMap: the build decodes every data file into a map first (to find its kind), and
// positions are looked up lazily. Neither may panic; strings come out NFC.
func FuzzDecodeMap(f *testing.F) {
	// Seeded with the data files of internal/data, good and broken: what users save.
	files, _ := filepath.Glob("../data/testdata/*/*.yaml")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("a: &x {b: [Ho\u0301a, {c: *x}]}\nd: *x\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		var m map[string]any
		if err := Decode("f.yaml", src, &m); err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error %T %v, want a non-empty diag.List", err, err)
			}
		} else {
			nfctest.Check(t, m)
		}
		l := NewLocator("f.yaml", src)
		for _, p := range []string{"$", "$.phan[0].muc[0]", "$.noi_nhan[1]", "$.a.b"} {
			l.At(p)
		}
	})
}
