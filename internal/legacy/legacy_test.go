package legacy

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters is a copy of fonts.VietnameseLetters (internal/fonts/check.go): the
// 134 Vietnamese letters that are not plain ASCII, 67 small then 67 capital, in NFC.
const vietnameseLetters = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ" +
	"ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰỲỶỸÝỴĐ"

// encodeRaw spells s (NFC) in encoding e with the reverse of the package tables; ASCII and
// the Windows-1252 symbols pass through. It fails the test on a character e cannot spell.
func encodeRaw(t testing.TB, s string, e Encoding) []byte {
	t.Helper()
	rev := map[rune]string{}
	switch e {
	case TCVN3:
		for _, l := range tcvn3Letters {
			rev[l.r] = string([]byte{l.b})
		}
	case VNI:
		for _, l := range vniLetters {
			rev[l.r] = l.s
		}
	}
	var out []byte
	for _, r := range s {
		switch sp, ok := rev[r]; {
		case ok:
			out = append(out, sp...)
		case r < 0x80 || r == 0xA0:
			out = append(out, byte(r))
		default:
			c, ok := cp1252Encode[r]
			if !ok {
				t.Fatalf("%v cannot spell %q", e, r)
			}
			out = append(out, c)
		}
	}
	return out
}

// mojibake is what raw legacy bytes become when read as Windows-1252 and saved as UTF-8,
// computed with x/text's Windows-1252 decoder.
func mojibake(t testing.TB, raw []byte) string {
	t.Helper()
	s, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	return string(s)
}

// latin1 is the same through a Latin-1 reading (bytes 0x80–0x9F become C1 controls).
func latin1(raw []byte) string {
	rs := make([]rune, len(raw))
	for i, c := range raw {
		rs[i] = rune(c)
	}
	return string(rs)
}

func TestEncodingString(t *testing.T) {
	for _, tc := range []struct {
		e    Encoding
		want string
	}{
		{Unicode, "Unicode"}, {TCVN3, "TCVN3 (ABC)"}, {VNI, "VNI"}, {Encoding(9), "Encoding(9)"},
	} {
		if got := tc.e.String(); got != tc.want {
			t.Errorf("%d.String() = %q, want %q", int(tc.e), got, tc.want)
		}
	}
}

// TestVNITableByRule rebuilds every VNI spelling from the letter's decomposition and the
// VNI rule (base letter, then one byte for the mark or mark pair; capitals use the bytes
// 0x20 lower), independently of the transcribed table.
func TestVNITableByRule(t *testing.T) {
	tone := map[rune]byte{0x301: 0xF9, 0x300: 0xF8, 0x309: 0xFB, 0x303: 0xF5, 0x323: 0xEF}
	circ := map[rune]byte{0: 0xE2, 0x301: 0xE1, 0x300: 0xE0, 0x309: 0xE5, 0x303: 0xE3, 0x323: 0xE4}
	breve := map[rune]byte{0: 0xEA, 0x301: 0xE9, 0x300: 0xE8, 0x309: 0xFA, 0x303: 0xFC, 0x323: 0xEB}
	iTone := map[rune]byte{0x301: 0xED, 0x300: 0xEC, 0x309: 0xE6, 0x303: 0xF3, 0x323: 0xF2}
	table := map[rune]string{}
	for _, l := range vniLetters {
		if _, dup := table[l.r]; dup {
			t.Errorf("%q twice in vniLetters", l.r)
		}
		table[l.r] = l.s
	}
	if len(table) != 134 {
		t.Errorf("vniLetters has %d letters, want 134", len(table))
	}
	for _, r := range vietnameseLetters {
		upper := unicode.IsUpper(r)
		lr := unicode.ToLower(r)
		var want []byte
		if lr == 'đ' {
			want = []byte{0xF1}
		} else {
			d := []rune(norm.NFD.String(string(lr)))
			base, mod, tn := d[0], rune(0), rune(0)
			for _, m := range d[1:] {
				switch m {
				case 0x302, 0x306, 0x31B:
					mod = m
				default:
					tn = m
				}
			}
			switch {
			case base == 'i':
				want = []byte{iTone[tn]}
			case base == 'y' && tn == 0x323:
				want = []byte{0xEE}
			case mod == 0x31B: // ơ ư: one byte, then the tone
				want = []byte{map[rune]byte{'o': 0xF4, 'u': 0xF6}[base]}
				if tn != 0 {
					want = append(want, tone[tn])
				}
			case mod == 0x302:
				want = []byte{byte(base), circ[tn]}
			case mod == 0x306:
				want = []byte{byte(base), breve[tn]}
			default:
				want = []byte{byte(base), tone[tn]}
			}
		}
		if upper {
			for i, c := range want {
				if c < 0x80 {
					want[i] = byte(unicode.ToUpper(rune(c)))
				} else {
					want[i] = c - 0x20
				}
			}
		}
		if got := table[r]; got != string(want) {
			t.Errorf("VNI %q = % X, rule gives % X", r, got, want)
		}
	}
}

