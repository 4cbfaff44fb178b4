package pdftest

import (
	"bytes"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/signintech/gopdf"
)

// doc builds small test PDFs with gopdf and the Liberation Serif fonts
// registered as family "serif", styles "" and "B".
type doc struct {
	t   testing.TB
	pdf *gopdf.GoPdf
}

func newDoc(t testing.TB) *doc {
	t.Helper()
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := pdf.AddTTFFontDataWithOption("serif", liberationserifregular.TTF, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		t.Fatal(err)
	}
	if err := pdf.AddTTFFontDataWithOption("serif", liberationserifbold.TTF, gopdf.TtfOption{Style: gopdf.Bold}); err != nil {
		t.Fatal(err)
	}
	pdf.AddPage()
	return &doc{t: t, pdf: pdf}
}

func (d *doc) page() { d.pdf.AddPage() }

func (d *doc) font(style string, size float64) {
	d.t.Helper()
	if err := d.pdf.SetFont("serif", style, size); err != nil {
		d.t.Fatal(err)
	}
}

// width measures s in the current font.
func (d *doc) width(s string) float64 {
	d.t.Helper()
	w, err := d.pdf.MeasureTextWidth(s)
	if err != nil {
		d.t.Fatal(err)
	}
	return w
}

// text draws s with its baseline at (x, y) and returns the x where it ends.
func (d *doc) text(x, y float64, s string) float64 {
	d.t.Helper()
	d.pdf.SetXY(x, y)
	if err := d.pdf.Text(s); err != nil {
		d.t.Fatal(err)
	}
	return x + d.width(s)
}

// cell draws s in a w×h cell whose top-left corner is (x, y).
func (d *doc) cell(x, y, w, h float64, s string, align int) {
	d.t.Helper()
	d.pdf.SetXY(x, y)
	if err := d.pdf.CellWithOption(&gopdf.Rect{W: w, H: h}, s, gopdf.CellOption{Align: align}); err != nil {
		d.t.Fatal(err)
	}
}

func (d *doc) bytes() []byte {
	d.t.Helper()
	var buf bytes.Buffer
	if _, err := d.pdf.WriteTo(&buf); err != nil {
		d.t.Fatal(err)
	}
	return buf.Bytes()
}

// Sample texts.
const (
	sentence  = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"
	justified = "một hai ba bốn"
)

// sampleDoc draws the document most tests use:
//
//	page 1: a sentence with Text, a justified cell, a regular run followed by
//	        a separately drawn bold run, and a run glued to a bold run;
//	page 2: two lines drawn bottom line first.
func sampleDoc(t testing.TB) []byte {
	d := newDoc(t)
	d.font("", 13)
	d.text(70, 100, sentence)
	d.cell(70, 130, 300, 20, justified, gopdf.Justify)
	end := d.text(70, 170, "Điều 1.")
	d.font("B", 13)
	d.text(end+d.width(" "), 170, "Phạm vi điều chỉnh")
	d.font("", 13)
	end = d.text(70, 200, "Căn cứ ")
	d.font("B", 13)
	d.text(end, 200, "Luật")
	d.page()
	d.font("", 11)
	d.text(50, 200, "dòng dưới")
	d.text(50, 80, "trang hai")
	return d.bytes()
}
