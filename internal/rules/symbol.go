package rules

import (
	"strings"
	"unicode"

	"vanban/internal/model"
	"vanban/internal/vn"
)

// typeCodes are the document-type abbreviations of both systems and what they stand for
// (FS §6: NĐ 30 Phụ lục III, HD 36 era Party codes; copies SY, SL, TrS, BS).
var typeCodes = map[string]string{
	"NQ": "nghị quyết", "QĐ": "quyết định", "CT": "chỉ thị", "KL": "kết luận",
	"QC": "quy chế", "QyĐ": "quy định", "QĐi": "quy định", "TT": "thông tri",
	"TC": "thông cáo", "TB": "thông báo", "HD": "hướng dẫn", "CTr": "chương trình",
	"KH": "kế hoạch", "PA": "phương án", "ĐA": "đề án", "DA": "dự án", "BC": "báo cáo",
	"BB": "biên bản", "TTr": "tờ trình", "HĐ": "hợp đồng", "CV": "công văn",
	"CĐ": "công điện", "BGN": "bản ghi nhớ", "BTT": "bản thỏa thuận", "GUQ": "giấy ủy quyền",
	"GM": "giấy mời", "GGT": "giấy giới thiệu", "GNP": "giấy nghỉ phép", "PG": "phiếu gửi",
	"PC": "phiếu chuyển", "PB": "phiếu báo", "SY": "bản sao y", "SL": "bản sao lục",
	"TrS": "bản trích sao", "BS": "bản sao",
}

// mixedCase are the official codes written with small letters (FS §5.3, §6; TTg is the
// Thủ tướng Chính phủ, as in 749/QĐ-TTg); every other letter of a ký hiệu is a capital.
var mixedCase = []string{"TTr", "CTr", "QyĐ", "QĐi", "TrS", "ThU", "TTg"}

// kindCodes gives the type code of each kind vanban builds, per system (FS §6); a State
// công văn has none (its ký hiệu is ISSUER-UNIT).
var kindCodes = map[string]string{
	"ke_hoach": "KH", "bao_cao": "BC", "thong_bao": "TB", "quyet_dinh": "QĐ",
	"to_trinh": "TTr", "chuong_trinh": "CTr", "huong_dan": "HD", "cong_van": "CV",
}

// code returns the canonical spelling of a type code given in any case, or "".
func code(s string) string {
	for c := range typeCodes {
		if strings.EqualFold(c, s) {
			return c
		}
	}
	return ""
}

// canonical writes one part of a ký hiệu in its official case.
func canonical(part string) string {
	for _, c := range mixedCase {
		if strings.EqualFold(c, part) {
			return c
		}
	}
	return vn.Upper(part)
}

// symbol checks ky_hieu (rules 1 and 2).
func (c *checker) symbol() {
	const path = "$.ky_hieu"
	s := vn.NFC(strings.TrimSpace(c.m.Symbol))
	if s == "" {
		return // data.CheckMeta reports the missing field
	}
	// FS §5.3: the number goes in so; the renderer writes "Số" and the number itself.
	if hasPrefixFold(s, "số") || unicode.IsDigit(firstRune(s)) {
		what := "bắt đầu bằng “Số”"
		switch {
		case unicode.IsDigit(firstRune(s)):
			what = "bắt đầu bằng số"
		case c.stateNumberLabel(s):
			what = stateLabelMsg
		}
		hint := "ký hiệu không ghi số: ghi số văn bản ở trường so (hoặc để trống cho văn thư), ký hiệu chỉ gồm phần chữ"
		if n, sym, ok := splitNumber(c.m.System, s); ok {
			hint = "ghi so: \"" + n + "\" và ky_hieu: \"" + sym + "\""
		}
		c.errorf(path, hint, "ký hiệu “%s” %s", s, what)
		return
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		c.errorf(path, "bỏ dấu cách: “"+strings.Join(strings.Fields(s), "")+"”",
			"ký hiệu “%s” có dấu cách", s)
		return
	}
	parts, ok := c.symbolParts(s)
	if !ok {
		return
	}
	for _, p := range parts {
		for _, r := range p {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				c.errorf(path, c.symbolExample(), "ký hiệu “%s” có ký tự “%c” không dùng trong ký hiệu", s, r)
				return
			}
		}
	}
	// FS §2 row 3, §4 row 3: ký hiệu in capitals, save the official mixed-case codes.
	fixed, lower, wrongMixed := s, false, ""
	for _, p := range parts {
		can := canonical(p)
		if p == can {
			continue
		}
		if strings.IndexFunc(p, unicode.IsLower) >= 0 {
			lower = true
		} else if wrongMixed == "" {
			wrongMixed = can
		}
	}
	if lower || wrongMixed != "" {
		fixed = rebuild(s, canonical)
	}
	switch {
	case lower:
		c.errorf(path, "viết “"+fixed+"”", "ký hiệu “%s” có chữ thường: ký hiệu viết in hoa", s)
	case wrongMixed != "":
		c.warnf(path, "viết “"+fixed+"”", "ký hiệu “%s”: viết tắt chính thức là “%s”", s, wrongMixed)
	}
	c.symbolType(s, parts)
}