// libiconvTCVN is GNU libiconv's TCVN-5712 table for 0xA0–0xFF (github.com/koron/libiconv,
// lib/tcvn.h, tcvn_2uni_2), a source independent of UniKey's. Its VN1 puts capitals with
// tone marks and combining marks where TCVN3 has no letter.
var libiconvTCVN = [96]rune{
	0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110,
	0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
	0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3,
	0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
	0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7,
	0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
	0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec,
	0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
	0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
	0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
	0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef,
	0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
}

// TestTCVN3TableAgainstLibiconv checks every TCVN3 letter code against libiconv, and that
// the bytes TCVN3 leaves unassigned are exactly those where libiconv has a capital with a
// tone mark or a combining mark.
func TestTCVN3TableAgainstLibiconv(t *testing.T) {
	if len(tcvn3Letters) != 74 {
		t.Errorf("tcvn3Letters has %d letters, want 74", len(tcvn3Letters))
	}
	seen := map[byte]bool{}
	for _, l := range tcvn3Letters {
		if seen[l.b] {
			t.Errorf("byte 0x%02X twice in tcvn3Letters", l.b)
		}
		seen[l.b] = true
		if got := libiconvTCVN[l.b-0xA0]; got != l.r {
			t.Errorf("TCVN3 0x%02X = %q, libiconv %q", l.b, l.r, got)
		}
	}
	for c := 0xA1; c <= 0xFF; c++ {
		if seen[byte(c)] {
			continue
		}
		r := libiconvTCVN[c-0xA0]
		if !(unicode.IsUpper(r) || unicode.Is(unicode.Mn, r)) {
			t.Errorf("unassigned TCVN3 byte 0x%02X is %q in libiconv", c, r)
		}
		if tcvn3Decode[c] >= 0 {
			t.Errorf("unassigned TCVN3 byte 0x%02X decodes to %q", c, tcvn3Decode[c])
		}
	}
}

func TestCP1252AgainstXText(t *testing.T) {
	for c := 0x80; c < 0xA0; c++ {
		want := charmap.Windows1252.DecodeByte(byte(c))
		got := cp1252High[c-0x80]
		if got == 0 {
			got = utf8.RuneError
		}
		if want != got && !(got == utf8.RuneError && want == rune(c)) {
			t.Errorf("Windows-1252 0x%02X: table %U, x/text %U", c, got, want)
		}
	}
}

func TestVNIMarksAndLettersDisjoint(t *testing.T) {
	for c := 0; c < 256; c++ {
		if vniMark[c] && vniSingle[c] >= 0 {
			t.Errorf("VNI byte 0x%02X is both a mark and a letter", c)
		}
	}
}

// TestRoundTrip encodes each of the 134 letters, alone and inside a word, raw and as
// mojibake (Windows-1252 and Latin-1), and decodes it back. TCVN3 holds 74 of them; the
// 60 capitals with tone marks have no code and are checked to be absent.
func TestRoundTrip(t *testing.T) {
	if n := utf8.RuneCountInString(vietnameseLetters); n != 134 {
		t.Fatalf("letter list has %d letters", n)
	}
	tcvn := map[rune]bool{}
	for _, l := range tcvn3Letters {
		tcvn[l.r] = true
	}
	counts := map[Encoding]int{}
	for _, e := range []Encoding{TCVN3, VNI} {
		for _, r := range vietnameseLetters {
			if e == TCVN3 && !tcvn[r] {
				if unicode.IsLower(r) || strings.ContainsRune("ĂÂÊÔƠƯĐ", r) {
					t.Errorf("TCVN3 lacks %q", r)
				}
				continue
			}
			counts[e]++
			for _, s := range []string{string(r), "x" + string(r) + "n"} {
				raw := encodeRaw(t, s, e)
				for _, in := range [][]byte{raw, []byte(mojibake(t, raw)), []byte(latin1(raw))} {
					got, err := ToUnicode(in, e)
					if err != nil || got != s {
						t.Errorf("%v %q: ToUnicode(% X) = %q, %v", e, s, in, got, err)
					}
				}
			}
		}
	}
	if counts[TCVN3] != 74 || counts[VNI] != 134 {
		t.Errorf("round-tripped %v", counts)
	}
}

