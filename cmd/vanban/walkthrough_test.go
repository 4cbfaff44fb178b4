package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestWalkthrough follows docs/tu-chi-thi-den-ke-hoach.md literally: every ```sh block runs,
// in order, with bash, in a copy of the repository's tracked files, and must succeed.
func TestWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	doc, err := os.ReadFile("../../docs/tu-chi-thi-den-ke-hoach.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 5 {
		t.Fatalf("%d shell blocks in the walkthrough, want the whole path", len(blocks))
	}
	dir := copyRepo(t)
	for i, b := range blocks {
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", b[1])
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("block %d failed: %v\n%s\n%s", i+1, err, b[1], out)
		}
		// Where the docs show what a command prints, it must print that.
		if strings.Contains(b[1], "kiem-tra /tmp/ke-hoach-go-sai.yaml") && !strings.Contains(string(doc), strings.SplitN(string(out), "\n", 2)[0]) {
			t.Errorf("the walkthrough shows another message than the command prints:\n%s", out)
		}
	}
	for _, f := range []string{"ke-hoach-chi-thi-05.pdf", "ke-hoach-chi-thi-05.md", "data/ke-hoach-chi-thi-05.yaml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the walkthrough did not make %s", f)
		}
	}
}

// copyRepo copies the files git tracks (or, outside git, the ones the build needs) into a
// temporary folder: a fresh clone, as a new user would have.
func copyRepo(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("git ls-files: %v", err)
	}
	dir := t.TempDir()
	for _, f := range strings.Fields(string(out)) {
		src := filepath.Join(root, f)
		info, err := os.Lstat(src)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
