package pdftest

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one shown character code, in PDF user space (origin bottom-left).
type glyph struct {
	s    string  // decoded Unicode text (usually one rune; may be empty)
	x, y float64 // origin of the glyph: left edge on the baseline
	w    float64 // glyph width
	adv  float64 // pen advance (width + character/word spacing + scaling)
	size float64 // effective font size
	font *fontInfo
}

// mat is a PDF matrix [a b c d e f]; a point transforms as [x y 1]×m.
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

// mul returns m×n (apply m first, then n).
func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m mat) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(tx, ty float64) mat { return mat{1, 0, 0, 1, tx, ty} }

// gstate is the part of the graphics state that matters for text.
type gstate struct {
	ctm                   mat
	tc, tw, th, tl, trise float64
	font                  *fontInfo
	tfs                   float64
}

// interp walks content streams and collects glyphs.
type interp struct {
	g        gstate
	tm, tlm  mat
	stack    []gstate
	glyphs   []glyph
	fontMaps map[string]map[string]*fontInfo // per resources dictionary
	depth    int
}

// pageGlyphs returns the glyphs of a page in content stream order.
func pageGlyphs(p lpdf.Page) []glyph {
	in := &interp{g: gstate{ctm: identity, th: 1}, fontMaps: map[string]map[string]*fontInfo{}}
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return nil
	}
	in.run(contents, inherited(p.V, "Resources"), "page")
	return in.glyphs
}

// inherited looks a page attribute up the page tree.
func inherited(v lpdf.Value, key string) lpdf.Value {
	for i := 0; i < 64 && !v.IsNull(); i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

func (in *interp) run(strm, res lpdf.Value, scope string) {
	fonts := in.fontMaps[scope]
	if fonts == nil {
		fonts = map[string]*fontInfo{}
		in.fontMaps[scope] = fonts
	}
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		args := make([]lpdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			in.stack = append(in.stack, in.g)
		case "Q":
			if n := len(in.stack); n > 0 {
				in.g = in.stack[n-1]
				in.stack = in.stack[:n-1]
			}
		case "cm":
			in.g.ctm = mat{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(in.g.ctm)
		case "BT":
			in.tm, in.tlm = identity, identity
		case "Tc":
			in.g.tc = num(0)
		case "Tw":
			in.g.tw = num(0)
		case "Tz":
			in.g.th = num(0) / 100
		case "TL":
			in.g.tl = num(0)
		case "Ts":
			in.g.trise = num(0)
		case "Tf":
			if len(args) < 2 {
				return
			}
			name := args[0].Name()
			f, ok := fonts[name]
			if !ok {
				f = newFontInfo(res.Key("Font").Key(name))
				fonts[name] = f
			}
			in.g.font, in.g.tfs = f, num(1)
		case "Td":
			in.nextLine(num(0), num(1))
		case "TD":
			in.g.tl = -num(1)
			in.nextLine(num(0), num(1))
		case "Tm":
			in.tlm = mat{num(0), num(1), num(2), num(3), num(4), num(5)}
			in.tm = in.tlm
		case "T*":
			in.nextLine(0, -in.g.tl)
		case "Tj":
			if len(args) == 1 {
				in.show(args[0].RawString())
			}
		case "'":
			if len(args) == 1 {
				in.nextLine(0, -in.g.tl)
				in.show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				in.g.tw, in.g.tc = num(0), num(1)
				in.nextLine(0, -in.g.tl)
				in.show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == lpdf.String {
					in.show(x.RawString())
				} else {
					in.tm = translate(-x.Float64()/1000*in.g.tfs*in.g.th, 0).mul(in.tm)
				}
			}
		case "Do":
			if len(args) == 1 {
				in.form(res, args[0].Name(), scope)
			}
		}
	})
}

// form interprets a form XObject (text inside templates and imported pages).
func (in *interp) form(res lpdf.Value, name, scope string) {
	xo := res.Key("XObject").Key(name)
	if xo.Key("Subtype").Name() != "Form" || in.depth >= 8 {
		return
	}
	saved, savedTm, savedTlm := in.g, in.tm, in.tlm
	in.depth++
	if m := xo.Key("Matrix"); m.Len() == 6 {
		var fm mat
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		in.g.ctm = fm.mul(in.g.ctm)
	}
	formRes, formScope := xo.Key("Resources"), scope+"/"+name
	if formRes.IsNull() {
		formRes, formScope = res, scope
	}
	in.run(xo, formRes, formScope)
	in.depth--
	in.g, in.tm, in.tlm = saved, savedTm, savedTlm
}

func (in *interp) nextLine(tx, ty float64) {
	in.tlm = translate(tx, ty).mul(in.tlm)
	in.tm = in.tlm
}

// show draws a string with the current font, advancing the text matrix.
func (in *interp) show(raw string) {
	f := in.g.font
	if f == nil {
		f = newFontInfo(lpdf.Value{})
		in.g.font = f
	}
	g := &in.g
	for _, code := range f.codes(raw) {
		em := f.width(codeValue(code)) / 1000 // glyph width in text space units
		w0 := em * g.tfs * g.th
		tx := (em*g.tfs + g.tc) * g.th
		if len(code) == 1 && code[0] == ' ' { // word spacing: single-byte 32 only
			tx += g.tw * g.th
		}
		m := in.tm.mul(g.ctm)
		x0, y0 := m.apply(0, g.trise)
		x1, _ := m.apply(w0, g.trise)
		x2, _ := m.apply(tx, g.trise)
		in.glyphs = append(in.glyphs, glyph{
			s:    f.text(code),
			x:    x0,
			y:    y0,
			w:    x1 - x0,
			adv:  x2 - x0,
			size: math.Abs(g.tfs) * math.Hypot(m[2], m[3]),
			font: f,
		})
		in.tm = translate(tx, 0).mul(in.tm)
	}
}
