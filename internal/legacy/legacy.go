// Package legacy recognises Vietnamese text typed in the legacy 8-bit encodings TCVN3
// (TCVN 5712:1993 VN3, the "ABC" fonts such as .VnTime) and VNI (VNI-Windows, fonts such as
// VNI-Times), and converts it to Unicode (NFC).
//
// Such text reaches vanban in two forms:
//
//   - raw: the file still holds the 8-bit bytes, so it is not valid UTF-8;
//   - mojibake: the 8-bit file was once opened as Windows-1252 (or Latin-1) and saved as
//     UTF-8, so each legacy byte became the Windows-1252 character of that byte: TCVN3
//     "Cộng hòa" reads "Céng hßa", VNI "Việt Nam" reads "Vieät Nam". The file is valid
//     UTF-8 and looks like accented Latin text.
//
// # Detection heuristic
//
// Analyze (and Detect, which wraps it) reads at most the first MiB. Input holding a NUL
// byte, or more than MaxControlPermille ‰ other C0 control bytes, is taken for binary data
// and never reported. Input that is valid UTF-8 is treated as possible mojibake: each
// character is mapped back to its Windows-1252 byte (C1 controls U+0080–U+009F map to the
// byte of the same value, as a Latin-1 reading produces them); other input is taken as
// raw bytes. The byte stream is cut into words — runs of ASCII letters and of the bytes
// that are letters or marks in the encoding under test (TCVN3: 0xA1–0xFF; VNI: 0xC0–0xFF
// except × and ÷). Characters with no Windows-1252 byte (ệ, ư, combining marks…) stay
// inside words but make them unconvertible. Each word is then classified:
//
//   - skipped if it is pure ASCII, if it has no ASCII letter at all (a lone "·", "×" or
//     "¹" would otherwise read as the TCVN3 vowels ã, ì, ạ), or if it already reads as a
//     well-formed Vietnamese syllable as it stands — so Unicode Vietnamese, NFC or NFD,
//     gives no evidence either way: "nhân" is skipped, while its mojibake "nh©n" or
//     "nhaân" counts;
//   - otherwise it is a candidate, and a hit when its bytes decode in the encoding and the
//     result is a well-formed Vietnamese syllable (initial consonant, vowel group and final
//     consonant from the Vietnamese spelling system, at most one tone mark, on a vowel,
//     only acute or dot below before final p, t, c, ch, and the c/k, g/gh, ng/ngh spelling
//     rules; see isSyllable).
//
// An encoding is reported when it has at least MinHits hits, among them at least
// MinDistinct different words, and hits make up at least MinSharePercent percent of its
// candidates; when both TCVN3 and VNI qualify the one with more hits wins. Real legacy text
// scores near 100 %: almost every Vietnamese word carries a mark. French "élève" or German
// "Straße" decode to non-syllables ("ộlồve", "straòe"), so Western text yields few hits
// and a low share (Voltaire's Candide in Windows-1252: 6 hits in 509 candidates). Short
// inputs with fewer than MinHits Vietnamese words are never reported, deliberately: a
// false alarm on a valid file is worse than a missed two-word legacy fragment.
//
// # Limitations
//
// TCVN3 has codes only for small letters and the capitals Ă Â Ê Ô Ơ Ư Đ. Capitals with tone
// marks were typed with the small-letter codes in a separate capitals font (.VnTimeH), so
// such text converts to small letters ("céng hoµ" in .VnTimeH becomes "cộng hoà", not
// "CỘNG HOÀ"); the bytes carry no trace of the font. Titles written "Uû ban" (U plus ỷ)
// convert to "Uỷ ban". Bytes that TCVN3 leaves unassigned (0xAF, 0xB0–0xB4, 0xBA, 0xBF,
// 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) and VNI bytes that are unused or stray marks
// are refused by ToUnicode with a DecodeError naming their offset; nothing is dropped or
// guessed. A file that is valid UTF-8 is always read as the mojibake form; a file mixing
// real Unicode Vietnamese with mojibake cannot be converted as a whole.
package legacy

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Encoding is a Vietnamese text encoding.
type Encoding int

const (
	// Unicode means no legacy encoding was detected.
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3, the encoding of the ABC fonts (.VnTime, .VnArial…).
	TCVN3
	// VNI is VNI-Windows, the encoding of the VNI fonts (VNI-Times, VNI-Helve…).
	VNI
)

// String is the encoding's name as messages give it.
func (e Encoding) String() string {
	switch e {
	case Unicode:
		return "Unicode"
	case TCVN3:
		return "TCVN3 (ABC)"
	case VNI:
		return "VNI"
	}
	return fmt.Sprintf("Encoding(%d)", int(e))
}

// font names a typical font of the encoding, for messages.
func (e Encoding) font() string {
	switch e {
	case TCVN3:
		return ".VnTime"
	case VNI:
		return "VNI-Times"
	}
	return ""
}

