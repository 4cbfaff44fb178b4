package legacy

// The tables below were transcribed from UniKey's converter (VnConv), as stored in
// github.com/vn-input/ibus-unikey, ukengine/data.cpp (commit 0d9c0db4fd2f): the
// SingleByteTables entry "TCVN3" and the DoubleByteTables entry "VNI-WIN", read together
// with that file's UnicodeTable to know which letter each slot holds (slots run: plain,
// acute, grave, hook above, tilde, dot below; capital then small).
//
// They were cross-checked, letter by letter, against a second, independent converter:
// github.com/duydev/vietnamese-conversion, src/charsets.ts (commit 46413a052f32), arrays
// UNICODE, VNI and TCVN3 — all 134 VNI sequences and all 74 TCVN3 codes agree. The TCVN3
// codes were also checked against GNU libiconv's TCVN-5712 table (github.com/koron/libiconv,
// lib/tcvn.h, tcvn_2uni_2): the 74 codes in 0xA1–0xFE agree (libiconv's TCVN 5712 VN1 also
// puts capitals with tone marks into the slots that TCVN3/ABC leaves empty; see tcvn3Table).

// tcvn3Letters maps each Vietnamese letter TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts
// .VnTime, .VnArial, …) can hold to its byte: the 67 small letters and the seven capitals
// without tone marks. Capitals with tone marks have no code of their own: they were typed
// with the lowercase codes in a separate capitals font (.VnTimeH), so the bytes alone read
// as small letters.
var tcvn3Letters = [...]struct {
	r rune
	b byte
}{
	{'á', 0xB8}, {'à', 0xB5}, {'ả', 0xB6}, {'ã', 0xB7}, {'ạ', 0xB9},
	{'Ă', 0xA1}, {'ă', 0xA8}, {'ắ', 0xBE}, {'ằ', 0xBB}, {'ẳ', 0xBC}, {'ẵ', 0xBD}, {'ặ', 0xC6},
	{'Â', 0xA2}, {'â', 0xA9}, {'ấ', 0xCA}, {'ầ', 0xC7}, {'ẩ', 0xC8}, {'ẫ', 0xC9}, {'ậ', 0xCB},
	{'Đ', 0xA7}, {'đ', 0xAE},
	{'é', 0xD0}, {'è', 0xCC}, {'ẻ', 0xCE}, {'ẽ', 0xCF}, {'ẹ', 0xD1},
	{'Ê', 0xA3}, {'ê', 0xAA}, {'ế', 0xD5}, {'ề', 0xD2}, {'ể', 0xD3}, {'ễ', 0xD4}, {'ệ', 0xD6},
	{'í', 0xDD}, {'ì', 0xD7}, {'ỉ', 0xD8}, {'ĩ', 0xDC}, {'ị', 0xDE},
	{'ó', 0xE3}, {'ò', 0xDF}, {'ỏ', 0xE1}, {'õ', 0xE2}, {'ọ', 0xE4},
	{'Ô', 0xA4}, {'ô', 0xAB}, {'ố', 0xE8}, {'ồ', 0xE5}, {'ổ', 0xE6}, {'ỗ', 0xE7}, {'ộ', 0xE9},
	{'Ơ', 0xA5}, {'ơ', 0xAC}, {'ớ', 0xED}, {'ờ', 0xEA}, {'ở', 0xEB}, {'ỡ', 0xEC}, {'ợ', 0xEE},
	{'ú', 0xF3}, {'ù', 0xEF}, {'ủ', 0xF1}, {'ũ', 0xF2}, {'ụ', 0xF4},
	{'Ư', 0xA6}, {'ư', 0xAD}, {'ứ', 0xF8}, {'ừ', 0xF5}, {'ử', 0xF6}, {'ữ', 0xF7}, {'ự', 0xF9},
	{'ý', 0xFD}, {'ỳ', 0xFA}, {'ỷ', 0xFB}, {'ỹ', 0xFC}, {'ỵ', 0xFE},
}

