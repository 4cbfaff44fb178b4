package docx_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"vanban/internal/pdftest"
)

// office finds LibreOffice. Without it the test is skipped, saying why; with CI=true it
// fails instead: CI installs it (.ci/run) and must run these checks.
func office(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true but LibreOffice (soffice) is missing; CI must convert the .docx files: install libreoffice-writer-nogui in .ci/run")
	}
	t.Skip("LibreOffice (soffice) không có trên máy này: bỏ qua phần đổi .docx sang PDF; CI cài nó trong .ci/run")
	return ""
}

// convert turns .docx files into PDFs with LibreOffice, in one run with a profile of its
// own (so that it neither meets a LibreOffice the user has open nor leaves anything
// behind), and returns each PDF's bytes by the name of its .docx.
func convert(t *testing.T, soffice string, docs map[string][]byte) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}
	for name, b := range docs {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	var out bytes.Buffer
	cmd := exec.Command(soffice, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out.Bytes())
	}
	pdfs := map[string][]byte{}
	for name := range docs {
		b, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
		if err != nil {
			t.Fatalf("LibreOffice made no PDF of %s: %v\n%s", name, err, out.Bytes())
		}
		pdfs[name] = b
	}
	return pdfs
}

// TestLibreOffice converts the .docx of four documents to PDF with LibreOffice and runs on
// that PDF the checks vanban's own PDF passes: every word back in order (footnotes and
// cells included), A4 pages, nothing outside the margins, the header's halves, no number
// on the first page of a numbering and centred numbers on the others, and a page count
// within one of vanban's.
func TestLibreOffice(t *testing.T) {
	soffice := office(t)
	docs := map[string]string{
		"ke-hoach":        seedData,
		"bao-cao":         "../../data/bao-cao-so-noi-vu-lam-dong-chi-so-2025.yaml",
		"cong-van":        "../../data/cong-van-nha-nuoc-dich-vu-cong-truc-tuyen.yaml",
		"quyet-dinh":      "../../data/quyet-dinh-nha-nuoc-ban-hanh-quy-che-lam-viec.yaml",
		"quyet-dinh-dang": "../../data/quyet-dinh-dang-ban-hanh-quy-che-lam-viec.yaml",
		"nho":             small,
		"khung":           boxes,
	}
	built := map[string][]byte{}
	for name, in := range docs {
		built[name] = build(t, in)
	}
	pdfs := convert(t, soffice, built)
	b := shared(t)
	for name, in := range docs {
		t.Run(name, func(t *testing.T) {
			src := read(t, in)
			doc, err := b.Document(in, src)
			if err != nil {
				t.Fatal(err)
			}
			fd, err := b.Form(in, src)
			if err != nil {
				t.Fatal(err)
			}
			own, err := b.PDF(in, src)
			if err != nil {
				t.Fatal(err)
			}
			lo := pdfs[name]
			pdftest.NothingLost(t, doc, lo)
			pages := pdftest.MustPages(t, lo)
			ownPages := pdftest.MustPages(t, own)
			if d := len(pages) - len(ownPages); d < -1 || d > 1 {
				t.Errorf("LibreOffice makes %d pages, vanban %d: want within one", len(pages), len(ownPages))
			}
			t.Logf("%s: LibreOffice %d pages, vanban %d", name, len(pages), len(ownPages))
			pg := fd.Page
			numberings := 1 + len(fd.Appendices)
			for _, a := range fd.Attached {
				if a.Restart {
					numberings++
				}
				numberings += len(a.Appendices)
			}
			checkPages(t, pages, pg.Left, pg.Right, pg.Top, pg.Bottom, numberings)
			checkHeader(t, pages[0], pg.Left, pg.Right, fd.Header.LeftShare)
		})
	}
}

// checkPages checks every page: A4 either way round; every word inside the margins but
// the page number, which stands alone in the top margin, centred on the text, from the
// second page of a numbering on; numberings first pages have none.
func checkPages(t *testing.T, pages []pdftest.Page, left, right, top, bottom float64, numberings int) {
	t.Helper()
	const tol = 1.5
	unnumbered, last := 0, 0
	for _, p := range pages {
		w, h := min(p.Width, p.Height), max(p.Width, p.Height)
		if math.Abs(w-595.28) > 1 || math.Abs(h-841.89) > 1 {
			t.Errorf("page %d is %.2f×%.2f pt, want A4", p.Number, p.Width, p.Height)
		}
		var nums []pdftest.Word
		for _, wd := range p.Words {
			if wd.Y < top-2 {
				nums = append(nums, wd)
				continue
			}
			if wd.X < left-tol || wd.X+wd.W > p.Width-right+tol || wd.Y > p.Height-bottom+tol {
				t.Errorf("page %d: %q at x=%.1f..%.1f y=%.1f is outside the text area", p.Number, wd.Text, wd.X, wd.X+wd.W, wd.Y)
			}
		}
		if p.Number == 1 && len(nums) > 0 {
			t.Errorf("page 1 has %v in the top margin; page 1 shows no page number", nums)
		}
		switch {
		case len(nums) == 0:
			unnumbered++
			last = 1
		case len(nums) == 1:
			n, err := strconv.Atoi(nums[0].Text)
			if err != nil || n != last+1 {
				t.Errorf("page %d shows %q in the top margin, want %d", p.Number, nums[0].Text, last+1)
			}
			last = n
			centre := (left + p.Width - right) / 2
			if c := nums[0].X + nums[0].W/2; math.Abs(c-centre) > tol {
				t.Errorf("page %d: number centred at %.1f, want %.1f", p.Number, c, centre)
			}
		default:
			t.Errorf("page %d: top margin holds %v, want one number", p.Number, nums)
		}
	}
	if unnumbered != numberings {
		t.Errorf("%d pages without a number, want %d (the first page of each numbering)", unnumbered, numberings)
	}
}

// checkHeader checks page 1: the issuing body in the left column, the Party title or the
// Quốc hiệu in the right one, on one first line.
func checkHeader(t *testing.T, p pdftest.Page, left, right, share float64) {
	t.Helper()
	mid := left + (p.Width-left-right)*share
	title := "ĐẢNG CỘNG SẢN VIỆT NAM"
	if _, _, _, ok := pdftest.FindPhrase(p, title); !ok {
		title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	}
	tx, ty, tw, ok := pdftest.FindPhrase(p, title)
	if !ok {
		t.Fatalf("page 1 has neither the Party title nor the Quốc hiệu: %s", words(p))
	}
	if tx < mid-1 || tx+tw > p.Width-right+1 {
		t.Errorf("%s spans x=%.1f..%.1f, want the right column (from %.1f)", title, tx, tx+tw, mid)
	}
	first := p.Words[0]
	if first.X+first.W > mid+1 {
		t.Errorf("page 1 opens with %q at x=%.1f..%.1f, want the issuing body in the left column", first.Text, first.X, first.X+first.W)
	}
	if math.Abs(first.Y-ty) > 2 {
		t.Errorf("first header lines at y=%.1f and y=%.1f, want one line", first.Y, ty)
	}
}

func words(p pdftest.Page) string {
	var b strings.Builder
	for _, w := range p.Words[:min(len(p.Words), 30)] {
		fmt.Fprintf(&b, "%s ", w.Text)
	}
	return b.String()
}
