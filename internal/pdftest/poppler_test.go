package pdftest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// fakeTB records Skip and Fatalf instead of ending the real test.
type fakeTB struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Skip(args ...any) {
	f.skipped, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}

func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func TestRequirePoppler(t *testing.T) {
	withTools := t.TempDir()
	for _, tool := range popplerTools {
		if err := os.WriteFile(filepath.Join(withTools, tool), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	onlyText := t.TempDir()
	if err := os.WriteFile(filepath.Join(onlyText, "pdftotext"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, ci string
		skip, fail     bool
	}{
		{name: "tools present", path: withTools, ci: "true"},
		{name: "missing on a dev machine", path: t.TempDir(), ci: "", skip: true},
		{name: "CI=false is not CI", path: t.TempDir(), ci: "false", skip: true},
		{name: "missing on CI", path: t.TempDir(), ci: "true", fail: true},
		{name: "pdffonts missing on CI", path: onlyText, ci: "true", fail: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PATH", tc.path)
			t.Setenv("CI", tc.ci)
			f := &fakeTB{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				RequirePoppler(f)
			}()
			<-done
			if f.skipped != tc.skip || f.failed != tc.fail {
				t.Fatalf("skipped=%v failed=%v (%q), want skipped=%v failed=%v", f.skipped, f.failed, f.msg, tc.skip, tc.fail)
			}
			if tc.skip && f.msg != "poppler-utils (pdftotext, pdffonts) không có trên máy này; CI cài nó trong .ci/run" {
				t.Errorf("skip message %q", f.msg)
			}
			if tc.fail && !strings.Contains(f.msg, "pdffonts") {
				t.Errorf("failure message %q does not name the missing tool", f.msg)
			}
		})
	}
}

func TestPopplerText(t *testing.T) {
	RequirePoppler(t)
	pdf := sampleDoc(t)
	out := PopplerText(t, pdf)
	if n := strings.Count(out, "\f"); n != 2 {
		t.Errorf("pdftotext output has %d form feeds, want 2 (one per page)", n)
	}
	got := Words(out)
	for _, want := range []string{sentence, justified, "Điều 1. Phạm vi điều chỉnh", "Căn cứ Luật", "trang hai dòng dưới"} {
		if ok, i := ContainsInOrder(got, Words(want)); !ok {
			t.Errorf("pdftotext lacks %q from word %d\n%s", want, i, out)
		}
	}
	// Poppler, an independent reader, finds the same words as Text. Only the
	// order may differ: pdftotext's layout analysis reads the widely spaced
	// words of a justified line as separate columns.
	ours, err := Text(pdf)
	if err != nil {
		t.Fatal(err)
	}
	sortedOurs, sortedGot := Words(ours), slices.Clone(got)
	slices.Sort(sortedOurs)
	slices.Sort(sortedGot)
	if diff := Diff(sortedOurs, sortedGot); diff != "" {
		t.Errorf("Text and pdftotext disagree:\n%s", diff)
	}
}

func TestPopplerFonts(t *testing.T) {
	RequirePoppler(t)
	fonts := PopplerFonts(t, sampleDoc(t))
	if len(fonts) != 2 {
		t.Fatalf("got %d fonts, want 2 (regular and bold): %+v", len(fonts), fonts)
	}
	want := FontInfo{Name: "serif", Type: "CID TrueType", Encoding: "Identity-H", Embedded: true, Unicode: true}
	for _, f := range fonts {
		if f != want {
			t.Errorf("font %+v, want %+v", f, want)
		}
	}
}

func TestPopplerBBoxMatchesPages(t *testing.T) {
	RequirePoppler(t)
	pdf := sampleDoc(t)
	bbox := PopplerBBox(t, pdf)
	pages, err := Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if len(bbox) != len(pages) {
		t.Fatalf("poppler sees %d pages, Pages %d", len(bbox), len(pages))
	}
	const descent = 216.0 / 1000 // Liberation Serif's /Descent
	for i, p := range pages {
		b := bbox[i]
		if b.Number != p.Number || b.Width != p.Width || b.Height != p.Height {
			t.Errorf("page %d: poppler %d %gx%g, Pages %d %gx%g", i, b.Number, b.Width, b.Height, p.Number, p.Width, p.Height)
		}
		if len(b.Words) != len(p.Words) {
			t.Errorf("page %d: poppler has %d words, Pages %d", p.Number, len(b.Words), len(p.Words))
		}
	Words:
		for _, w := range p.Words {
			for _, bw := range b.Words {
				if bw.Text == w.Text && near(bw.X, w.X) && near(bw.W, w.W) && near(bw.Y, w.Y+descent*w.Size) {
					continue Words
				}
			}
			t.Errorf("page %d: no poppler word matches %+v", p.Number, w)
		}
	}
}
