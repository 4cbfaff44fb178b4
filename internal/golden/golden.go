// Package golden is the tests' one way to hold an output in a file of the repository (a
// golden file): Check compares what a test made with the file, or rewrites the file when
// the tests run with -update, so that a change of output is a diff to review.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/pdftest"
)

var update = flag.Bool("update", false, "rewrite the golden files from what the tests make")

// Updating reports whether the tests run with -update: a test that also checks that no
// golden file is left over skips that while they are being rewritten.
func Updating() bool { return *update }

// Check compares got with the file at path, line by line; with -update it writes got to
// the file instead (making its folder).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale (run go test -update and review the diff):\n%s",
			path, pdftest.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")))
	}
}
