package periodic

import (
	"path/filepath"
	"testing"

	"vanban/internal/golden"
	"vanban/internal/pdftest"
	"vanban/internal/pipeline"
	"vanban/internal/vn"
)

const progressBook = "../../data/tien-do/theo-doi.yaml"

// issued is the day the documents of November 2024 are built: the monthly job's day (6
// December, the day after the reports were due), when every November file has come in.
var issued = vn.Date{Year: 2024, Month: 12, Day: 6}

// TestReportGolden checks the Markdown of the báo cáo tiến độ of November 2024 for the whole
// plan and for one unit against testdata/bao-cao-tien-do/ (go test -update rewrites them).
func TestReportGolden(t *testing.T) {
	for _, c := range []struct{ unit, golden string }{
		{"", "2024-11.golden.md"},
		{"huyen-uy-nga-son", "2024-11-huyen-uy-nga-son.golden.md"},
	} {
		t.Run(c.golden, func(t *testing.T) {
			got, _, err := Report(newBuilder(t), progressBook, ReportOptions{Period: "2024-11", Unit: c.unit, Date: issued}, []string{"md"})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "bao-cao-tien-do", c.golden), got[0])
		})
	}
}

// TestReportPDF builds the whole-plan report of November 2024: nothing of the Markdown is
// lost in the PDF, the status table (21 rows) and the annex table cross pages with their
// header row repeated.
func TestReportPDF(t *testing.T) {
	b := newBuilder(t)
	out, _, err := Report(b, progressBook, ReportOptions{Period: "2024-11", Date: issued}, []string{"md", "pdf"})
	if err != nil {
		t.Fatal(err)
	}
	md, pdf := out[0], out[1]
	doc, err := b.Document("bao-cao.md", md)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.NothingLost(t, doc, pdf)
	ps := pdftest.MustPages(t, pdf)
	if len(ps) < 4 {
		t.Fatalf("%d pages, want at least 4", len(ps))
	}
	// Five tables (by unit, not submitted, indicators, overdue, annex): more "STT" header
	// cells than that means a table crossed a page and its header was repeated.
	stt := 0
	for _, pg := range ps {
		for _, w := range pg.Words {
			if w.Text == "STT" {
				stt++
			}
		}
	}
	if stt <= 5 {
		t.Errorf("%d header rows with STT on %d pages: no table header was repeated", stt, len(ps))
	}
}

func newBuilder(t testing.TB) *pipeline.Builder {
	t.Helper()
	b, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}