// TestTCVN3CapitalsFont documents the .VnTimeH limitation: capitals with tone marks were
// typed with small-letter codes, so they come back small.
func TestTCVN3CapitalsFont(t *testing.T) {
	got, err := ToUnicode([]byte("c\xE9ng ho\xB5 x\xB7 h\xE9i"), TCVN3)
	if err != nil || got != "cộng hoà xã hội" {
		t.Errorf("got %q, %v", got, err)
	}
}

// sentences are the test sentences; tcvn3 is the spelling TCVN3 can represent (no capital
// with a tone mark: old-style "Uỷ" for "Ủy").
var sentences = []struct{ name, text, tcvn3 string }{
	{"kehoach", "Kế hoạch thực hiện Kết luận số 81-KL/TW của Bộ Chính trị", ""},
	{"ubnd", "Ủy ban nhân dân tỉnh Thanh Hóa", "Uỷ ban nhân dân tỉnh Thanh Hóa"},
	{"tieungu", "Độc lập - Tự do - Hạnh phúc", ""},
	{"quochieu", "Cộng hòa xã hội chủ nghĩa Việt Nam", ""},
}

func TestDetectAndConvertSentences(t *testing.T) {
	for _, s := range sentences {
		for _, e := range []Encoding{TCVN3, VNI} {
			text := s.text
			if e == TCVN3 && s.tcvn3 != "" {
				text = s.tcvn3
			}
			raw := encodeRaw(t, text, e)
			forms := []struct {
				name     string
				in       []byte
				mojibake bool
			}{
				{"raw", raw, false},
				{"cp1252", []byte(mojibake(t, raw)), true},
				{"latin1", []byte(latin1(raw)), true},
			}
			for _, f := range forms {
				t.Run(s.name+"/"+e.String()+"/"+f.name, func(t *testing.T) {
					if f.mojibake != utf8.Valid(f.in) {
						t.Fatalf("utf8.Valid = %v", !f.mojibake)
					}
					r := Analyze(f.in)
					if !r.OK || r.Encoding != e || r.Mojibake != f.mojibake {
						t.Fatalf("Analyze(%q) = %+v, want %v", f.in, r, e)
					}
					got, err := ToUnicode(f.in, e)
					if err != nil || got != text {
						t.Errorf("ToUnicode = %q, %v; want %q", got, err, text)
					}
				})
			}
		}
	}
}

