package tmpl

import (
	"reflect"
	"testing"
)

// TestTemplateNumbersAreIntegers: whole numbers from the data are integers in templates.
func TestTemplateNumbersAreIntegers(t *testing.T) {
	m := Values(map[string]any{"n": 2, "f": 2.5, "l": []int{1}}).(map[string]any)
	if _, ok := m["n"].(int64); !ok {
		t.Errorf("n is %T, want int64", m["n"])
	}
	if _, ok := m["f"].(float64); !ok {
		t.Errorf("f is %T, want float64", m["f"])
	}
	if _, ok := m["l"].([]any)[0].(int64); !ok {
		t.Errorf("list item is %T, want int64", m["l"].([]any)[0])
	}
}

// TestValuesOfStructs: struct fields go under their json names, embedded structs flat,
// nil lists as nil, as templates expect of data files and of report values alike.
func TestValuesOfStructs(t *testing.T) {
	type inner struct {
		Name string `json:"ten"`
	}
	type outer struct {
		inner
		List  []inner `json:"ds"`
		Empty []int   `json:"rong"`
		Skip  string  `json:"-"`
	}
	got := Values(outer{inner: inner{"A"}, List: []inner{{"B"}}})
	want := map[string]any{"ten": "A", "ds": []any{map[string]any{"ten": "B"}}, "rong": nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, want %#v", got, want)
	}
}