// Detection thresholds; see the package documentation.
const (
	// MinHits is the least number of words that must decode to Vietnamese syllables.
	MinHits = 3
	// MinDistinct is the least number of different words among the hits.
	MinDistinct = 3
	// MinSharePercent is the least share, in percent, of candidate words that must be hits.
	MinSharePercent = 70
	// MaxControlPermille is the most C0 control bytes (other than tab, line feed,
	// vertical tab, form feed, carriage return, escape and the DOS end-of-file mark
	// 0x1A), in bytes per thousand, that text may hold; input with more, or with any NUL
	// byte, is taken for binary data and never reported.
	MaxControlPermille = 10
)

// analyzeLimit is how much of its input Analyze reads: legacy text shows on every line,
// so the first mebibyte is evidence enough.
const analyzeLimit = 1 << 20

// Result is what Analyze found.
type Result struct {
	// Encoding is TCVN3 or VNI when OK, Unicode otherwise.
	Encoding Encoding
	// OK reports that a legacy encoding was detected.
	OK bool
	// Mojibake, when OK, reports that the input is valid UTF-8: the legacy text went
	// through Windows-1252. Otherwise the input holds raw legacy bytes.
	Mojibake bool
	// Hits and Words are the hits and candidate words of the detected encoding, or, when
	// nothing was detected, of the legacy encoding that scored best (for diagnostics).
	Hits, Words int
	// Example is the first hit as the file shows it (raw bytes read as Windows-1252), and
	// Fixed is that word converted to Unicode.
	Example, Fixed string
}

// Message says in Vietnamese what was found and what to do; it is empty when !r.OK.
func (r Result) Message() string {
	if !r.OK {
		return ""
	}
	if r.Mojibake {
		return fmt.Sprintf("văn bản gõ bằng bảng mã %s (phông %s) đã bị mở nhầm như Windows-1252 rồi lưu "+
			"thành UTF-8 nên chữ tiếng Việt bị hỏng (ví dụ “%s” đúng ra là “%s”): hãy chuyển mã sang "+
			"Unicode (nguồn %s, đích Unicode dựng sẵn) rồi lưu lại dạng UTF-8",
			r.Encoding, r.Encoding.font(), r.Example, r.Fixed, r.Encoding)
	}
	return fmt.Sprintf("tệp không phải UTF-8 mà là văn bản gõ bằng bảng mã %s (phông %s) (ví dụ “%s” là “%s”): "+
		"hãy chuyển mã sang Unicode (nguồn %s, đích Unicode dựng sẵn) rồi lưu lại dạng UTF-8",
		r.Encoding, r.Encoding.font(), r.Example, r.Fixed, r.Encoding)
}

// Detect reports whether b holds Vietnamese text in a legacy encoding, raw or as mojibake,
// and which; see the package documentation for the heuristic. It returns (Unicode, false)
// when nothing is detected.
func Detect(b []byte) (Encoding, bool) {
	r := Analyze(b)
	return r.Encoding, r.OK
}

// Analyze is Detect with the evidence: counts, an example and a Vietnamese message.
func Analyze(b []byte) Result {
	high, controls := false, 0
	for _, c := range b {
		switch {
		case c >= 0x80:
			high = true
		case c == 0:
			return Result{Encoding: Unicode}
		case c < 0x20 && !strings.ContainsRune("\t\n\v\f\r\x1a\x1b", rune(c)):
			controls++
		}
	}
	if !high || controls*1000 > len(b)*MaxControlPermille {
		return Result{Encoding: Unicode}
	}
	if len(b) > analyzeLimit {
		cut := analyzeLimit
		if utf8.Valid(b) {
			for cut > 0 && !utf8.RuneStart(b[cut]) {
				cut--
			}
		}
		b = b[:cut]
	}
	if utf8.Valid(b) {
		b = cp1252Lines(b)
	}
	units, moj := toUnits(b)
	var best Result
	seen := map[string]bool{} // isSyllable of the words as they stand: text repeats its words
	for _, e := range []Encoding{TCVN3, VNI} {
		t := score(units, e, seen)
		r := Result{Encoding: e, Mojibake: moj, Hits: t.hits, Words: t.words, Example: t.example, Fixed: t.fixed}
		r.OK = t.hits >= MinHits && len(t.distinct) >= MinDistinct && t.hits*100 >= t.words*MinSharePercent
		if better(r, best) {
			best = r
		}
	}
	if !best.OK {
		best.Encoding = Unicode
		best.Mojibake = false
		best.Example, best.Fixed = "", ""
	}
	return best
}

