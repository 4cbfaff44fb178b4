package main

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// vanbanBinary builds the command once for tests that run it as a separate process.
func vanbanBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "vanban")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// wholeRun checks that dir is the complete output of one run: its manifest lists every
// file there with the right hash, and nothing else is there. It returns the manifest.
func wholeRun(t *testing.T, dir string) string {
	t.Helper()
	m, err := os.ReadFile(filepath.Join(dir, "danh-sach.tsv"))
	if err != nil {
		t.Fatalf("no manifest: %v", err)
	}
	listed := map[string]bool{"danh-sach.tsv": true}
	for _, l := range strings.Split(strings.TrimSpace(string(m)), "\n")[1:] {
		f := strings.Split(l, "\t")
		data, err := os.ReadFile(filepath.Join(dir, f[0]))
		if err != nil || fmt.Sprintf("%x", sha256.Sum256(data)) != f[1] {
			t.Fatalf("%s: listed in the manifest but missing or different (%v)", f[0], err)
		}
		listed[f[0]] = true
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !listed[e.Name()] {
			t.Fatalf("%s is in the folder but not in the manifest: two runs mixed", e.Name())
		}
	}
	return string(m)
}

// TestMonthlyKilled: thang killed at random points, 20 times, leaves every time the
// previous complete folder (or its own, complete); two runs at once never mix their files:
// one is refused while the other holds the folder.
func TestMonthlyKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the monthly job about 25 times")
	}
	bin := vanbanBinary(t)
	out := t.TempDir()
	dir := filepath.Join(out, "2024-11")
	args := []string{"thang", "-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out}
	start := time.Now()
	if b, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("first run: %v\n%s", err, b)
	}
	full := time.Since(start)
	wholeRun(t, dir)
	killed := 0
	for i := range 20 {
		// Each run dates its documents another day, so that a folder mixing two runs
		// shows: its files would not match one manifest.
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), fmt.Sprintf("SOURCE_DATE_EPOCH=%d", 1733011200+86400*(i+1)))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.Int64N(int64(full))))
		cmd.Process.Signal(syscall.SIGKILL)
		if cmd.Wait() != nil {
			killed++
		}
		wholeRun(t, dir)
	}
	if killed < 5 {
		t.Errorf("only %d of 20 runs were killed before they ended", killed)
	}
	a, b := exec.Command(bin, args...), exec.Command(bin, args...)
	var errB strings.Builder
	b.Stderr = &errB
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(full / 4)
	errRun := b.Run()
	a.Wait()
	if errRun != nil && !strings.Contains(errB.String(), "một lần chạy khác đang dựng") {
		t.Errorf("second run failed otherwise: %v\n%s", errRun, errB.String())
	}
	wholeRun(t, dir)
	if left, _ := filepath.Glob(filepath.Join(out, ".2024-11.dang-dung-*")); len(left) > 1 {
		t.Errorf("staging folders left by killed runs pile up: %v", left)
	}
}
