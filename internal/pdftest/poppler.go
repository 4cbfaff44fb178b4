package pdftest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// popplerTools are the poppler-utils programs the Poppler* helpers run.
var popplerTools = []string{"pdftotext", "pdffonts"}

// RequirePoppler skips the test when pdftotext or pdffonts is not installed.
// When the environment variable CI is "true" it fails the test instead: CI
// installs poppler-utils and must run these checks.
func RequirePoppler(t testing.TB) {
	t.Helper()
	var missing []string
	for _, tool := range popplerTools {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but poppler-utils is missing (%v not in PATH); CI must run the poppler checks: install poppler-utils in .ci/run", missing)
	}
	t.Skip("poppler-utils (pdftotext, pdffonts) không có trên máy này; CI cài nó trong .ci/run")
}

// PopplerText returns the text pdftotext extracts from pdf in its default
// (reading order) mode, as UTF-8. Pages end with a form feed. Like the other
// Poppler helpers it calls [RequirePoppler] first.
func PopplerText(t testing.TB, pdf []byte) string {
	t.Helper()
	RequirePoppler(t)
	return string(runTool(t, "pdftotext", "-enc", "UTF-8", writePDF(t, pdf), "-"))
}

// FontInfo is one row of pdffonts output.
type FontInfo struct {
	Name, Type, Encoding      string
	Embedded, Subset, Unicode bool
}

// PopplerFonts lists the fonts of pdf as reported by pdffonts.
func PopplerFonts(t testing.TB, pdf []byte) []FontInfo {
	t.Helper()
	RequirePoppler(t)
	out := runTool(t, "pdffonts", writePDF(t, pdf))
	fonts, err := parsePdffonts(string(out))
	if err != nil {
		t.Fatalf("pdftest: parsing pdffonts output: %v\n%s", err, out)
	}
	return fonts
}

// PopplerBBox returns the words of pdf with the bounding boxes reported by
// `pdftotext -bbox`. Unlike [Pages], Word.Y is the BOTTOM of the word's box
// (yMax, i.e. baseline plus the font's descent) measured from the top of the
// page, W is xMax-xMin, and Size and Font are unknown (0 and "").
func PopplerBBox(t testing.TB, pdf []byte) []Page {
	t.Helper()
	RequirePoppler(t)
	out := runTool(t, "pdftotext", "-enc", "UTF-8", "-bbox", writePDF(t, pdf), "-")
	pages, err := parseBBox(out)
	if err != nil {
		t.Fatalf("pdftest: parsing pdftotext -bbox output: %v", err)
	}
	return pages
}

// writePDF stores pdf in a fresh temporary directory and returns the path.
func writePDF(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatalf("pdftest: %v", err)
	}
	return path
}

// runTool runs an external program and returns its standard output, failing
// the test (with the program's stderr) if it does not succeed.
func runTool(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("pdftest: %s %v: %v\n%s", name, args, err, stderr.Bytes())
	}
	return stdout.Bytes()
}
