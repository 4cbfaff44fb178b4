package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// stateBook is the State tracking example: the Lâm Đồng administrative-reform plan.
const stateBook = "../../data/tien-do-lam-dong/theo-doi.yaml"

var updateHashes = flag.Bool("update-hashes", false, "rewrite testdata/hashes.txt from the current outputs")

// TestOutputHashes holds the SHA-256 of every output the bundled examples give: each data
// file as PDF and Markdown, each Markdown rebuilt as PDF, every report and reminder the
// monthly job builds for each bundled period, the reports as Markdown and a unit's plan.
// A refactoring that changes no output keeps them all; a change that means to alter an
// output rewrites the file with -update-hashes and says so in its commit.
func TestOutputHashes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every example and period")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "") // the data documents' own dates
	dir := t.TempDir()
	got := map[string]string{}
	add := func(name, path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got[name] = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	runOK := func(args ...string) {
		t.Helper()
		if code, _, stderr := runCLI(args...); code != 0 {
			t.Fatalf("vanban %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
	}
	examples, _ := filepath.Glob("../../data/*.yaml")
	if len(examples) < 14 {
		t.Fatalf("%d examples", len(examples))
	}
	for _, in := range examples {
		base := strings.TrimSuffix(filepath.Base(in), ".yaml")
		for _, ext := range []string{".pdf", ".md"} {
			out := filepath.Join(dir, base+ext)
			runOK("build", in, "-o", out)
			add(base+ext, out)
		}
		out := filepath.Join(dir, base+".tu-md.pdf")
		runOK("build", filepath.Join(dir, base+".md"), "-o", out)
		add(base+".tu-md.pdf", out)
	}
	periods, _ := filepath.Glob("../../data/tien-do/20*")
	if len(periods) < 3 {
		t.Fatalf("%d periods", len(periods))
	}
	for _, p := range periods {
		ky := filepath.Base(p)
		// The documents of a period are dated the day the monthly job runs for it: the 6th
		// of the next month, the day after the reports were due (han_gui: 5).
		var y, m int
		fmt.Sscanf(ky, "%d-%d", &y, &m)
		t.Setenv("SOURCE_DATE_EPOCH", fmt.Sprint(time.Date(y, time.Month(m)+1, 6, 0, 0, 0, 0, time.UTC).Unix()))
		out := filepath.Join(dir, "thang")
		runOK("thang", "-theo-doi", monthlyBook, "-ky", ky, "-o", out, "-song-song", "2")
		files, _ := filepath.Glob(filepath.Join(out, ky, "*"))
		for _, f := range files {
			add(ky+"/"+filepath.Base(f), f)
		}
		md := filepath.Join(dir, "bao-cao-"+ky+".md")
		runOK("report", "-theo-doi", monthlyBook, "-ky", ky, "-o", md)
		add(ky+"/bao-cao-tong-hop.md", md)
		md = filepath.Join(dir, "bao-cao-"+ky+"-nga-son.md")
		runOK("report", "-theo-doi", monthlyBook, "-ky", ky, "-don-vi", "huyen-uy-nga-son", "-o", md)
		add(ky+"/bao-cao-huyen-uy-nga-son.md", md)
		reminders := filepath.Join(dir, "don-doc-"+ky)
		runOK("don-doc", "-theo-doi", monthlyBook, "-ky", ky, "-o", reminders, "-dinh-dang", "md")
		files, _ = filepath.Glob(filepath.Join(reminders, "*"))
		for _, f := range files {
			add(ky+"/don-doc-"+filepath.Base(f), f)
		}
	}
	// The State example: a broken unit file in February makes thang end with exit 1, every
	// other document built; the folder is hashed all the same.
	for _, ky := range []string{"2026-01", "2026-02"} {
		var y, m int
		fmt.Sscanf(ky, "%d-%d", &y, &m)
		t.Setenv("SOURCE_DATE_EPOCH", fmt.Sprint(time.Date(y, time.Month(m)+1, 10, 0, 0, 0, 0, time.UTC).Unix()))
		out := filepath.Join(dir, "thang-lam-dong")
		if code, _, stderr := runCLI("thang", "-theo-doi", stateBook, "-ky", ky, "-o", out, "-song-song", "2"); code > 1 {
			t.Fatalf("thang %s: exit %d: %s", ky, code, stderr)
		}
		files, _ := filepath.Glob(filepath.Join(out, ky, "*"))
		if len(files) < 10 {
			t.Fatalf("%s: %d files", ky, len(files))
		}
		for _, f := range files {
			add("lam-dong/"+ky+"/"+filepath.Base(f), f)
		}
	}
	out := filepath.Join(dir, "kh-nga-son.yaml")
	runOK("ke-hoach-don-vi", "-theo-doi", monthlyBook, "-don-vi", "huyen-uy-nga-son", "-o", out)
	add("ke-hoach-don-vi-huyen-uy-nga-son.yaml", out)

	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%s  %s\n", got[n], n)
	}
	const file = "testdata/hashes.txt"
	if *updateHashes {
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) == b.String() {
		return
	}
	wantLines := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		if h, n, ok := strings.Cut(l, "  "); ok {
			wantLines[n] = h
		}
	}
	for _, n := range names {
		if wantLines[n] != got[n] {
			t.Errorf("%s: output changed", n)
		}
		delete(wantLines, n)
	}
	for n := range wantLines {
		t.Errorf("%s: no longer built", n)
	}
}