// TestKnownForms checks hand-written legacy spellings, as they appear in real files, not
// produced by this package's tables.
func TestKnownForms(t *testing.T) {
	for _, tc := range []struct {
		in   string // UTF-8 mojibake, or raw when prefixed "raw:"
		e    Encoding
		want string
	}{
		{"Céng hßa x· héi chñ nghÜa ViÖt Nam", TCVN3, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"§éc lËp - Tù do - H¹nh phóc", TCVN3, "Độc lập - Tự do - Hạnh phúc"},
		{"Uû ban nh©n d©n tØnh Thanh Hãa", TCVN3, "Uỷ ban nhân dân tỉnh Thanh Hóa"},
		{"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", VNI, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"UÛy ban nhaân daân tænh Thanh Hoùa", VNI, "Ủy ban nhân dân tỉnh Thanh Hóa"},
		{"Ñoäc laäp - Töï do - Haïnh phuùc", VNI, "Độc lập - Tự do - Hạnh phúc"},
		{"raw:C\xE9ng h\xDFa x\xB7 h\xE9i ch\xF1 ngh\xDCa Vi\xD6t Nam", TCVN3, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"raw:Co\xE4ng ho\xF8a xa\xF5 ho\xE4i chu\xFB ngh\xF3a Vie\xE4t Nam", VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
	} {
		in := []byte(tc.in)
		if s, ok := strings.CutPrefix(tc.in, "raw:"); ok {
			in = []byte(s)
		}
		e, ok := Detect(in)
		if !ok || e != tc.e {
			t.Errorf("Detect(%q) = %v, %v; want %v", tc.in, e, ok, tc.e)
		}
		got, err := ToUnicode(in, tc.e)
		if err != nil || got != tc.want {
			t.Errorf("ToUnicode(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestDetectNegatives(t *testing.T) {
	var nfc strings.Builder
	for _, s := range sentences {
		nfc.WriteString(s.text + ".\n")
	}
	nfc.WriteString("Người dân các tỉnh miền Trung được hỗ trợ khắc phục hậu quả bão lũ; có nhà ở mới.\n")
	sample, err := os.ReadFile(filepath.Join("testdata", "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"nfc", []byte(nfc.String())},
		{"nfd", []byte(norm.NFD.String(nfc.String()))},
		{"sample-nfc", sample},
		{"sample-nfd", []byte(norm.NFD.String(string(sample)))},
		{"letters", []byte(vietnameseLetters)},
		{"ascii-yaml", []byte("so_hieu: 125/KH-UBND\nngay: 2024-06-04\nnoi_nhan:\n  - So Tai chinh\n  - Luu: VT\n")},
		{"telex-ascii", []byte("Ke hoach thuc hien Ket luan so 81-KL/TW cua Bo Chinh tri")},
		{"french", []byte("Les élèves de l'école ont étudié à Genève ; le café était très apprécié, déjà en été. " +
			"Où est la bibliothèque ? Ça coûte cher, répondit-il, mais la qualité est là. Noël, forêt, naïve, garçon.")},
		{"german", []byte("Die Straße ist für Fußgänger gesperrt. Größere Änderungen wären möglich; " +
			"die Bürger müssen über die Schließung informiert werden. Übermäßig schön, heißt es.")},
		{"spanish-portuguese", []byte("El niño está en la montaña; mañana será otro año. Não há informação sobre a " +
			"situação, disse o cônsul. Canción, corazón, lección, después.")},
		{"french-latin1", []byte("Les \xE9l\xE8ves de l'\xE9cole ont \xE9tudi\xE9 \xE0 Gen\xE8ve ; le caf\xE9 \xE9tait " +
			"tr\xE8s appr\xE9ci\xE9, d\xE9j\xE0 en \xE9t\xE9. O\xF9 est la biblioth\xE8que ? \xC7a co\xFBte cher.")},
		{"german-latin1", []byte("Die Stra\xDFe ist f\xFCr Fu\xDFg\xE4nger gesperrt. Gr\xF6\xDFere \xC4nderungen " +
			"w\xE4ren m\xF6glich; die B\xFCrger m\xFCssen \xFCber die Schlie\xDFung informiert werden.")},
		{"bom-ascii", []byte("\uFEFFso_hieu: 1\n")},
		// UTF-8 Vietnamese read as Windows-1252: a different fault, not TCVN3 or VNI.
		{"utf8-as-cp1252", []byte(mojibake(t, []byte("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. "+
			"Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch thực hiện Kết luận số 81-KL/TW của Bộ Chính trị.")))},
		{"symbols", []byte("Kích thước 3×4 µm, nhiệt độ 25 °C ± 0,5; giá ½ triệu © 2024 · mục § 3 · ¹ ² ³ µm µm µm")},
		{"binary-with-legacy-words", append([]byte("\x00\x01\x02"), encodeRaw(t, strings.Repeat("Cộng hòa xã hội chủ nghĩa ", 5), TCVN3)...)},
		{"two-words", []byte("Céng hßa")}, // below MinHits: deliberately not reported
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.in)
			if r.OK || r.Encoding != Unicode || r.Message() != "" {
				t.Errorf("Analyze = %+v, want nothing", r)
			}
		})
	}
}

// TestDetectRandom feeds random bytes and random Latin-1 text: whatever is detected must
// not panic, and a detection must be backed by the thresholds.
func TestDetectRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		b := make([]byte, rng.Intn(400))
		rng.Read(b)
		if i%3 == 2 { // text-like bytes: no controls, so the binary guard does not apply
			for k := range b {
				b[k] = byte(0x20 + rng.Intn(0xE0))
			}
		}
		if i%3 == 1 { // valid UTF-8 made of Latin-1 letters and spaces
			var s strings.Builder
			for range len(b) {
				if rng.Intn(5) == 0 {
					s.WriteByte(' ')
				} else {
					s.WriteRune(rune(0xC0 + rng.Intn(0x40)))
				}
			}
			b = []byte(s.String())
		}
		r := Analyze(b)
		if r.OK && (r.Hits < MinHits || r.Hits*100 < r.Words*MinSharePercent) {
			t.Fatalf("detected below threshold: %+v", r)
		}
		if r.OK {
			_, _ = ToUnicode(b, r.Encoding)
		}
	}
}

