package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// rawPDF writes a one-page uncompressed PDF by hand, to exercise content
// stream operators gopdf never emits. Resources:
//
//	/F1  simple WinAnsi font, every glyph 500/1000 em wide
//	/F2  Type0 Identity-H font, CIDs 1 and 2 ("A" and "ệ") 600/1000 em wide
//	     via the "cfirst clast w" form of /W
//	/X1  form XObject drawing "form" with F1 at 10pt, shifted down by 100pt
func rawPDF(mediaBox, content string) []byte {
	widths := strings.TrimSpace(strings.Repeat("500 ", 126-32+1))
	const res = "<< /Font << /F1 5 0 R /F2 6 0 R >> /XObject << /X1 8 0 R >> >>"
	const form = "BT /F1 10 Tf 100 700 Td (form) Tj ET"
	const cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <0041> <0002> <1EC7> endbfchar\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	stream := func(dict, data string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox " + mediaBox + " >>",
		"<< /Type /Page /Parent 2 0 R /Resources " + res + " /Contents 4 0 R >>",
		stream("", content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + "] >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 9 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Test /W [1 2 600] >>",
		stream("/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 0 -100] /Resources "+res, form),
		stream("", cmap),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