// vniLetters maps each of the 134 Vietnamese letters to its VNI-Windows spelling: an
// ASCII base letter followed by one mark byte, or one byte for the letters VNI has
// precomposed (đ, ơ, ư, i with tone marks, ỵ), or ơ/ư followed by a tone byte. Capitals
// use the capital base and their own set of mark bytes (0x20 below the small ones).
var vniLetters = [...]struct {
	r rune
	s string
}{
	{'á', "a\xF9"}, {'à', "a\xF8"}, {'ả', "a\xFB"}, {'ã', "a\xF5"}, {'ạ', "a\xEF"},
	{'Á', "A\xD9"}, {'À', "A\xD8"}, {'Ả', "A\xDB"}, {'Ã', "A\xD5"}, {'Ạ', "A\xCF"},
	{'ă', "a\xEA"}, {'ắ', "a\xE9"}, {'ằ', "a\xE8"}, {'ẳ', "a\xFA"}, {'ẵ', "a\xFC"}, {'ặ', "a\xEB"},
	{'Ă', "A\xCA"}, {'Ắ', "A\xC9"}, {'Ằ', "A\xC8"}, {'Ẳ', "A\xDA"}, {'Ẵ', "A\xDC"}, {'Ặ', "A\xCB"},
	{'â', "a\xE2"}, {'ấ', "a\xE1"}, {'ầ', "a\xE0"}, {'ẩ', "a\xE5"}, {'ẫ', "a\xE3"}, {'ậ', "a\xE4"},
	{'Â', "A\xC2"}, {'Ấ', "A\xC1"}, {'Ầ', "A\xC0"}, {'Ẩ', "A\xC5"}, {'Ẫ', "A\xC3"}, {'Ậ', "A\xC4"},
	{'đ', "\xF1"},
	{'Đ', "\xD1"},
	{'é', "e\xF9"}, {'è', "e\xF8"}, {'ẻ', "e\xFB"}, {'ẽ', "e\xF5"}, {'ẹ', "e\xEF"},
	{'É', "E\xD9"}, {'È', "E\xD8"}, {'Ẻ', "E\xDB"}, {'Ẽ', "E\xD5"}, {'Ẹ', "E\xCF"},
	{'ê', "e\xE2"}, {'ế', "e\xE1"}, {'ề', "e\xE0"}, {'ể', "e\xE5"}, {'ễ', "e\xE3"}, {'ệ', "e\xE4"},
	{'Ê', "E\xC2"}, {'Ế', "E\xC1"}, {'Ề', "E\xC0"}, {'Ể', "E\xC5"}, {'Ễ', "E\xC3"}, {'Ệ', "E\xC4"},
	{'í', "\xED"}, {'ì', "\xEC"}, {'ỉ', "\xE6"}, {'ĩ', "\xF3"}, {'ị', "\xF2"},
	{'Í', "\xCD"}, {'Ì', "\xCC"}, {'Ỉ', "\xC6"}, {'Ĩ', "\xD3"}, {'Ị', "\xD2"},
	{'ó', "o\xF9"}, {'ò', "o\xF8"}, {'ỏ', "o\xFB"}, {'õ', "o\xF5"}, {'ọ', "o\xEF"},
	{'Ó', "O\xD9"}, {'Ò', "O\xD8"}, {'Ỏ', "O\xDB"}, {'Õ', "O\xD5"}, {'Ọ', "O\xCF"},
	{'ô', "o\xE2"}, {'ố', "o\xE1"}, {'ồ', "o\xE0"}, {'ổ', "o\xE5"}, {'ỗ', "o\xE3"}, {'ộ', "o\xE4"},
	{'Ô', "O\xC2"}, {'Ố', "O\xC1"}, {'Ồ', "O\xC0"}, {'Ổ', "O\xC5"}, {'Ỗ', "O\xC3"}, {'Ộ', "O\xC4"},
	{'ơ', "\xF4"}, {'ớ', "\xF4\xF9"}, {'ờ', "\xF4\xF8"}, {'ở', "\xF4\xFB"}, {'ỡ', "\xF4\xF5"}, {'ợ', "\xF4\xEF"},
	{'Ơ', "\xD4"}, {'Ớ', "\xD4\xD9"}, {'Ờ', "\xD4\xD8"}, {'Ở', "\xD4\xDB"}, {'Ỡ', "\xD4\xD5"}, {'Ợ', "\xD4\xCF"},
	{'ú', "u\xF9"}, {'ù', "u\xF8"}, {'ủ', "u\xFB"}, {'ũ', "u\xF5"}, {'ụ', "u\xEF"},
	{'Ú', "U\xD9"}, {'Ù', "U\xD8"}, {'Ủ', "U\xDB"}, {'Ũ', "U\xD5"}, {'Ụ', "U\xCF"},
	{'ư', "\xF6"}, {'ứ', "\xF6\xF9"}, {'ừ', "\xF6\xF8"}, {'ử', "\xF6\xFB"}, {'ữ', "\xF6\xF5"}, {'ự', "\xF6\xEF"},
	{'Ư', "\xD6"}, {'Ứ', "\xD6\xD9"}, {'Ừ', "\xD6\xD8"}, {'Ử', "\xD6\xDB"}, {'Ữ', "\xD6\xD5"}, {'Ự', "\xD6\xCF"},
	{'ý', "y\xF9"}, {'ỳ', "y\xF8"}, {'ỷ', "y\xFB"}, {'ỹ', "y\xF5"}, {'ỵ', "\xEE"},
	{'Ý', "Y\xD9"}, {'Ỳ', "Y\xD8"}, {'Ỷ', "Y\xDB"}, {'Ỹ', "Y\xD5"}, {'Ỵ', "\xCE"},
}