// cp1252Lines keeps the lines of UTF-8 text that only hold characters Windows-1252 has:
// mojibake is made of nothing else, while a line with one letter such as “ệ”, “ư” or “đ”
// is Unicode already. Most lines of a Vietnamese file go, and the words left to judge are
// few (a mojibake paragraph pasted into a Unicode file is still found).
func cp1252Lines(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i+1], b[i+1:]
		} else {
			b = nil
		}
		keep := true
		for _, r := range string(line) {
			if _, ok := cp1252Byte(r); !ok && r != '\uFEFF' {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, line...)
		}
	}
	return out
}

// better reports whether r should replace best: detected beats undetected, then more
// hits, then a higher share.
func better(r, best Result) bool {
	if r.OK != best.OK {
		return r.OK
	}
	if r.Hits != best.Hits {
		return r.Hits > best.Hits
	}
	return r.Hits*best.Words > best.Hits*r.Words
}

// unit is one character of the input as the detector sees it.
type unit struct {
	r   rune // the character: as decoded from UTF-8, or the Windows-1252 reading of the byte
	c   byte // the legacy byte: the raw byte, or the Windows-1252 byte of r
	bad bool // UTF-8 input only: r has no Windows-1252 byte
}

// toUnits reads b as UTF-8 when it is valid (mojibake is true) and as raw bytes otherwise.
// A leading byte order mark is skipped.
func toUnits(b []byte) (units []unit, mojibake bool) {
	if utf8.Valid(b) {
		units = make([]unit, 0, len(b))
		for i, r := range string(b) {
			if i == 0 && r == '\uFEFF' {
				continue
			}
			c, ok := cp1252Byte(r)
			units = append(units, unit{r: r, c: c, bad: !ok})
		}
		return units, true
	}
	units = make([]unit, len(b))
	for i, c := range b {
		units[i] = unit{r: cp1252Rune(c), c: c}
	}
	return units, false
}

// cp1252Byte is the byte Windows-1252 (or Latin-1, for U+0080–U+009F) gives r.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0 && r <= 0xFF {
		return byte(r), true
	}
	c, ok := cp1252Encode[r]
	return c, ok
}

// cp1252Rune is how Windows-1252 reads c; the five undefined bytes read as the C1
// control of the same value, as Windows does.
func cp1252Rune(c byte) rune {
	if c >= 0x80 && c < 0xA0 && cp1252High[c-0x80] != 0 {
		return cp1252High[c-0x80]
	}
	return rune(c)
}

// isWordUnit reports whether u belongs inside a word when testing encoding e.
func isWordUnit(u unit, e Encoding) bool {
	if u.bad {
		return unicode.IsLetter(u.r) || unicode.Is(unicode.Mn, u.r)
	}
	c := u.c
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return true
	}
	switch e {
	case TCVN3:
		return c >= 0xA1
	case VNI:
		return c >= 0xC0 && c != 0xD7 && c != 0xF7
	}
	return false
}

// tally is the evidence for one encoding.
type tally struct {
	hits, words    int
	example, fixed string
	distinct       []string // different hit words, up to MinDistinct
}

// score classifies every word of units under encoding e; seen remembers which words as
// they stand are Vietnamese syllables.
func score(units []unit, e Encoding, seen map[string]bool) tally {
	var t tally
	buf := make([]byte, 0, 16)
	for i := 0; i < len(units); {
		if !isWordUnit(units[i], e) {
			i++
			continue
		}
		j := i
		for j < len(units) && isWordUnit(units[j], e) {
			j++
		}
		judge(units[i:j], e, &t, buf[:0], seen)
		i = j
	}
	return t
}

// judge classifies one word: skipped, candidate, or hit (see the package documentation).
func judge(w []unit, e Encoding, t *tally, buf []byte, seen map[string]bool) {
	plain, bad, ascii := true, false, false
	for _, u := range w {
		if u.bad {
			bad = true
		}
		if u.bad || u.c >= 0x80 {
			plain = false
		} else {
			ascii = true
		}
	}
	if plain || !ascii || len(w) > 24 {
		return
	}
	rs := make([]rune, len(w))
	for k, u := range w {
		rs[k] = u.r
	}
	asIs := string(rs)
	ok, known := seen[asIs]
	if !known {
		ok = isSyllable(asIs)
		seen[asIs] = ok
	}
	if ok {
		return
	}
	t.words++
	if bad {
		return
	}
	for _, u := range w {
		buf = append(buf, u.c)
	}
	s, at := decode(buf, e)
	if at >= 0 || !isSyllable(s) {
		return
	}
	t.hits++
	if t.example == "" {
		t.example, t.fixed = asIs, norm.NFC.String(s)
	}
	if len(t.distinct) < MinDistinct {
		key := strings.ToLower(s)
		if !slices.Contains(t.distinct, key) {
			t.distinct = append(t.distinct, key)
		}
	}
}

