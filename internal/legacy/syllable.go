package legacy

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone marks, as combining characters after NFD.
const (
	toneNone  = 0
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

// initials are the written initial consonants of Vietnamese, longest first so that the
// first match is the greedy one ("ngh" before "ng" before "n").
var initials = []string{
	"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
}

// openRhymes are the vowel groups that end a syllable with no final consonant.
var openRhymes = setOf(
	"a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
	"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi",
	"ơi", "ua", "uê", "ui", "uy", "uơ", "ưa", "ưi", "ưu",
	"iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
)

// closedRhymes lists, for each final consonant, the vowel groups it may follow.
var closedRhymes = map[string]map[string]bool{
	"c":  setOf("a", "ă", "â", "e", "o", "ô", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă", "oo", "uâ"),
	"ng": setOf("a", "ă", "â", "e", "o", "ô", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă", "oo", "uâ"),
	"ch": setOf("a", "ê", "i", "oa", "uê", "uy"),
	"nh": setOf("a", "ê", "i", "oa", "uê", "uy"),
	"m":  setOf("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă"),
	"p":  setOf("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "ươ", "oa", "oă"),
	"n":  setOf("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă", "oe", "uâ", "uyê"),
	"t":  setOf("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă", "oe", "uâ", "uy", "uyê"),
}

// finals are the final consonants, longest first.
var finals = []string{"ch", "ng", "nh", "c", "m", "n", "p", "t"}

func setOf(s ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, x := range s {
		m[x] = true
	}
	return m
}

// isVowel reports a Vietnamese vowel letter without its tone mark.
func isVowel(r rune) bool {
	return strings.ContainsRune("aăâeêioôơuưy", r)
}

// isSyllable reports whether w (any case, NFC or NFD) is a well-formed Vietnamese
// syllable: an optional initial consonant, a vowel group from the lists above, an
// optional final consonant that the vowel group may take, and at most one tone mark,
// which must be acute or dot below when the final is p, t, c or ch. Spelling rules
// c/k, g/gh and ng/ngh are checked. It accepts some syllables no word uses, but no
// spelling outside the Vietnamese system — that is what the detector needs.
func isSyllable(w string) bool {
	if w == "" || len(w) > 32 {
		return false
	}
	d := norm.NFD.String(strings.ToLower(w))
	tone := rune(toneNone)
	base := make([]rune, 0, 8)
	for _, r := range d {
		switch r {
		case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
			if tone != toneNone || len(base) == 0 || !isVowelBase(base[len(base)-1], base) {
				return false
			}
			tone = r
		case '\u0302', '\u0306', '\u031B': // circumflex, breve, horn: part of the letter
			if len(base) == 0 {
				return false
			}
			base = append(base, r)
		default:
			if !(r >= 'a' && r <= 'z') && r != 'đ' {
				return false
			}
			base = append(base, r)
		}
	}
	s := norm.NFC.String(string(base))
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') && !strings.ContainsRune("ăâêôơưđ", r) {
			return false // a modifier on a letter that cannot carry it
		}
	}
	for _, ini := range initials {
		if strings.HasPrefix(s, ini) && rhymeOK(ini, s[len(ini):], tone) {
			return true
		}
	}
	return rhymeOK("", s, tone)
}

// isVowelBase reports whether the last base rune (possibly a modifier mark) belongs to
// a vowel, so that a tone mark after it is placed on a vowel.
func isVowelBase(last rune, base []rune) bool {
	switch last {
	case '\u0302', '\u0306', '\u031B':
		return len(base) >= 2 && isVowel(base[len(base)-2])
	}
	return isVowel(last)
}

// rhymeOK reports whether rest (the syllable after initial ini) is a vowel group plus an
// optional final consonant that fits ini and the tone.
func rhymeOK(ini, rest string, tone rune) bool {
	if rest == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !isVowel(first) {
		return false
	}
	front := strings.ContainsRune("ieêy", first) // letters k, gh, ngh must precede
	switch ini {
	case "k":
		if !front {
			return false
		}
	case "gh", "ngh":
		if !front || first == 'y' {
			return false
		}
	case "c":
		if front {
			return false
		}
	case "g", "ng":
		if first == 'e' || first == 'ê' || (ini == "ng" && first == 'i') {
			return false
		}
	case "qu":
		if first == 'u' || first == 'ư' || first == 'o' {
			return false
		}
	case "gi":
		if first == 'i' {
			return false
		}
	}
	if openRhymes[rest] {
		return true
	}
	for _, f := range finals {
		if !strings.HasSuffix(rest, f) {
			continue
		}
		v := rest[:len(rest)-len(f)]
		if f == "c" && strings.HasSuffix(v, "c") { // "cc" is no final
			continue
		}
		ok := closedRhymes[f][v] || ini == "gi" && closedRhymes[f]["i"+v]
		if !ok {
			continue
		}
		switch f {
		case "p", "t", "c", "ch":
			if tone != toneAcute && tone != toneDot {
				continue
			}
		}
		return true
	}
	return false
}
