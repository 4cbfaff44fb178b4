package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/text/unicode/norm"
)

// TestVietnameseLetters rebuilds the letter list from its definition: 12 bases × 6 tones,
// minus the 6 plain ASCII vowels, plus đ, then the capitals.
func TestVietnameseLetters(t *testing.T) {
	bases := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
	tones := []string{"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"} // unmarked, huyền, hỏi, ngã, sắc, nặng
	var lower []rune
	for _, b := range bases {
		for _, tone := range tones {
			s := norm.NFC.String(b + tone)
			if s == "a" || s == "e" || s == "i" || s == "o" || s == "u" || s == "y" {
				continue
			}
			r, n := utf8.DecodeRuneInString(s)
			if n != len(s) {
				t.Fatalf("%q + %q does not compose to one code point: %q", b, tone, s)
			}
			lower = append(lower, r)
		}
	}
	lower = append(lower, 'đ')
	var upper []rune
	for _, r := range lower {
		upper = append(upper, unicode.ToUpper(r))
	}
	want := string(lower) + string(upper)
	if VietnameseLetters != want {
		t.Errorf("VietnameseLetters =\n%s\nwant\n%s", VietnameseLetters, want)
	}
	if !norm.NFC.IsNormalString(VietnameseLetters) {
		t.Error("VietnameseLetters is not NFC")
	}

	rs := []rune(VietnameseLetters)
	nLower, nUpper, inBlock := 0, 0, 0
	seen := map[rune]bool{}
	for _, r := range rs {
		if seen[r] {
			t.Errorf("%c listed twice", r)
		}
		seen[r] = true
		switch {
		case unicode.IsLower(r):
			nLower++
		case unicode.IsUpper(r):
			nUpper++
		default:
			t.Errorf("%c is not a cased letter", r)
		}
		if r < 0x80 {
			t.Errorf("%c is ASCII", r)
		}
		if r >= 0x1EA0 && r <= 0x1EF9 {
			inBlock++
		}
	}
	if len(rs) != 134 || nLower != 67 || nUpper != 67 {
		t.Errorf("%d letters (%d lowercase, %d capitals), want 134 (67 + 67)", len(rs), nLower, nUpper)
	}
	// Every code point of the Vietnamese block of Latin Extended Additional is a letter.
	if inBlock != 0x1EF9-0x1EA0+1 {
		t.Errorf("%d letters in U+1EA0–U+1EF9, want all %d", inBlock, 0x1EF9-0x1EA0+1)
	}
	for _, r := range "ạằặậệộợựỵ" {
		if !seen[r] {
			t.Errorf("%c missing", r)
		}
	}
	if n := utf8.RuneCountInString(CombiningMarks); n != 8 {
		t.Errorf("%d combining marks, want 8", n)
	}
	if n := len(required()); n != 134+8+7+95+1 {
		t.Errorf("required() has %d characters", n)
	}
}

var liberationFiles = []struct {
	name string
	data []byte
}{
	{"Liberation Serif", liberationserifregular.TTF},
	{"Liberation Serif Bold", liberationserifbold.TTF},
	{"Liberation Serif Italic", liberationserifitalic.TTF},
	{"Liberation Serif Bold Italic", liberationserifbolditalic.TTF},
	{"Liberation Sans", liberationsansregular.TTF},
	{"Liberation Sans Bold", liberationsansbold.TTF},
	{"Liberation Sans Italic", liberationsansitalic.TTF},
	{"Liberation Sans Bold Italic", liberationsansbolditalic.TTF},
}

