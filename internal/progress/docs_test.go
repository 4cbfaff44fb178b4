package progress

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"vanban/internal/yamlfile"
)

// Unknown-key hints send users to docs/tien-do.md: it must describe every key of a progress
// file, of theo-doi.yaml and of the registry, and every status.
func TestDocsDescribeEveryKey(t *testing.T) {
	doc, err := os.ReadFile("../../docs/tien-do.md")
	if err != nil {
		t.Fatal(err)
	}
	keys := yamlfile.AllKeys(reflect.TypeOf(Submission{}), reflect.TypeOf(Config{}), reflect.TypeOf(Registry{}))
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