func TestSampleFiles(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file     string
		e        Encoding
		mojibake bool
	}{
		{"sample.tcvn3.yaml", TCVN3, false},
		{"sample.tcvn3-cp1252.yaml", TCVN3, true},
		{"sample.vni.yaml", VNI, false},
		{"sample.vni-latin1.yaml", VNI, true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			r := Analyze(in)
			if !r.OK || r.Encoding != tc.e || r.Mojibake != tc.mojibake {
				t.Fatalf("Analyze = %+v", r)
			}
			if r.Hits != r.Words {
				t.Errorf("hits %d of %d words", r.Hits, r.Words)
			}
			got, err := ToUnicode(in, tc.e)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("ToUnicode =\n%s\nwant\n%s", got, want)
			}
			// The other encoding must not claim the file.
			other := VNI
			if tc.e == VNI {
				other = TCVN3
			}
			if _, err := ToUnicode(in, other); err == nil {
				t.Logf("note: %s also converts as %v", tc.file, other)
			}
		})
	}
}

func TestMessage(t *testing.T) {
	raw := encodeRaw(t, "Cộng hòa xã hội chủ nghĩa Việt Nam", TCVN3)
	r := Analyze(raw)
	msg := r.Message()
	for _, want := range []string{"không phải UTF-8", "TCVN3 (ABC)", ".VnTime", "“C\u00e9ng” là “Cộng”"} {
		if !strings.Contains(msg, want) {
			t.Errorf("raw message %q lacks %q", msg, want)
		}
	}
	r = Analyze([]byte("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
	msg = r.Message()
	for _, want := range []string{"Windows-1252", "UTF-8", "bảng mã VNI", "VNI-Times", "“Coäng” đúng ra là “Cộng”"} {
		if !strings.Contains(msg, want) {
			t.Errorf("mojibake message %q lacks %q", msg, want)
		}
	}
}

func TestToUnicodeErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     []byte
		e      Encoding
		offset int
		check  func(*DecodeError) bool
		msg    string
	}{
		{"tcvn3-unassigned", []byte("c\xB8c \xB0C"), TCVN3, 4,
			func(d *DecodeError) bool { return d.Byte == 0xB0 && d.Rune == 0 },
			"byte 0xB0 ở vị trí 4 không có trong bảng mã TCVN3 (ABC)"},
		{"tcvn3-cp1252-undefined", []byte("ab\x81"), TCVN3, 2, nil, "byte 0x81 ở vị trí 2"},
		{"vni-dangling-mark", []byte("ca\xF9c \xF9"), VNI, 5,
			func(d *DecodeError) bool { return d.Dangling },
			"byte 0xF9 ở vị trí 5 là dấu của bảng mã VNI"},
		{"vni-unused", []byte("\xDF"), VNI, 0, func(d *DecodeError) bool { return !d.Dangling }, "không có trong bảng mã VNI"},
		{"mojibake-not-cp1252", []byte("Céng Việt"), TCVN3, 8,
			func(d *DecodeError) bool { return d.NotWindows1252 && d.Rune == 'ệ' },
			"ký tự “ệ” (U+1EC7) ở vị trí byte 8 không có trong Windows-1252"},
		{"mojibake-unassigned", []byte("ab °C"), TCVN3, 3,
			func(d *DecodeError) bool { return d.Rune == '°' && d.Byte == 0xB0 },
			"ký tự “°” (U+00B0) ở vị trí byte 3 (byte 0xB0) không có trong bảng mã TCVN3 (ABC)"},
		{"unicode-invalid", []byte("ab\xFFc"), Unicode, 2,
			func(d *DecodeError) bool { return d.InvalidUTF8 }, "không phải UTF-8 hợp lệ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ToUnicode(tc.in, tc.e)
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("err = %v, want *DecodeError", err)
			}
			if de.Offset != tc.offset || (tc.check != nil && !tc.check(de)) {
				t.Errorf("err = %+v", de)
			}
			if !strings.Contains(de.Error(), tc.msg) {
				t.Errorf("Error() = %q, want it to contain %q", de.Error(), tc.msg)
			}
		})
	}
	if _, err := ToUnicode([]byte("x"), Encoding(7)); err == nil {
		t.Error("unknown encoding accepted")
	}
}

