package build

import "testing"

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
