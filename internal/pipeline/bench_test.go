package pipeline

import (
	"testing"

	"vanban/internal/pdf"
)

// BenchmarkSeedPDF builds the seed plan from data to PDF bytes in one process, the path an
// office user waits on. It reports the size of the PDF.
func BenchmarkSeedPDF(b *testing.B) {
	src := read(b, seedData)
	bld := newBuilder(b)
	var n int
	b.ReportAllocs()
	for b.Loop() {
		out, err := bld.PDF(seedData, src)
		if err != nil {
			b.Fatal(err)
		}
		n = len(out)
	}
	b.ReportMetric(float64(n), "bytes/pdf")
}

// BenchmarkSeedDOCX builds the seed plan from data to Word bytes in one process: the form
// without the layout, written as WordprocessingML. It reports the size of the .docx.
func BenchmarkSeedDOCX(b *testing.B) {
	src := read(b, seedData)
	bld := newBuilder(b)
	var n int
	b.ReportAllocs()
	for b.Loop() {
		out, err := bld.DOCX(seedData, src)
		if err != nil {
			b.Fatal(err)
		}
		n = len(out)
	}
	b.ReportMetric(float64(n), "bytes/docx")
}

// BenchmarkSeedMarkdown measures the data → template → Markdown stage alone.
func BenchmarkSeedMarkdown(b *testing.B) {
	src := read(b, seedData)
	bld := newBuilder(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bld.Markdown(seedData, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedLayout measures data → pages, without writing the PDF.
func BenchmarkSeedLayout(b *testing.B) {
	src := read(b, seedData)
	bld := newBuilder(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bld.Layout(seedData, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedRender measures the PDF writer alone, on the laid-out seed plan.
func BenchmarkSeedRender(b *testing.B) {
	bld := newBuilder(b)
	l, err := bld.Layout(seedData, read(b, seedData))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdf.Render(l, bld.fonts); err != nil {
			b.Fatal(err)
		}
	}
}