// decode converts legacy bytes to text (not yet normalised). It returns the index of the
// first byte it cannot convert, or -1.
func decode(src []byte, e Encoding) (string, int) {
	out := make([]rune, 0, len(src))
	switch e {
	case TCVN3:
		for i, c := range src {
			r := tcvn3Decode[c]
			if r < 0 {
				return "", i
			}
			out = append(out, r)
		}
	case VNI:
		for i := 0; i < len(src); {
			c := src[i]
			if i+1 < len(src) {
				if r, ok := vniPair[[2]byte{c, src[i+1]}]; ok {
					out = append(out, r)
					i += 2
					continue
				}
			}
			r := vniSingle[c]
			if r < 0 {
				return "", i
			}
			out = append(out, r)
			i++
		}
	default:
		return "", 0
	}
	return string(out), -1
}

// DecodeError reports input that ToUnicode cannot convert. Nothing is ever dropped: the
// first unconvertible byte or character stops the conversion.
type DecodeError struct {
	// Encoding is the encoding the input was converted from.
	Encoding Encoding
	// Offset is the byte offset of the offending byte or character in the input.
	Offset int
	// Byte is the byte with no meaning in Encoding; for mojibake input, the Windows-1252
	// byte of Rune.
	Byte byte
	// Rune is, for mojibake input (valid UTF-8), the character at Offset; 0 for raw input.
	Rune rune
	// NotWindows1252 reports a character of mojibake input that Windows-1252 cannot have
	// produced (Byte is then 0).
	NotWindows1252 bool
	// Dangling reports a VNI mark byte not preceded by a letter that takes it.
	Dangling bool
	// InvalidUTF8 reports, for Encoding Unicode, input that is not valid UTF-8.
	InvalidUTF8 bool
}

func (e *DecodeError) Error() string {
	switch {
	case e.InvalidUTF8:
		return fmt.Sprintf("byte 0x%02X ở vị trí %d không phải UTF-8 hợp lệ", e.Byte, e.Offset)
	case e.NotWindows1252:
		return fmt.Sprintf("ký tự %s ở vị trí byte %d không có trong Windows-1252, nên đây không phải văn bản %s bị mở nhầm",
			showRune(e.Rune), e.Offset, e.Encoding)
	}
	var what string
	if e.Rune != 0 {
		what = fmt.Sprintf("ký tự %s ở vị trí byte %d (byte 0x%02X)", showRune(e.Rune), e.Offset, e.Byte)
	} else {
		what = fmt.Sprintf("byte 0x%02X ở vị trí %d", e.Byte, e.Offset)
	}
	if e.Dangling {
		return what + " là dấu của bảng mã VNI nhưng không đứng sau chữ cái nhận dấu đó"
	}
	return fmt.Sprintf("%s không có trong bảng mã %s", what, e.Encoding)
}

// showRune quotes r for a message, with its code point.
func showRune(r rune) string {
	if unicode.IsPrint(r) && !unicode.Is(unicode.Mn, r) {
		return fmt.Sprintf("“%c” (U+%04X)", r, r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// ToUnicode converts legacy text to Unicode in NFC. For input that is not valid UTF-8 the
// bytes are decoded with e's table; input that is valid UTF-8 is taken as mojibake: each
// character is first mapped back to its Windows-1252 byte (a leading byte order mark is
// skipped), then decoded. Any byte or character that has no meaning is reported as a
// *DecodeError naming its offset. With e == Unicode, valid UTF-8 is returned in NFC.
func ToUnicode(b []byte, e Encoding) (string, error) {
	switch e {
	case Unicode:
		if !utf8.Valid(b) {
			i := 0
			for i < len(b) {
				r, n := utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && n <= 1 {
					break
				}
				i += n
			}
			return "", &DecodeError{Encoding: e, Offset: i, Byte: b[i], InvalidUTF8: true}
		}
		return norm.NFC.String(string(b)), nil
	case TCVN3, VNI:
	default:
		return "", fmt.Errorf("bảng mã không xác định: %v", e)
	}
	src, offs := b, []int(nil)
	moj := utf8.Valid(b)
	if moj {
		src = make([]byte, 0, len(b))
		offs = make([]int, 0, len(b))
		for i, r := range string(b) {
			if i == 0 && r == '\uFEFF' {
				continue
			}
			c, ok := cp1252Byte(r)
			if !ok {
				return "", &DecodeError{Encoding: e, Offset: i, Rune: r, NotWindows1252: true}
			}
			src = append(src, c)
			offs = append(offs, i)
		}
	}
	s, at := decode(src, e)
	if at >= 0 {
		de := &DecodeError{Encoding: e, Offset: at, Byte: src[at], Dangling: e == VNI && vniMark[src[at]]}
		if moj {
			de.Offset = offs[at]
			de.Rune, _ = utf8.DecodeRune(b[de.Offset:])
		}
		return "", de
	}
	return norm.NFC.String(s), nil
}
