package docx

import (
	"math"
	"strconv"
	"strings"
)

// xw writes XML by hand: the parts of a .docx are a few fixed shapes, and writing them in
// order keeps the bytes the same from run to run (encoding/xml would need a struct for every
// element of WordprocessingML and still leave the namespaces to us).
type xw struct{ b strings.Builder }

// open writes a start tag; attrs are name, value pairs.
func (w *xw) open(name string, attrs ...string) {
	w.tag(name, attrs)
	w.b.WriteByte('>')
}

// empty writes an element without content.
func (w *xw) empty(name string, attrs ...string) {
	w.tag(name, attrs)
	w.b.WriteString("/>")
}

func (w *xw) tag(name string, attrs []string) {
	w.b.WriteByte('<')
	w.b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.b.WriteByte(' ')
		w.b.WriteString(attrs[i])
		w.b.WriteString(`="`)
		w.b.WriteString(escape(attrs[i+1]))
		w.b.WriteByte('"')
	}
}

// close writes an end tag.
func (w *xw) close(name string) {
	w.b.WriteString("</")
	w.b.WriteString(name)
	w.b.WriteByte('>')
}

// text writes character data.
func (w *xw) text(s string) { w.b.WriteString(escape(s)) }

// elem writes an element holding text.
func (w *xw) elem(name, s string, attrs ...string) {
	w.open(name, attrs...)
	w.text(s)
	w.close(name)
}

// val writes an element whose one attribute is w:val, as most properties are.
func (w *xw) val(name, v string) { w.empty(name, "w:val", v) }

func (w *xw) String() string { return w.b.String() }

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// escape makes s safe in XML text and attributes; characters XML 1.0 cannot hold (control
// characters other than tab and line feed) are dropped.
func escape(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			return -1
		}
		return r
	}, s)
	return escaper.Replace(s)
}

// twips converts points to twentieths of a point, the unit of most measures of
// WordprocessingML.
func twips(pt float64) string { return strconv.Itoa(int(math.Round(pt * 20))) }

// halfPoints converts a font size in points to half-points (w:sz).
func halfPoints(pt float64) string { return strconv.Itoa(int(math.Round(pt * 2))) }

// eighths converts a rule's width in points to eighths of a point (w:sz of a border), at
// least 2, the thinnest Word draws.
func eighths(pt float64) string { return strconv.Itoa(max(2, int(math.Round(pt*8)))) }

// The namespaces of the parts.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)