// cp1252High is Windows-1252 in 0x80–0x9F; 0 marks the five bytes it leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D). Both legacy encodings keep these Windows symbols —
// UniKey's tables end with the same 27 code points for TCVN3 and VNI-WIN — and a file
// read as Windows-1252 turns them into these runes.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// Derived lookup tables, filled by init.
var (
	// tcvn3Decode is the rune of each byte in TCVN3, or -1 when the byte has none.
	tcvn3Decode [256]rune
	// vniSingle is the rune of each byte standing alone in VNI, or -1.
	vniSingle [256]rune
	// vniPair maps a base byte and the mark byte after it to the letter they spell.
	vniPair map[[2]byte]rune
	// vniMark reports the bytes that are VNI mark bytes (they never stand alone).
	vniMark [256]bool
	// cp1252Encode maps the Windows-1252 symbols of 0x80–0x9F back to their byte.
	cp1252Encode map[rune]byte
)

func init() {
	cp1252Encode = make(map[rune]byte, 27)
	for i, r := range cp1252High {
		if r != 0 {
			cp1252Encode[r] = byte(0x80 + i)
		}
	}

	// TCVN3: ASCII, the Windows symbols of 0x80–0x9F, no-break space, the 74 letters.
	// Every other byte of 0xA0–0xFF is unknown: UniKey passes such bytes through as
	// Latin-1, libiconv's TCVN 5712 (VN1) reads them as capitals with tone marks or as
	// combining tone marks (0xB0–0xB4), and ABC fonts differ — so they are refused rather
	// than guessed.
	for i := range tcvn3Decode {
		tcvn3Decode[i] = -1
	}
	for i := 0; i < 0x80; i++ {
		tcvn3Decode[i] = rune(i)
	}
	for i, r := range cp1252High {
		if r != 0 {
			tcvn3Decode[0x80+i] = r
		}
	}
	tcvn3Decode[0xA0] = 0xA0
	for _, l := range tcvn3Letters {
		tcvn3Decode[l.b] = l.r
	}

	// VNI: ASCII, the Windows symbols of 0x80–0x9F, Latin-1 symbols in 0xA0–0xBF and the
	// signs × (0xD7) and ÷ (0xF7), which VNI leaves as in Windows-1252 (UniKey passes them
	// through), then the letters. The remaining bytes of 0xC0–0xFF are either mark bytes,
	// which must follow a base letter, or unused (0xC7 0xD0 0xDD 0xDE 0xDF 0xE7 0xF0 0xFD
	// 0xFE 0xFF: Latin letters foreign to Vietnamese), and are refused.
	for i := range vniSingle {
		vniSingle[i] = -1
	}
	for i := 0; i < 0x80; i++ {
		vniSingle[i] = rune(i)
	}
	for i, r := range cp1252High {
		if r != 0 {
			vniSingle[0x80+i] = r
		}
	}
	for i := 0xA0; i < 0xC0; i++ {
		vniSingle[i] = rune(i)
	}
	vniSingle[0xD7] = 0xD7
	vniSingle[0xF7] = 0xF7
	vniPair = make(map[[2]byte]rune, 128)
	for _, l := range vniLetters {
		switch len(l.s) {
		case 1:
			vniSingle[l.s[0]] = l.r
		case 2:
			vniPair[[2]byte{l.s[0], l.s[1]}] = l.r
			vniMark[l.s[1]] = true
		default:
			panic("legacy: bad VNI table entry")
		}
	}
}
