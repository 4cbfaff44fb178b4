package yamlfile

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/diag"
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
			forEachString(reflect.ValueOf(m), func(s string) {
				if !norm.NFC.IsNormalString(s) {
					t.Errorf("string not NFC: %+q", s)
				}
			})
		}
		l := NewLocator("f.yaml", src)
		for _, p := range []string{"$", "$.phan[0].muc[0]", "$.noi_nhan[1]", "$.a.b"} {
			l.At(p)
		}
	})
}

func forEachString(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			forEachString(v.Elem(), f)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			forEachString(v.Field(i), f)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			forEachString(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			forEachString(k, f)
			forEachString(v.MapIndex(k), f)
		}
	case reflect.String:
		f(v.String())
	}
}