func TestCheckLiberation(t *testing.T) {
	for _, tc := range liberationFiles {
		t.Run(tc.name, func(t *testing.T) {
			if err := Check(tc.name, tc.data); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestCheckDejaVu runs the check on a real DejaVu Serif when the machine has one; the
// synthetic fonts below cover the same failure without it.
func TestCheckDejaVu(t *testing.T) {
	data, err := os.ReadFile("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
	if err != nil {
		t.Skip("DejaVu Serif not installed")
	}
	err = Check("DejaVu Serif", data)
	var ce *CheckError
	if !errors.As(err, &ce) {
		t.Fatalf("Check = %v, want a *CheckError", err)
	}
	if !slices.Contains(ce.Nested, 'ạ') || !slices.Contains(ce.Nested, 'ự') {
		t.Errorf("nested = %q, want ạ and ự among them", string(ce.Nested))
	}
	t.Log(err)
}

// ---- synthetic TrueType fonts ----

// component is one part of a composite glyph; flags may ask for word arguments and the
// three kinds of scale, MORE_COMPONENTS is set by compositeGlyph.
type component struct {
	glyph uint16
	flags uint16
}

// simpleGlyph is a triangle.
func simpleGlyph() []byte {
	var b []byte
	b = be16(b, 1)                      // numberOfContours
	b = be16(b, 0, 0, 500, 700)         // bbox
	b = be16(b, 2)                      // endPtsOfContours
	b = be16(b, 0)                      // instructionLength
	b = append(b, 1, 1, 1)              // flags: on curve, int16 deltas
	b = be16(b, 0, 500, uint16(0xFF06)) // x deltas 0, 500, -250
	b = be16(b, 0, 0, 700)              // y deltas
	return b
}

func compositeGlyph(cs ...component) []byte {
	var b []byte
	b = be16(b, 0xFFFF)         // numberOfContours = -1
	b = be16(b, 0, 0, 500, 900) // bbox
	for i, c := range cs {
		flags := c.flags
		if i < len(cs)-1 {
			flags |= moreComponents
		}
		b = be16(b, flags, c.glyph)
		if flags&argsAreWords != 0 {
			b = be16(b, 10, 20)
		} else {
			b = append(b, 10, 20)
		}
		switch {
		case flags&haveScale != 0:
			b = be16(b, 0x4000)
		case flags&haveXYScale != 0:
			b = be16(b, 0x4000, 0x2000)
		case flags&haveTwoByTwo != 0:
			b = be16(b, 0x4000, 0, 0, 0x4000)
		}
	}
	return b
}

func be16(b []byte, vs ...uint16) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}

func be32(b []byte, vs ...uint32) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}

// Glyphs of the synthetic font.
const (
	gNotdef    = iota
	gBase      // simple
	gMark      // simple
	gComposite // gBase + gMark: one level, fine
	gNested    // gComposite + gMark: nested
	gSpace     // no outline
	gFlags     // components with every flag; the last one, gComposite, is composite
	gFlagsOK   // the same flags, all components simple
	numSynthGlyphs
)

// synthFont describes a small TrueType font: a cmap (every required character by
// default: Vietnamese letters to gComposite, spaces to gSpace, the rest to gBase) and
// the glyphs above.
type synthFont struct {
	cmap     map[rune]uint16
	glyphs   [][]byte
	longLoca bool
	cff      bool // an OpenType/CFF font: "OTTO", a CFF table, no glyf or loca
}

func newSynth() *synthFont {
	s := &synthFont{cmap: map[rune]uint16{}}
	for _, r := range required() {
		s.cmap[r] = gBase
	}
	for _, r := range VietnameseLetters {
		s.cmap[r] = gComposite
	}
	s.cmap[' '], s.cmap['\u00A0'] = gSpace, gSpace
	flagged := []component{
		{gBase, 0},
		{gMark, argsAreWords},
		{gBase, haveScale},
		{gMark, argsAreWords | haveXYScale},
		{gBase, haveTwoByTwo},
		{gMark, argsAreWords | haveTwoByTwo},
	}
	s.glyphs = [][]byte{
		gNotdef:    simpleGlyph(),
		gBase:      simpleGlyph(),
		gMark:      simpleGlyph(),
		gComposite: compositeGlyph(component{gBase, 0}, component{gMark, 0}),
		gNested:    compositeGlyph(component{gComposite, 0}, component{gMark, 0}),
		gSpace:     nil,
		gFlags:     compositeGlyph(append(slices.Clone(flagged), component{gComposite, 0})...),
		gFlagsOK:   compositeGlyph(append(slices.Clone(flagged), component{gBase, 0})...),
	}
	return s
}

func (s *synthFont) bytes() []byte {
	n := len(s.glyphs)
	tables := map[string][]byte{}

	// glyf and loca
	var glyf, loca []byte
	for _, g := range s.glyphs {
		if s.longLoca {
			loca = be32(loca, uint32(len(glyf)))
		} else {
			loca = be16(loca, uint16(len(glyf)/2))
		}
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	if s.longLoca {
		loca = be32(loca, uint32(len(glyf)))
	} else {
		loca = be16(loca, uint16(len(glyf)/2))
	}

	head := be32(nil, 0x00010000, 0x00010000, 0, 0x5F0F3CF5)
	head = be16(head, 0x000B, 1000)          // flags, unitsPerEm
	head = append(head, make([]byte, 16)...) // created, modified
	head = be16(head, 0, 0xFF38, 1000, 900)  // xMin yMin xMax yMax
	head = be16(head, 0, 8, 2)               // macStyle, lowestRecPPEM, fontDirectionHint
	if s.longLoca {
		head = be16(head, 1, 0)
	} else {
		head = be16(head, 0, 0)
	}

	hhea := be32(nil, 0x00010000)
	hhea = be16(hhea, 900, 0xFF38, 0, 600, 0, 0, 600, 1, 0, 0, 0, 0, 0, 0, 0, uint16(n))

	var hmtx []byte
	for i := 0; i < n; i++ {
		hmtx = be16(hmtx, 600, 0)
	}

	maxp := be32(nil, 0x00010000)
	maxp = be16(maxp, uint16(n), 3, 1, 6, 2, 2, 0, 0, 0, 0, 0, 0, 2, 1)

	// cmap: one format 4 segment per character, mapped by idDelta.
	codes := make([]rune, 0, len(s.cmap))
	for r := range s.cmap {
		codes = append(codes, r)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	seg := len(codes) + 1
	var ends, starts, deltas []byte
	for _, r := range codes {
		ends = be16(ends, uint16(r))
		starts = be16(starts, uint16(r))
		deltas = be16(deltas, s.cmap[r]-uint16(r))
	}
	ends, starts, deltas = be16(ends, 0xFFFF), be16(starts, 0xFFFF), be16(deltas, 1)
	sr, es := 1, 0
	for sr*2 <= seg {
		sr *= 2
		es++
	}
	sub := be16(nil, 4, uint16(16+8*seg), 0, uint16(2*seg), uint16(2*sr), uint16(es), uint16(2*seg-2*sr))
	sub = append(sub, ends...)
	sub = be16(sub, 0)
	sub = append(sub, starts...)
	sub = append(sub, deltas...)
	sub = append(sub, make([]byte, 2*seg)...) // idRangeOffset
	cmap := be16(nil, 0, 1, 3, 1)
	cmap = be32(cmap, 12)
	cmap = append(cmap, sub...)

	os2 := make([]byte, 96)
	binary.BigEndian.PutUint16(os2[0:], 4)
	binary.BigEndian.PutUint16(os2[2:], 600) // xAvgCharWidth
	binary.BigEndian.PutUint16(os2[4:], 400) // usWeightClass
	binary.BigEndian.PutUint16(os2[6:], 5)   // usWidthClass
	binary.BigEndian.PutUint16(os2[68:], 800)
	binary.BigEndian.PutUint16(os2[70:], 0xFF38)
	binary.BigEndian.PutUint16(os2[86:], 450) // sxHeight
	binary.BigEndian.PutUint16(os2[88:], 650) // sCapHeight

	post := be32(nil, 0x00030000)
	post = append(post, make([]byte, 28)...)

	tables["OS/2"], tables["cmap"], tables["head"], tables["hhea"] = os2, cmap, head, hhea
	tables["hmtx"], tables["maxp"], tables["post"] = hmtx, maxp, post
	sfntVersion := uint32(0x00010000)
	if s.cff {
		sfntVersion = 0x4F54544F
		tables["CFF "] = []byte{1, 0, 4, 1} // a CFF header and nothing else
		tables["maxp"] = be32(nil, 0x00005000)
		tables["maxp"] = be16(tables["maxp"], uint16(n))
	} else {
		tables["glyf"], tables["loca"] = glyf, loca
	}
	return sfntFile(sfntVersion, tables)
}

// sfntFile lays out an OpenType file: offset table, table records sorted by tag, tables
// padded to 4 bytes.
func sfntFile(version uint32, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	nt := len(tags)
	sr, es := 1, 0
	for sr*2 <= nt {
		sr *= 2
		es++
	}
	out := be32(nil, version)
	out = be16(out, uint16(nt), uint16(16*sr), uint16(es), uint16(16*nt-16*sr))
	off := 12 + 16*nt
	var body []byte
	for _, tag := range tags {
		tb := tables[tag]
		var sum uint32
		padded := append(slices.Clone(tb), make([]byte, (4-len(tb)%4)%4)...)
		for i := 0; i < len(padded); i += 4 {
			sum += binary.BigEndian.Uint32(padded[i:])
		}
		out = append(out, tag...)
		out = be32(out, sum, uint32(off+len(body)), uint32(len(tb)))
		body = append(body, padded...)
	}
	return append(out, body...)
}

func TestSynthFontParses(t *testing.T) {
	for _, long := range []bool{false, true} {
		s := newSynth()
		s.longLoca = long
		data := s.bytes()
		tt, err := tableDirectory(data)
		if err != nil {
			t.Fatal(err)
		}
		g, err := newGlyphs(tt)
		if err != nil {
			t.Fatal(err)
		}
		if g.long != long || g.num != numSynthGlyphs {
			t.Errorf("long=%v num=%d", g.long, g.num)
		}
		for i, want := range s.glyphs {
			got, err := g.outline(uint16(i))
			if err != nil || !bytes.Equal(got[:len(want)], want) {
				t.Errorf("glyph %d = %x, %v; want %x", i, got, err, want)
			}
		}
		set, err := NewSet("synth", [4][]byte{data, data, data, data})
		if err != nil {
			t.Fatal(err)
		}
		if !set.Has(0, 'ạ') || set.Has(0, '😀') || set.Width(0, 10, "ab") != 12 || set.Ascent(0, 10) != 8 {
			t.Errorf("synthetic font measures wrong: %v %v %v", set.Has(0, 'ạ'), set.Width(0, 10, "ab"), set.Ascent(0, 10))
		}
	}
}

func TestComponents(t *testing.T) {
	s := newSynth()
	for _, tc := range []struct {
		glyph int
		want  []uint16
	}{
		{gComposite, []uint16{gBase, gMark}},
		{gNested, []uint16{gComposite, gMark}},
		{gFlags, []uint16{gBase, gMark, gBase, gMark, gBase, gMark, gComposite}},
		{gFlagsOK, []uint16{gBase, gMark, gBase, gMark, gBase, gMark, gBase}},
	} {
		got, err := components(s.glyphs[tc.glyph])
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("components(glyph %d) = %v, %v; want %v", tc.glyph, got, err, tc.want)
		}
		// Every truncation is an error, not a panic or a shorter list.
		b := s.glyphs[tc.glyph]
		for n := 10; n < len(b); n++ {
			if got, err := components(b[:n]); err == nil {
				t.Errorf("components(glyph %d[:%d]) = %v, want an error", tc.glyph, n, got)
			}
		}
	}
}

func TestCheckSynthetic(t *testing.T) {
	for _, tc := range []struct {
		name    string
		edit    func(*synthFont)
		nested  string // letters Check must report as nested
		missing string // characters Check must report as missing
		msg     []string
	}{
		{name: "one-level composites"},
		{name: "long loca", edit: func(s *synthFont) { s.longLoca = true }},
		{name: "simple glyphs", edit: func(s *synthFont) {
			for _, r := range VietnameseLetters {
				s.cmap[r] = gBase
			}
		}},
		{name: "every composite flag, simple components", edit: func(s *synthFont) { s.cmap['ạ'] = gFlagsOK }},
		{
			name:   "nested ạ",
			edit:   func(s *synthFont) { s.cmap['ạ'] = gNested },
			nested: "ạ",
			msg:    []string{"phông “synth” dựng 1 chữ tiếng Việt từ glyph ghép lồng nhau (ví dụ ạ): trình ghi PDF sẽ làm mất dấu"},
		},
		{
			name:   "nested ạ, long loca",
			edit:   func(s *synthFont) { s.cmap['ạ'] = gNested; s.longLoca = true },
			nested: "ạ",
		},
		{
			name:   "nested after every composite flag",
			edit:   func(s *synthFont) { s.cmap['Ợ'] = gFlags },
			nested: "Ợ",
		},
		{
			name: "many nested",
			edit: func(s *synthFont) {
				s.cmap['ạ'], s.cmap['ằ'], s.cmap['ắ'], s.cmap['Ự'] = gNested, gNested, gNested, gNested
			},
			nested: "ạằắỰ",
			msg:    []string{"dựng 4 chữ tiếng Việt từ glyph ghép lồng nhau (ví dụ ạ, ằ, ắ)"},
		},
		{
			name:    "no ỹ",
			edit:    func(s *synthFont) { delete(s.cmap, 'ỹ') },
			missing: "ỹ",
			msg:     []string{"phông “synth” thiếu 1 chữ tiếng Việt: ỹ"},
		},
		{
			name: "no ỹ Ỹ ỵ, no hook mark, no NBSP, no ellipsis, one nested",
			edit: func(s *synthFont) {
				for _, r := range "ỹỸỵ\u0309\u00A0…" {
					delete(s.cmap, r)
				}
				s.cmap['ệ'] = gNested
			},
			missing: "ỹỵỸ\u0309…\u00A0",
			nested:  "ệ",
			msg: []string{
				"phông “synth” thiếu 3 chữ tiếng Việt: ỹ, ỵ, Ỹ; ",
				"thiếu 1 dấu phụ kết hợp: ◌\u0309 (U+0309); ",
				"thiếu 2 ký tự: …, dấu cách không ngắt (U+00A0); ",
				"dựng 1 chữ tiếng Việt từ glyph ghép lồng nhau (ví dụ ệ)",
			},
		},
		{
			name: "no Vietnamese at all",
			edit: func(s *synthFont) {
				for _, r := range VietnameseLetters {
					delete(s.cmap, r)
				}
			},
			missing: VietnameseLetters,
			msg:     []string{"thiếu 134 chữ tiếng Việt: à, ả, ã, á, ạ, ă, ằ, ẳ, ẵ, ắ, ặ, â, ầ, ẩ, ẫ, ấ, ậ, è, ẻ, ẽ, … (thêm 114)"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynth()
			if tc.edit != nil {
				tc.edit(s)
			}
			err := Check("synth", s.bytes())
			if tc.nested == "" && tc.missing == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("Check = %v, want a *CheckError", err)
			}
			if string(ce.Nested) != tc.nested || string(ce.Missing) != tc.missing || ce.Font != "synth" {
				t.Errorf("nested %q missing %q, want %q %q", string(ce.Nested), string(ce.Missing), tc.nested, tc.missing)
			}
			for _, m := range tc.msg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("message\n%s\ndoes not contain\n%s", err, m)
				}
			}
		})
	}
}

func TestCheckMalformed(t *testing.T) {
	reg := liberationserifregular.TTF
	synth := newSynth().bytes()
	corrupt := func(data []byte, f func(tables map[string][]byte, data []byte)) []byte {
		data = slices.Clone(data)
		tt, err := tableDirectory(data)
		if err != nil {
			t.Fatal(err)
		}
		f(tt, data)
		return data
	}
	for _, tc := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"empty", nil, "tệp phông hỏng"},
		{"text", []byte("this is not a font at all, not even close"), "không phải tệp phông"},
		{"header only", reg[:12], "bị cắt cụt"},
		{"truncated directory", reg[:100], "bị cắt cụt"},
		{"truncated at 1000", reg[:1000], "bảng"},
		{"truncated at half", reg[:len(reg)/2], "tệp phông hỏng"},
		{"truncated by one", reg[:len(reg)-1], "tệp phông hỏng"},
		{"collection", append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01"), reg[:100]...), ".ttc"},
		{"CFF", func() []byte { s := newSynth(); s.cff = true; return s.bytes() }(), "CFF"},
		{"loca past glyf", corrupt(synth, func(tt map[string][]byte, _ []byte) {
			loca := tt["loca"]
			binary.BigEndian.PutUint16(loca[2*gComposite+2:], 0x7FFF)
		}), "glyph của"},
		{"component out of range", corrupt(synth, func(tt map[string][]byte, _ []byte) {
			g, _ := newGlyphs(tt)
			b, _ := g.outline(gComposite)
			binary.BigEndian.PutUint16(b[12:], 999)
		}), "glyph số 999 không tồn tại"},
		{"composite cut short", corrupt(synth, func(tt map[string][]byte, _ []byte) {
			g, _ := newGlyphs(tt)
			b, _ := g.outline(gComposite)
			// The second (last) component claims word arguments and a 2×2 matrix: 16
			// bytes, where the glyph (with padding) has 8 left.
			binary.BigEndian.PutUint16(b[16:], argsAreWords|haveTwoByTwo)
		}), "bị cắt cụt"},
		{"cmap past the glyphs", func() []byte { s := newSynth(); s.cmap['x'] = 200; return s.bytes() }(),
			"tới glyph số 200, phông chỉ có 8 glyph"},
		{"bad indexToLocFormat", corrupt(synth, func(tt map[string][]byte, _ []byte) {
			binary.BigEndian.PutUint16(tt["head"][50:], 7)
		}), "tệp phông hỏng"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check("X", tc.data)
			if err == nil {
				t.Fatal("Check accepted a broken font")
			}
			if !strings.HasPrefix(err.Error(), "phông “X”") || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Check = %v, want a message naming the font and containing %q", err, tc.msg)
			}
		})
	}
}

// FuzzCheck: whatever bytes are handed in as a font, Check must not panic, and its
// errors name the font. Run it with a short minimisation time, since the Liberation seeds
// are large and minimising a new input from them otherwise stalls the fuzzer for a minute:
//
//	go test -run '^$' -fuzz FuzzCheck -fuzztime 60s -fuzzminimizetime 2s ./internal/fonts/
func FuzzCheck(f *testing.F) {
	reg := liberationserifregular.TTF
	for _, n := range []int{0, 12, 200, 4096, len(reg) / 2, len(reg) - 1} {
		f.Add(reg[:n])
	}
	s := newSynth()
	f.Add(s.bytes())
	s.cmap['ạ'] = gNested
	s.cmap['ợ'] = gFlags
	f.Add(s.bytes())
	s.longLoca = true
	f.Add(s.bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Check("F", data)
		if err != nil && !strings.HasPrefix(err.Error(), "phông “F”") {
			t.Errorf("message does not name the font: %v", err)
		}
	})
}
