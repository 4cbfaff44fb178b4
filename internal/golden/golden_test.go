package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCheck: an equal file passes, a different one fails, -update rewrites it.
func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b.golden")
	defer func(u bool) { *update = u }(*update)
	*update = true
	Check(t, path, []byte("một\nhai\n"))
	*update = false
	Check(t, path, []byte("một\nhai\n"))
	var probe testing.T
	if Check(&probe, path, []byte("một\nba\n")); !probe.Failed() {
		t.Error("a different output passed")
	}
	if got, _ := os.ReadFile(path); string(got) != "một\nhai\n" {
		t.Errorf("the golden file changed to %q without -update", got)
	}
}
