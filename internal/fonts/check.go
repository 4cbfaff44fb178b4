package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// VietnameseLetters is every letter of Vietnamese that is not plain ASCII, in NFC: the 12
// vowel bases a ă â e ê i o ô ơ u ư y, each unmarked and with the five tones (grave, hook,
// tilde, acute, dot below), minus the six plain ASCII vowels a e i o u y, plus đ — 67
// lowercase letters, then the same 67 as capitals. 134 in all; 90 of them are the whole
// block U+1EA0–U+1EF9.
const VietnameseLetters = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ" +
	"ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰỲỶỸÝỴĐ"

// CombiningMarks are the combining diacritics a Vietnamese font must carry: the five tone
// marks (grave, acute, tilde, hook above, dot below) and circumflex, breve and horn.
const CombiningMarks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B"

// Punctuation is the typographic punctuation documents use beyond ASCII: curly quotes, en
// and em dashes and the ellipsis.
const Punctuation = "“”‘’–—…"

// CheckError is what Check returns when a font parses but is unfit: characters it lacks,
// or Vietnamese letters whose glyphs are composites of composites.
type CheckError struct {
	Font    string
	Missing []rune // required characters with no glyph, in the order of the requirement
	Nested  []rune // Vietnamese letters built from nested composite glyphs
}

func (e *CheckError) Error() string {
	var letters, marks, other []rune
	for _, r := range e.Missing {
		switch {
		case strings.ContainsRune(VietnameseLetters, r):
			letters = append(letters, r)
		case strings.ContainsRune(CombiningMarks, r):
			marks = append(marks, r)
		default:
			other = append(other, r)
		}
	}
	var parts []string
	if len(letters) > 0 {
		parts = append(parts, fmt.Sprintf("thiếu %d chữ tiếng Việt: %s", len(letters), runeList(letters, 20)))
	}
	if len(marks) > 0 {
		parts = append(parts, fmt.Sprintf("thiếu %d dấu phụ kết hợp: %s", len(marks), runeList(marks, 20)))
	}
	if len(other) > 0 {
		parts = append(parts, fmt.Sprintf("thiếu %d ký tự: %s", len(other), runeList(other, 20)))
	}
	if len(e.Nested) > 0 {
		parts = append(parts, fmt.Sprintf("dựng %d chữ tiếng Việt từ glyph ghép lồng nhau (ví dụ %s): "+
			"trình ghi PDF sẽ làm mất dấu — hãy dùng phông khác (Liberation Serif, Times New Roman)",
			len(e.Nested), runeList(e.Nested[:min(3, len(e.Nested))], 3)))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("phông “%s” không đạt kiểm tra", e.Font)
	}
	return fmt.Sprintf("phông “%s” %s", e.Font, strings.Join(parts, "; "))
}

