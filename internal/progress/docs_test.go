package progress

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// yamlKeys lists the yaml keys of the struct types given, and of the structs inside them.
func yamlKeys(types ...reflect.Type) []string {
	seen := map[reflect.Type]bool{}
	var keys []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			key := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if key == "" || key == "-" {
				continue
			}
			keys = append(keys, key)
			walk(f.Type)
		}
	}
	for _, t := range types {
		walk(t)
	}
	return keys
}

// Unknown-key hints send users to docs/tien-do.md: it must describe every key of a progress
// file, of theo-doi.yaml and of the registry, and every status.
func TestDocsDescribeEveryKey(t *testing.T) {
	doc, err := os.ReadFile("../../docs/tien-do.md")
	if err != nil {
		t.Fatal(err)
	}
	keys := yamlKeys(reflect.TypeOf(Submission{}), reflect.TypeOf(Config{}), reflect.TypeOf(Registry{}))
	if len(keys) < 20 {
		t.Fatalf("only %d keys found: %v", len(keys), keys)
	}
	for _, s := range Statuses {
		keys = append(keys, string(s))
	}
	for _, k := range keys {
		if !strings.Contains(string(doc), "`"+k+"`") {
			t.Errorf("docs/tien-do.md does not describe “%s”", k)
		}
	}
}