// symbolParts splits a ký hiệu at the separators of the document's system and reports
// (rule 1) a wrong, missing or doubled separator and empty parts. In a State document the
// parts are the groups between "-"; in a Party one the type, then the issuers.
func (c *checker) symbolParts(s string) ([]string, bool) {
	const path = "$.ky_hieu"
	switch c.m.System {
	case model.Party:
		// FS §5.3, §7: Party "Số 12-KH/TU", type and issuer joined by "/".
		slashes := strings.Count(s, "/")
		switch {
		case slashes == 0 && strings.Contains(s, "-"):
			c.errorf(path, "viết “"+strings.Replace(s, "-", "/", 1)+"”",
				"ký hiệu “%s” viết theo kiểu văn bản nhà nước: ký hiệu văn bản của Đảng viết LOẠI/CƠ QUAN, ví dụ KH/TU", s)
			return nil, false
		case slashes == 0:
			c.errorf(path, c.symbolExample(), "ký hiệu “%s” thiếu dấu “/” giữa viết tắt loại văn bản và cơ quan ban hành", s)
			return nil, false
		case slashes > 1:
			c.errorf(path, c.symbolExample(), "ký hiệu “%s” có %d dấu “/”: ký hiệu văn bản của Đảng chỉ có một, giữa loại và cơ quan", s, slashes)
			return nil, false
		}
		typ, issuer, _ := strings.Cut(s, "/")
		parts := append([]string{typ}, strings.Split(issuer, "-")...)
		if strings.Contains(typ, "-") || slicesHasEmpty(parts) {
			c.errorf(path, c.symbolExample(), "ký hiệu “%s” không đúng dạng LOẠI/CƠ QUAN", s)
			return nil, false
		}
		return parts, true
	case model.State:
		// FS §5.3, §7: State "Số: 123/KH-UBND", groups joined by "-", no "/".
		switch {
		case strings.Contains(s, "/"):
			c.errorf(path, "viết “"+strings.ReplaceAll(s, "/", "-")+"”",
				"ký hiệu “%s” viết theo kiểu văn bản của Đảng: ký hiệu văn bản nhà nước viết LOẠI-CƠ QUAN, ví dụ KH-UBND (công văn: CƠ QUAN-ĐƠN VỊ, ví dụ UBND-VX)", s)
			return nil, false
		case !strings.Contains(s, "-"):
			c.errorf(path, c.symbolExample(), "ký hiệu “%s” thiếu dấu “-” giữa các phần", s)
			return nil, false
		}
		parts := strings.Split(s, "-")
		if slicesHasEmpty(parts) {
			c.errorf(path, c.symbolExample(), "ký hiệu “%s” có phần trống giữa hai dấu “-” hoặc ở đầu, cuối", s)
			return nil, false
		}
		return parts, true
	}
	return nil, false // unknown system: data.CheckMeta reports it
}

// symbolType checks that the type part of the ký hiệu matches loai (rule 2, FS §6).
func (c *checker) symbolType(s string, parts []string) {
	const path = "$.ky_hieu"
	want, known := kindCodes[c.m.Kind]
	if !known {
		return
	}
	first := code(parts[0])
	kind := typeCodes[want]
	if c.state() && c.m.Kind == "cong_van" {
		// A State công văn has no type code: ISSUER-UNIT.
		if _, ours := kindCodesByCode()[first]; ours {
			c.errorf(path, "công văn ghi ký hiệu CƠ QUAN-ĐƠN VỊ, ví dụ “UBND-VX”; hoặc sửa loai nếu đây không phải công văn",
				"ký hiệu “%s” bắt đầu bằng %s (%s) nhưng công văn của cơ quan nhà nước không có viết tắt loại", s, first, typeCodes[first])
		}
		return
	}
	example := want + "/" + strings.Join(parts[1:], "-")
	if c.state() {
		example = want + "-" + strings.Join(parts[1:], "-")
	}
	switch {
	case first == want:
	case first != "":
		c.errorf(path, "ghi “"+example+"”, hoặc sửa loai nếu văn bản là "+typeCodes[first],
			"ký hiệu “%s” có viết tắt %s (%s) nhưng văn bản là %s (loai: %s, viết tắt %s)", s, first, typeCodes[first], kind, c.m.Kind, want)
	case c.state():
		c.warnf(path, "văn bản nhà nước có tên loại ghi ký hiệu LOẠI-CƠ QUAN, ví dụ “"+want+"-"+parts[0]+"”",
			"ký hiệu “%s” không bắt đầu bằng viết tắt của %s (%s)", s, kind, want)
	default:
		c.warnf(path, "ghi “"+example+"”",
			"ký hiệu “%s”: “%s” không phải viết tắt loại văn bản nào; %s viết tắt %s", s, parts[0], kind, want)
	}
}

