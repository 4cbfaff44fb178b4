// Package nfctest is the tests' one check that what a reader hands on is in Unicode NFC:
// every string reachable in a value, through pointers, structs, slices and maps (keys too).
package nfctest

import (
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Check reports, as errors of t, every string of v that is not NFC.
func Check(t testing.TB, v any) {
	t.Helper()
	forEachString(reflect.ValueOf(v), func(s string) {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("string not NFC: %+q", s)
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
