package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"vanban/internal/batch"
)

// checkDOCX opens a Word file as Word would first: a zip whose XML parts are well-formed,
// with the document's body in word/document.xml. It returns the parts by name.
func checkDOCX(t *testing.T, path string) map[string][]byte {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: not a zip: %v", path, err)
	}
	defer z.Close()
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %s: %v", path, f.Name, err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %s: %v", path, f.Name, err)
		}
		parts[f.Name] = data
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		for d := xml.NewDecoder(bytes.NewReader(data)); ; {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %s is not well-formed: %v", path, f.Name, err)
			}
		}
	}
	if !bytes.Contains(parts["word/document.xml"], []byte("<w:body>")) {
		t.Fatalf("%s: no word/document.xml with a body", path)
	}
	return parts
}

// fileNames are the base names of the files of dir matching pattern, sorted.
func fileNames(t *testing.T, dir, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	var out []string
	for _, f := range files {
		out = append(out, filepath.Base(f))
	}
	return out
}

// TestMonthlyFormats: thang -dinh-dang pdf,docx writes every document of 2024-11 (21
// reports and Nga Sơn's công văn) as a PDF and a Word file side by side, each listed in
// danh-sach.tsv with its hash; the PDFs are those of a run without the flag, byte for byte,
// and the Word files those of a run asking only for them. With no SOURCE_DATE_EPOCH, a Word
// file records the issue date of -ngay as its time.
func TestMonthlyFormats(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 2024-11 three times")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "")
	run := func(formats ...string) string {
		out := t.TempDir()
		args := []string{"-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-ngay", "2024-12-06"}
		if formats != nil {
			args = append(args, "-dinh-dang", strings.Join(formats, ","))
		}
		var stdout, stderr bytes.Buffer
		if code := monthly(args, &stdout, &stderr, false, batch.ReminderJobs); code != 0 {
			t.Fatalf("%v: exit %d\n%s", formats, code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "đã dựng 22/22 văn bản") {
			t.Errorf("%v: summary\n%s", formats, stderr.String())
		}
		return filepath.Join(out, "2024-11")
	}
	plain, both, word := run(), run("pdf", "docx"), run("docx")
	manifest := wholeRun(t, both) // every file listed with its hash, nothing else there
	pdfs, docxs := fileNames(t, both, "*.pdf"), fileNames(t, both, "*.docx")
	if len(pdfs) != 22 || !slices.Equal(pdfs, fileNames(t, plain, "*.pdf")) {
		t.Fatalf("PDFs %v, want the 22 of a run without -dinh-dang", pdfs)
	}
	for i, p := range pdfs {
		base := strings.TrimSuffix(p, ".pdf")
		if i >= len(docxs) || docxs[i] != base+".docx" {
			t.Fatalf("no %s.docx beside %s: %v", base, p, docxs)
		}
		for _, f := range []string{p, docxs[i]} {
			if !strings.Contains(manifest, "\n"+f+"\t") {
				t.Errorf("%s is not in the manifest", f)
			}
		}
		a, _ := os.ReadFile(filepath.Join(both, p))
		b, _ := os.ReadFile(filepath.Join(plain, p))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the run without -dinh-dang", p)
		}
		parts := checkDOCX(t, filepath.Join(both, docxs[i]))
		if !bytes.Contains(parts["docProps/core.xml"], []byte("2024-12-06T00:00:00Z")) {
			t.Errorf("%s: the issue date is not its time:\n%s", docxs[i], parts["docProps/core.xml"])
		}
		c, _ := os.ReadFile(filepath.Join(word, docxs[i]))
		if d, _ := os.ReadFile(filepath.Join(both, docxs[i])); !bytes.Equal(c, d) {
			t.Errorf("%s differs between -dinh-dang docx and pdf,docx", docxs[i])
		}
	}
	if got := fileNames(t, word, "*"); len(got) != 23 || len(fileNames(t, word, "*.docx")) != 22 {
		t.Errorf("-dinh-dang docx wrote %v", got)
	}
	if !strings.Contains(manifest, "\ndon-doc-huyen-uy-nga-son.docx\t") || !strings.Contains(manifest, "\tdon-doc\n") {
		t.Errorf("manifest:\n%s", manifest)
	}
}

