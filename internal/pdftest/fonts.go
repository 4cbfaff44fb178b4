package pdftest

import (
	"encoding/binary"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// fallbackWidth is the glyph width (in 1/1000 em) used when a font gives no
// width at all, e.g. a standard 14 font without /Widths.
const fallbackWidth = 500

// fontInfo is what the content interpreter needs to know about one font
// resource.
type fontInfo struct {
	baseFont     string
	twoByte      bool // Type0 font: codes are two bytes (Identity-H/V)
	enc          lpdf.TextEncoding
	cidW         map[int]float64 // Type0: /W of the descendant font
	dw           float64         // Type0: /DW
	first        int             // simple font: /FirstChar
	widths       []float64       // simple font: /Widths
	missing      float64         // simple font: /MissingWidth
	bold, italic bool
	decoded      map[string]string
}

func newFontInfo(v lpdf.Value) *fontInfo {
	f := &fontInfo{
		baseFont: v.Key("BaseFont").Name(),
		decoded:  map[string]string{},
	}
	if v.IsNull() {
		return f
	}
	lf := lpdf.Font{V: v}
	f.enc = lf.Encoder()
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.dw = 1000
		if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = parseCIDWidths(d.Key("W"))
	} else {
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len(); i++ {
			f.widths = append(f.widths, ws.Index(i).Float64())
		}
		f.missing = desc.Key("MissingWidth").Float64()
	}
	f.bold, f.italic = fontStyle(f.baseFont, desc)
	return f
}

// parseCIDWidths reads a CIDFont /W array: "c [w1 w2 ...]" and
// "cfirst clast w" entries.
func parseCIDWidths(w lpdf.Value) map[int]float64 {
	m := map[int]float64{}
	for i := 0; i < w.Len(); {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for j := 0; j < next.Len(); j++ {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < 1<<16; c2++ {
			m[c2] = width
		}
		i += 3
	}
	return m
}

// width returns the advance width of code in 1/1000 em.
func (f *fontInfo) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	if f.missing > 0 {
		return f.missing
	}
	return fallbackWidth
}

// codes splits a shown string into character codes.
func (f *fontInfo) codes(raw string) []string {
	n := 1
	if f.twoByte {
		n = 2
	}
	out := make([]string, 0, len(raw)/n+1)
	for len(raw) >= n {
		out = append(out, raw[:n])
		raw = raw[n:]
	}
	if raw != "" { // odd trailing byte of a two-byte font
		out = append(out, raw)
	}
	return out
}

// text decodes one character code to Unicode via the font's ToUnicode CMap
// or encoding.
func (f *fontInfo) text(code string) string {
	if s, ok := f.decoded[code]; ok {
		return s
	}
	s := code
	if f.enc != nil {
		s = f.enc.Decode(code)
	}
	s = expandLigatures(s)
	f.decoded[code] = s
	return s
}

// expandLigatures replaces the Latin ligature presentation forms U+FB00 to
// U+FB06 (ﬁ, ﬂ, ...), which some fonts map single glyphs to, by their
// letters, as pdftotext does.
func expandLigatures(s string) string {
	if !strings.ContainsFunc(s, isLigature) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isLigature(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLigature(r rune) bool { return r >= 0xFB00 && r <= 0xFB06 }

func codeValue(code string) int {
	v := 0
	for i := 0; i < len(code); i++ {
		v = v<<8 | int(code[i])
	}
	return v
}

// fontStyle guesses bold and italic. The embedded font program is the most
// reliable source: gopdf names every style of a family the same and writes
// identical descriptor flags, but the embedded TrueType keeps head.macStyle.
func fontStyle(baseFont string, desc lpdf.Value) (bold, italic bool) {
	for _, key := range []string{"FontFile2", "FontFile3"} {
		if ms, ok := macStyle(desc.Key(key)); ok {
			bold, italic = ms&1 != 0, ms&2 != 0
			break
		}
	}
	flags := desc.Key("Flags").Int64()
	if flags&(1<<18) != 0 || desc.Key("FontWeight").Float64() >= 600 {
		bold = true
	}
	if flags&(1<<6) != 0 || desc.Key("ItalicAngle").Float64() != 0 {
		italic = true
	}
	name := strings.ToLower(baseFont)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demibold"} {
		if strings.Contains(name, w) {
			bold = true
		}
	}
	if strings.Contains(name, "italic") || strings.Contains(name, "oblique") {
		italic = true
	}
	return bold, italic
}

// macStyle reads head.macStyle from an embedded TrueType/OpenType font
// stream.
func macStyle(ff lpdf.Value) (style uint16, ok bool) {
	if ff.Kind() != lpdf.Stream {
		return 0, false
	}
	defer func() {
		if recover() != nil { // unsupported filter etc.
			style, ok = 0, false
		}
	}()
	rc := ff.Reader()
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
	if err != nil || len(b) < 12 {
		return 0, false
	}
	n := int(binary.BigEndian.Uint16(b[4:6]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(b) {
			return 0, false
		}
		if string(b[rec:rec+4]) != "head" {
			continue
		}
		off := int(binary.BigEndian.Uint32(b[rec+8 : rec+12]))
		if off+46 > len(b) {
			return 0, false
		}
		return binary.BigEndian.Uint16(b[off+44 : off+46]), true
	}
	return 0, false
}
