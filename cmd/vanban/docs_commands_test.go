package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDocsCommands runs every command line the user docs of the plan cycle and of the
// command line show — lines starting with “./vanban ” or “vanban ” in their ```sh blocks —
// in a copy of the repository's files, each block in one shell in order (its other lines,
// such as sed or cd, run too). A line must exit 0, unless the docs mark it as failing with
// a trailing comment holding “lỗi” or “mã thoát 1”: it must then exit 1.
func TestDocsCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	dir := copyRepo(t)
	bin := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "vanban"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	exe, _ := os.ReadFile(filepath.Join(bin, "vanban"))
	if err := os.WriteFile(filepath.Join(dir, "vanban"), exe, 0o755); err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sh\n(.*?)```")
	command := regexp.MustCompile(`^(\./)?vanban `)
	ran := 0
	for _, doc := range []string{"tien-do.md", "thang.md", "dong-lenh.md"} {
		src, err := os.ReadFile(filepath.Join("../../docs", doc))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks.FindAllStringSubmatch(string(src), -1) {
			var script strings.Builder
			var lines []string
			for _, l := range strings.Split(strings.TrimSpace(b[1]), "\n") {
				if !command.MatchString(l) {
					fmt.Fprintf(&script, "%s\n", l)
					continue
				}
				fmt.Fprintf(&script, "%s\necho \"@@ %d $?\" >&3\n", l, len(lines))
				lines = append(lines, l)
			}
			if len(lines) == 0 {
				continue
			}
			codes, out := runScript(t, dir, bin, script.String())
			for i, l := range lines {
				ran++
				_, comment, _ := strings.Cut(l, " #")
				want := 0
				if strings.Contains(comment, "lỗi") || strings.Contains(comment, "mã thoát 1") {
					want = 1
				}
				if got, ok := codes[i]; !ok || got != want {
					t.Errorf("%s: %s\nexit %d (ran: %v), want %d\n%s", doc, l, got, ok, want, out)
				}
			}
		}
	}
	if ran < 30 {
		t.Errorf("%d command lines run, want every one of the three docs", ran)
	}
}

// runScript runs a shell script in dir with bin first on PATH and returns the exit code of
// each numbered command (what it echoes on descriptor 3) and everything it printed.
func runScript(t *testing.T, dir, bin, script string) (map[int]int, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	cmd.ExtraFiles = []*os.File{w}
	out, _ := cmd.CombinedOutput()
	w.Close()
	marks, _ := io.ReadAll(r)
	r.Close()
	codes := map[int]int{}
	for _, l := range strings.Split(string(marks), "\n") {
		var i, c int
		if _, err := fmt.Sscanf(l, "@@ %d %d", &i, &c); err == nil {
			codes[i] = c
		}
	}
	return codes, string(out)
}
