package nfctest

import (
	"reflect"
	"testing"
)

// TestForEachString: every string is reached, map keys and strings behind pointers and
// interfaces included.
func TestForEachString(t *testing.T) {
	s := "Hóa"
	v := struct {
		A string
		B *string
		C []any
		D map[string]int
		E *int
	}{A: "a", B: &s, C: []any{"c", 1, []string{"d"}}, D: map[string]int{"k": 1}}
	var got []string
	forEachString(reflect.ValueOf(v), func(s string) { got = append(got, s) })
	want := []string{"a", "Hóa", "c", "d", "k"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCheck: a decomposed string is reported, a composed one is not.
func TestCheck(t *testing.T) {
	ft := &testing.T{}
	Check(ft, map[string]any{"a": []string{"Ho\u0301a"}})
	if !ft.Failed() {
		t.Error("a decomposed string passed")
	}
	ok := &testing.T{}
	Check(ok, map[string]any{"a": []string{"Hóa"}})
	if ok.Failed() {
		t.Error("a composed string failed")
	}
}
