package data

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/diag"
)

// FuzzLoadPlan: whatever bytes a user saves, LoadPlan must not panic, and must return either
// a plan or a non-empty diag.List whose every diagnostic names the file.
func FuzzLoadPlan(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.yaml")
	files = append(files, seedPlanFile, statePlanFile)
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("phan: [{muc: [{diem: [{}]}]}]"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := LoadPlan("f.yaml", src)
		if err == nil {
			if p == nil {
				t.Fatal("nil plan without an error")
			}
			return
		}
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Fatalf("error %T %v, want a non-empty diag.List", err, err)
		}
		for _, d := range l {
			if d.File != "f.yaml" || !strings.HasPrefix(d.Error(), "f.yaml:") {
				t.Fatalf("diagnostic does not name the file: %q", d.Error())
			}
		}
	})
}

// FuzzDecodeMap: the build decodes every data file into a map first (to find its kind), and
// positions are looked up lazily. Neither may panic; strings come out NFC.
func FuzzDecodeMap(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.yaml")
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