// runeList shows up to max characters, comma-separated; invisible ones by code point.
func runeList(rs []rune, max int) string {
	var b strings.Builder
	for i, r := range rs {
		if i == max {
			fmt.Fprintf(&b, ", … (thêm %d)", len(rs)-max)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		switch {
		case r == ' ':
			b.WriteString("dấu cách (U+0020)")
		case r == '\u00A0':
			b.WriteString("dấu cách không ngắt (U+00A0)")
		case strings.ContainsRune(CombiningMarks, r):
			fmt.Fprintf(&b, "◌%c (U+%04X)", r, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// required lists every character Check demands, in reporting order.
func required() []rune {
	rs := []rune(VietnameseLetters + CombiningMarks + Punctuation)
	for r := rune(0x20); r <= 0x7E; r++ {
		rs = append(rs, r)
	}
	return append(rs, '\u00A0')
}

// Check is the acceptance check for a font file vanban is to set documents in. It
// returns nil when the font is a TrueType-outline font that has glyphs for every
// Vietnamese letter (VietnameseLetters), the combining marks, the typographic
// punctuation, printable ASCII and the no-break space, and none of whose Vietnamese
// letters is a composite glyph with a composite component: the PDF writer (gopdf)
// resolves composites only one level deep, so such letters would lose their marks on
// the page. Otherwise it returns an error in Vietnamese naming the font: a *CheckError
// when the font parses but is unfit. Check never panics on malformed data.
func Check(name string, data []byte) error {
	tt, err := tableDirectory(data)
	if err != nil {
		return fmt.Errorf("phông “%s”: tệp phông hỏng hoặc không phải TrueType: %w", name, err)
	}
	if !tt.has("glyf") {
		if tt.has("CFF ") || tt.has("CFF2") || string(data[:4]) == "OTTO" {
			return fmt.Errorf("phông “%s” có đường nét CFF (OpenType/PostScript), không có bảng glyf: "+
				"trình ghi PDF chỉ hỗ trợ phông TrueType — hãy dùng bản TrueType (.ttf) của phông này "+
				"hoặc phông khác (Liberation Serif, Times New Roman)", name)
		}
		return fmt.Errorf("phông “%s”: tệp phông không có bảng glyf (đường nét TrueType)", name)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return fmt.Errorf("phông “%s”: tệp phông hỏng hoặc không đọc được: %w", name, err)
	}
	g, err := newGlyphs(tt)
	if err != nil {
		return fmt.Errorf("phông “%s”: tệp phông hỏng: %w", name, err)
	}

	ce := &CheckError{Font: name}
	var buf sfnt.Buffer
	glyph := map[rune]uint16{}
	for _, r := range required() {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return fmt.Errorf("phông “%s”: không đọc được bảng cmap (U+%04X): %w", name, r, err)
		}
		if gi == 0 {
			ce.Missing = append(ce.Missing, r)
			continue
		}
		if int(gi) >= f.NumGlyphs() {
			return fmt.Errorf("phông “%s”: tệp phông hỏng: bảng cmap trỏ “%c” (U+%04X) tới glyph số %d, "+
				"phông chỉ có %d glyph", name, r, r, gi, f.NumGlyphs())
		}
		glyph[r] = uint16(gi)
	}
	for _, r := range VietnameseLetters {
		gi, ok := glyph[r]
		if !ok {
			continue
		}
		nested, err := g.nested(gi)
		if err != nil {
			return fmt.Errorf("phông “%s”: tệp phông hỏng ở glyph của “%c” (số %d): %w", name, r, gi, err)
		}
		if nested {
			ce.Nested = append(ce.Nested, r)
		}
	}
	if len(ce.Missing) > 0 || len(ce.Nested) > 0 {
		return ce
	}
	return nil
}

// tables maps a table tag to its bytes within the file.
type tables map[string][]byte

func (t tables) has(tag string) bool { _, ok := t[tag]; return ok }

var (
	errShort     = errors.New("dữ liệu bị cắt cụt")
	errNotSFNT   = errors.New("không phải tệp phông OpenType/TrueType")
	errTableSpan = errors.New("bảng nằm ngoài tệp")
)

// tableDirectory reads the offset table of a single (non-collection) font file.
func tableDirectory(data []byte) (tables, error) {
	if len(data) < 12 {
		return nil, errShort
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true", "OTTO":
	case "ttcf":
		return nil, errors.New("tệp là một bộ sưu tập phông (.ttc), cần một tệp phông đơn (.ttf)")
	default:
		return nil, errNotSFNT
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, errShort
	}
	t := tables{}
	for i := 0; i < n; i++ {
		rec := data[12+16*i : 12+16*i+16]
		off := uint64(binary.BigEndian.Uint32(rec[8:]))
		length := uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+length > uint64(len(data)) {
			return nil, fmt.Errorf("bảng %q: %w", rec[:4], errTableSpan)
		}
		t[string(rec[:4])] = data[off : off+length]
	}
	return t, nil
}

// glyphs reads glyph outlines' headers from the glyf and loca tables.
type glyphs struct {
	glyf, loca []byte
	long       bool // head.indexToLocFormat == 1: 32-bit loca offsets
	num        int  // maxp.numGlyphs
}

func newGlyphs(t tables) (*glyphs, error) {
	head, maxp := t["head"], t["maxp"]
	if len(head) < 54 {
		return nil, errors.New("bảng head thiếu hoặc quá ngắn")
	}
	if len(maxp) < 6 {
		return nil, errors.New("bảng maxp thiếu hoặc quá ngắn")
	}
	g := &glyphs{glyf: t["glyf"], loca: t["loca"], num: int(binary.BigEndian.Uint16(maxp[4:]))}
	switch binary.BigEndian.Uint16(head[50:]) {
	case 0:
	case 1:
		g.long = true
	default:
		return nil, errors.New("head.indexToLocFormat không hợp lệ")
	}
	need := 2 * (g.num + 1)
	if g.long {
		need *= 2
	}
	if len(g.loca) < need {
		return nil, errors.New("bảng loca quá ngắn")
	}
	return g, nil
}

// outline returns the bytes of glyph i (empty for a glyph with no outline).
func (g *glyphs) outline(i uint16) ([]byte, error) {
	if int(i) >= g.num {
		return nil, fmt.Errorf("glyph số %d không tồn tại (phông có %d glyph)", i, g.num)
	}
	var start, end uint64
	if g.long {
		start = uint64(binary.BigEndian.Uint32(g.loca[4*int(i):]))
		end = uint64(binary.BigEndian.Uint32(g.loca[4*int(i)+4:]))
	} else {
		start = 2 * uint64(binary.BigEndian.Uint16(g.loca[2*int(i):]))
		end = 2 * uint64(binary.BigEndian.Uint16(g.loca[2*int(i)+2:]))
	}
	if start > end || end > uint64(len(g.glyf)) {
		return nil, fmt.Errorf("vị trí của glyph số %d trong bảng loca không hợp lệ", i)
	}
	return g.glyf[start:end], nil
}

// isComposite reports whether the outline's numberOfContours is negative.
func isComposite(b []byte) (bool, error) {
	if len(b) == 0 {
		return false, nil // no outline (a space)
	}
	if len(b) < 10 {
		return false, errShort
	}
	return int16(binary.BigEndian.Uint16(b)) < 0, nil
}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// components returns the glyph indices a composite outline refers to.
func components(b []byte) ([]uint16, error) {
	var out []uint16
	p := 10
	for {
		if p+4 > len(b) {
			return nil, errShort
		}
		flags := binary.BigEndian.Uint16(b[p:])
		out = append(out, binary.BigEndian.Uint16(b[p+2:]))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if p > len(b) {
			return nil, errShort
		}
		if flags&moreComponents == 0 {
			return out, nil
		}
	}
}

// nested reports whether glyph i is a composite with a composite component, which the
// PDF writer's one-level composite resolution would drop.
func (g *glyphs) nested(i uint16) (bool, error) {
	b, err := g.outline(i)
	if err != nil {
		return false, err
	}
	comp, err := isComposite(b)
	if err != nil || !comp {
		return false, err
	}
	cs, err := components(b)
	if err != nil {
		return false, err
	}
	for _, c := range cs {
		cb, err := g.outline(c)
		if err != nil {
			return false, err
		}
		comp, err := isComposite(cb)
		if err != nil {
			return false, err
		}
		if comp {
			return true, nil
		}
	}
	return false, nil
}