func TestToUnicodeKeepsEverything(t *testing.T) {
	// Symbols, punctuation and control bytes pass through; a BOM before mojibake goes.
	in := []byte("\u201CK\u00D5 ho\u00B9ch\u201D \u2013 t\u00AB\u00A0\t\r\n")
	got, err := ToUnicode(in, TCVN3)
	if want := "“Kế hoạch” – tô\u00a0\t\r\n"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	got, err = ToUnicode(append([]byte("\uFEFF"), "Vieät"...), VNI)
	if err != nil || got != "Việt" {
		t.Errorf("BOM: got %q, %v", got, err)
	}
	got, err = ToUnicode([]byte("20\xB0C \xA9 3\xD74\xF72"), VNI)
	if err != nil || got != "20°C © 3×4÷2" {
		t.Errorf("VNI symbols: got %q, %v", got, err)
	}
	got, err = ToUnicode([]byte(norm.NFD.String("Việt")), Unicode)
	if err != nil || got != "Việt" || !bytes.Equal([]byte(got), []byte("Vi\u1EC7t")) {
		t.Errorf("Unicode: got %q, %v", got, err)
	}
}

func TestIsSyllable(t *testing.T) {
	valid := []string{
		"a", "ơ", "ý", "ăn", "yêu", "yên", "uỷ", "ủy", "Ủy", "người", "nghiêng", "nghĩa", "khuya",
		"khuỷu", "quyết", "quốc", "quả", "giữa", "giếng", "gì", "gìn", "hoạch", "hoàng", "ngoằn",
		"xoong", "thuở", "rượu", "tuổi", "Kế", "KẾT", "Chính", "tỉnh", "Độc", "lập", "phúc", "kỳ",
		"huỳnh", "huých", "khuyên", "đường", "Việt", norm.NFD.String("Việt"), "oai", "ngoẹo",
	}
	invalid := []string{
		"", "élève", "ộlồve", "straòe", "cỏc", "cac", "ka", "ghơ", "nghu", "ce", "ge", "ngi",
		"ss", "fa", "wa", "zo", "xyz", "tiếng'", "aa", "iê", "bể1", "ầ̀", "quu", "café", "ườ",
		"nhõnn", "ǹ", "ư\u0302",
	}
	for _, w := range valid {
		if !isSyllable(w) {
			t.Errorf("isSyllable(%q) = false", w)
		}
	}
	for _, w := range invalid {
		if isSyllable(w) {
			t.Errorf("isSyllable(%q) = true", w)
		}
	}
}

// TestAnalyzeLimit: only the first mebibyte is read, cut on a character boundary.
func TestAnalyzeLimit(t *testing.T) {
	raw := encodeRaw(t, "Cộng hòa xã hội chủ nghĩa Việt Nam\n", TCVN3)
	big := append(bytes.Repeat([]byte("x"), analyzeLimit+10), raw...)
	if _, ok := Detect(big); ok {
		t.Error("text past the limit was read")
	}
	moj := []byte(strings.Repeat(mojibake(t, raw), analyzeLimit/len(raw)+2))
	if e, ok := Detect(moj); !ok || e != TCVN3 {
		t.Errorf("large mojibake: %v, %v", e, ok)
	}
}

func TestThresholds(t *testing.T) {
	french := strings.Repeat(" élève été café", 3)
	for _, tc := range []struct {
		name string
		in   string
		ok   bool
	}{
		{"three-distinct", "Céng hßa x· héi", true},
		{"one-word-repeated", "Céng Céng Céng Céng Céng", false},
		{"two-words", "ViÖt Nam ViÖt Nam ViÖt", false},
		{"share-too-low", "Céng hßa x· héi" + french, false},
		{"share-enough", "Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp" + " élève été", true},
		{"lone-symbols", "· × ¹ · × ¹ µ ë", false},
	} {
		r := Analyze([]byte(tc.in))
		if r.OK != tc.ok {
			t.Errorf("%s: Analyze(%q) = %+v, want OK %v", tc.name, tc.in, r, tc.ok)
		}
	}
}