// kindCodesByCode is the set of the type codes of the kinds vanban builds.
func kindCodesByCode() map[string]bool {
	set := map[string]bool{}
	for _, c := range kindCodes {
		set[c] = true
	}
	return set
}

// symbolExample is a hint with the ký hiệu forms of the document's system.
func (c *checker) symbolExample() string {
	if c.state() {
		return "ký hiệu văn bản nhà nước viết LOẠI-CƠ QUAN, ví dụ “KH-UBND”, “TTr-SNV”; công văn viết CƠ QUAN-ĐƠN VỊ, ví dụ “UBND-VX”"
	}
	return "ký hiệu văn bản của Đảng viết LOẠI/CƠ QUAN, ví dụ “KH/TU”, “CV/BTCTU”; nhiều cơ quan cùng ban hành nối bằng “-”: “QC/BTCTU-BDVTU”"
}

func slicesHasEmpty(parts []string) bool {
	for _, p := range parts {
		if p == "" {
			return true
		}
	}
	return false
}

// rebuild applies fn to every part of s between separators, keeping the separators.
func rebuild(s string, fn func(string) string) string {
	var b strings.Builder
	start := 0
	for i, r := range s {
		if r == '/' || r == '-' {
			b.WriteString(fn(s[start:i]))
			b.WriteRune(r)
			start = i + 1
		}
	}
	b.WriteString(fn(s[start:]))
	return b.String()
}

// splitNumber splits a number-symbol typed whole ("Số 12-KH/TU", "12/KH-UBND") into the
// number and the ký hiệu, at the separator of the system's number line (FS §5.3).
func splitNumber(system model.System, s string) (num, sym string, ok bool) {
	s = strings.TrimSpace(s)
	if hasPrefixFold(s, "số") {
		s = strings.TrimLeft(s[len("số"):], ": ")
	}
	sep := "-"
	if system == model.State {
		sep = "/"
	}
	num, sym, found := strings.Cut(s, sep)
	num, sym = strings.TrimSpace(num), strings.TrimSpace(sym)
	if !found || num == "" || sym == "" || strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return "", "", false
	}
	return num, sym, true
}

// stateLabelMsg is what a Party number typed with the State's label is told.
const stateLabelMsg = "bắt đầu bằng “Số:” có dấu hai chấm của văn bản nhà nước; văn bản của Đảng in “Số 12-KH/TU”, không có dấu hai chấm"

// stateNumberLabel reports whether s, in a Party document, starts with the State's "Số:"
// (FS §7: Party "Số 12-KH/TU", no colon).
func (c *checker) stateNumberLabel(s string) bool {
	return c.party() && hasPrefixFold(s, "số") && strings.HasPrefix(strings.TrimSpace(s[len("số"):]), ":")
}

// number checks so (rule 3, FS §5.2, §2 row 3): digits, one leading zero under 10.
func (c *checker) number() {
	const path = "$.so"
	s := vn.NFC(strings.TrimSpace(c.m.Number))
	if s == "" {
		return // the clerk writes the number
	}
	if strings.ContainsAny(s, "/-") {
		hint := "trường so chỉ ghi số, ví dụ “12”; phần sau ghi ở ky_hieu"
		if n, sym, ok := splitNumber(c.m.System, s); ok {
			hint = "ghi so: \"" + n + "\" và ky_hieu: \"" + sym + "\""
		}
		c.errorf(path, hint, "số văn bản “%s” có cả ký hiệu", s)
		return
	}
	if strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		hint := "ghi số bằng chữ số, ví dụ so: \"12\"; để trống nếu văn thư ghi số"
		what := "chỉ được gồm chữ số"
		if hasPrefixFold(s, "số") {
			hint = "bỏ chữ “Số”: trình bày tự in “Số”; trường so chỉ ghi chữ số"
		}
		if c.stateNumberLabel(s) {
			what = stateLabelMsg
		}
		c.errorf(path, hint, "số văn bản “%s” %s", s, what)
		return
	}
	digits := strings.TrimLeft(s, "0")
	switch {
	case digits == "":
		c.warnf(path, "số văn bản đánh từ 01; để trống nếu văn thư ghi số", "số văn bản “%s” bằng 0", s)
	case s[0] == '0' && (len(digits) > 1 || len(s) > 2):
		c.warnf(path, "ghi “"+digits+"”; số nhỏ hơn 10 được tự thêm một số 0 (05)",
			"số văn bản “%s” có số 0 thừa ở đầu", s)
	}
}