// TestRemindFormats: don-doc -dinh-dang pdf,docx,md writes each unit's công văn in the three
// formats; with -don-vi, -o x.docx writes the Word file alone.
func TestRemindFormats(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "don-doc")
	code, stdout, stderr := runCLI("don-doc", "-theo-doi", monthlyBook, "-ky", "2024-10", "-ngay", "2024-11-06", "-o", dir, "-dinh-dang", "pdf,docx,md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var want []string
	for _, u := range []string{"hoi-cuu-chien-binh-tinh", "huyen-uy-ba-thuoc", "huyen-uy-nga-son"} {
		want = append(want, u+".docx", u+".md", u+".pdf")
	}
	if got := fileNames(t, dir, "*"); !slices.Equal(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	if n := strings.Count(stdout, "\n"); n != 9 {
		t.Errorf("%d paths printed, want 9:\n%s", n, stdout)
	}
	parts := checkDOCX(t, filepath.Join(dir, "huyen-uy-nga-son.docx"))
	if !bytes.Contains(parts["word/document.xml"], []byte("Huyện ủy Nga Sơn")) {
		t.Error("Nga Sơn's Word file does not name it")
	}
	file := filepath.Join(t.TempDir(), "nga-son.docx")
	if code, _, stderr := runCLI("don-doc", "-theo-doi", monthlyBook, "-ky", "2024-10", "-ngay", "2024-11-06", "-don-vi", "huyen-uy-nga-son", "-o", file); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, _ := os.ReadFile(file)
	b, _ := os.ReadFile(filepath.Join(dir, "huyen-uy-nga-son.docx"))
	if !bytes.Equal(a, b) {
		t.Error("-o nga-son.docx differs from the folder's huyen-uy-nga-son.docx")
	}
	if code, _, stderr := runCLI("don-doc", "-theo-doi", monthlyBook, "-ky", "2024-10", "-ngay", "2024-11-06", "-don-vi", "huyen-uy-nga-son", "-o", file, "-dinh-dang", "pdf"); code != 2 || !strings.Contains(stderr, "-o là một thư mục") {
		t.Errorf("-dinh-dang with a file: exit %d, %s", code, stderr)
	}
}

// TestReportFormats: bao-cao into a folder writes the report in each format of
// -dinh-dang (PDF alone without it); -o x.docx still writes one Word file, and a file -o
// with -dinh-dang is a wrong call.
func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	args := []string{"bao-cao", "-theo-doi", monthlyBook, "-ky", "2024-11", "-ngay", "2024-12-06", "-don-vi", "huyen-uy-nga-son"}
	code, stdout, stderr := runCLI(append(args, "-o", dir, "-dinh-dang", "pdf,docx")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := fileNames(t, dir, "*"); strings.Join(got, " ") != "bao-cao-2024-11-huyen-uy-nga-son.docx bao-cao-2024-11-huyen-uy-nga-son.pdf" {
		t.Errorf("files %v", got)
	}
	if !strings.Contains(stdout, filepath.Join(dir, "bao-cao-2024-11-huyen-uy-nga-son.docx")) {
		t.Errorf("paths printed: %q", stdout)
	}
	checkDOCX(t, filepath.Join(dir, "bao-cao-2024-11-huyen-uy-nga-son.docx"))
	file := filepath.Join(t.TempDir(), "bao-cao.docx")
	if code, _, stderr := runCLI(append(args, "-o", file)...); code != 0 {
		t.Fatalf("-o bao-cao.docx: exit %d: %s", code, stderr)
	}
	a, _ := os.ReadFile(file)
	b, _ := os.ReadFile(filepath.Join(dir, "bao-cao-2024-11-huyen-uy-nga-son.docx"))
	if !bytes.Equal(a, b) {
		t.Error("-o bao-cao.docx differs from the folder's Word file")
	}
	only := filepath.Join(t.TempDir(), "ket-qua") + string(filepath.Separator)
	if code, _, stderr := runCLI(append(args, "-o", only)...); code != 0 || strings.Join(fileNames(t, only, "*"), " ") != "bao-cao-2024-11-huyen-uy-nga-son.pdf" {
		t.Errorf("-o folder/ without -dinh-dang: exit %d, %v, %s", code, fileNames(t, only, "*"), stderr)
	}
	if code, _, stderr := runCLI(append(args, "-o", file, "-dinh-dang", "pdf")...); code != 2 || !strings.Contains(stderr, "-o là một thư mục") {
		t.Errorf("-dinh-dang with a file: exit %d, %s", code, stderr)
	}
}

// TestFormatsUsage: an unknown format is a wrong call (exit 2) of each command, naming the
// formats there are; nothing is written.
func TestFormatsUsage(t *testing.T) {
	out := t.TempDir()
	for _, args := range [][]string{
		{"thang", "-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-dinh-dang", "pdf,odt"},
		{"don-doc", "-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-dinh-dang", "odt"},
		{"bao-cao", "-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-dinh-dang", "doc"},
		{"thang", "-theo-doi", monthlyBook, "-ky", "2024-11", "-o", out, "-dinh-dang", ""},
	} {
		code, _, stderr := runCLI(args...)
		if code != 2 || !strings.Contains(stderr, "vanban "+args[0]+": không biết định dạng") || !strings.Contains(stderr, "dùng pdf, docx hoặc md") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("%d entries written", len(entries))
	}
}
