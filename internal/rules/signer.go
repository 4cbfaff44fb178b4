package rules

import (
	"strings"
)

// A role is what a signing prefix means, whatever system's form it is written in.
type role string

const (
	onBehalf role = "TM"  // thay mặt (tập thể)
	forHead  role = "KT"  // ký thay (cấp phó ký thay cấp trưởng)
	byOrder  role = "TL"  // thừa lệnh
	byAuth   role = "TUQ" // thừa ủy quyền (State only)
	acting   role = "Q"   // quyền (cấp trưởng)
)

// prefix is one written form of a signing prefix.
type prefix struct {
	form string
	role role
	// party and state tell which system writes the form.
	party, state bool
}

// prefixes are the exact forms (FS §2.2, §4.2, §7): Party T/M, K/T, T/L, Q.; State TM.,
// KT., TL., TUQ., Q.
var prefixes = []prefix{
	{"TUQ.", byAuth, false, true},
	{"T/M", onBehalf, true, false}, {"K/T", forHead, true, false}, {"T/L", byOrder, true, false},
	{"TM.", onBehalf, false, true}, {"KT.", forHead, false, true}, {"TL.", byOrder, false, true},
	{"Q.", acting, true, true},
}

// bare are the prefixes written without their punctuation ("KT CHỦ TỊCH").
var bare = map[string]role{"TM": onBehalf, "KT": forHead, "TL": byOrder, "TUQ": byAuth, "Q": acting}

// formOf is the form of a role in a system.
func formOf(r role, party bool) string {
	for _, p := range prefixes {
		if p.role == r && (party && p.party || !party && p.state) {
			return p.form
		}
	}
	return ""
}

// parseAuthority reads the prefix of a quyền hạn in capitals. It returns the prefix as
// written, its role, the rest (the body or title), whether it is an exact form followed
// by a space (or nothing), and which systems write it; ok is false when there is no prefix.
func parseAuthority(a string) (p prefix, rest string, exact, ok bool) {
	for _, p := range prefixes {
		if strings.HasPrefix(a, p.form) {
			rest := a[len(p.form):]
			return p, strings.TrimSpace(rest), rest == "" || rest[0] == ' ', true
		}
	}
	word, rest, _ := strings.Cut(a, " ")
	if r, found := bare[word]; found {
		return prefix{form: word, role: r}, strings.TrimSpace(rest), false, true
	}
	return prefix{}, a, false, false
}

// signer checks nguoi_ky (rule 4, FS §2.2, §4.2).
func (c *checker) signer() {
	const authPath, posPath = "$.nguoi_ky.quyen_han", "$.nguoi_ky.chuc_vu"
	if !c.party() && !c.state() {
		return
	}
	party := c.party()
	auth, pos := upper(c.m.Signer.Authority), upper(c.m.Signer.Position)
	p, body, exact, ok := parseAuthority(auth)
	if auth != "" && ok {
		own := formOf(p.role, party)
		fixed := own + " " + body
		switch {
		case party && p.role == byAuth:
			// FS §4.2: no thừa-ủy-quyền form in Party documents.
			c.errorf(authPath, "văn bản của Đảng ký T/L (thừa lệnh) hoặc cấp trưởng ký; không có TUQ.",
				"quyền hạn “%s”: văn bản của Đảng không có ký thừa ủy quyền", c.m.Signer.Authority)
		case party && p.state && !p.party, !party && p.party && !p.state:
			// FS §7: the other system's form.
			sys, other := "văn bản của Đảng", "văn bản nhà nước"
			if !party {
				sys, other = other, sys
			}
			c.errorf(authPath, sys+" viết "+own+": “"+fixed+"”",
				"quyền hạn “%s” viết theo kiểu %s", c.m.Signer.Authority, other)
		case !exact:
			// FS §2.2: the prefix has its dot (State) or slash (Party), then a space.
			c.warnf(authPath, "viết “"+fixed+"”", "quyền hạn “%s” thiếu dấu hoặc dấu cách sau “%s”", c.m.Signer.Authority, own)
		}
	}
	if party {
		c.partySigner(p.role, body, pos, ok)
	}
	if ok && p.role == forHead && pos != "" && !deputy(pos) && !(party && committee(body)) {
		// FS §2.2 (KT.), §4.2 (K/T): a deputy signs for the head.
		c.warnf(posPath, "người ký thay là cấp phó, ví dụ “PHÓ CHỦ TỊCH”, “PHÓ TRƯỞNG BAN”; cấp trưởng ký không ghi "+formOf(forHead, party),
			"ký thay (%s) nhưng chức vụ “%s” không phải cấp phó", formOf(forHead, party), c.m.Signer.Position)
	}
}

// partySigner checks the chức vụ of a Party signer (FS §4 row 7b, §4.2).
func (c *checker) partySigner(r role, body, pos string, hasPrefix bool) {
	const authPath, posPath = "$.nguoi_ky.quyen_han", "$.nguoi_ky.chuc_vu"
	for _, title := range []string{"PHÓ BÍ THƯ", "BÍ THƯ"} {
		if rest, found := strings.CutPrefix(pos, title+" "); found && namesCommittee(rest) {
			c.warnf(posPath, "ghi “"+title+"”", "chức vụ “%s”: không ghi tên cấp ủy sau chức vụ", c.m.Signer.Position)
			return
		}
	}
	if !hasPrefix || !committee(body) {
		return
	}
	switch r {
	case onBehalf:
		if pos != "" && pos != "BÍ THƯ" && pos != "PHÓ BÍ THƯ" {
			c.warnf(posPath, "ghi “BÍ THƯ” hoặc “PHÓ BÍ THƯ”",
				"dưới “T/M %s” chỉ ghi chức vụ BÍ THƯ hoặc PHÓ BÍ THƯ, không ghi “%s”", body, c.m.Signer.Position)
		}
	case forHead:
		c.warnf(authPath, "viết “T/M "+body+"” và chức vụ “PHÓ BÍ THƯ”",
			"quyền hạn “%s”: cấp ủy không ký thay (K/T); phó bí thư ký T/M", c.m.Signer.Authority)
	}
}

// deputy reports whether a chức vụ (in capitals) is a deputy's: PHÓ …, or THỨ TRƯỞNG
// (FS §2.2's own example: KT. BỘ TRƯỞNG / THỨ TRƯỞNG).
func deputy(pos string) bool {
	return strings.HasPrefix(pos, "PHÓ ") || strings.HasPrefix(pos, "THỨ TRƯỞNG")
}

// committee reports whether the body after T/M or K/T (in capitals) is a cấp ủy or its
// standing committee, whose signer is a bí thư or phó bí thư (FS §4.2). The central bodies
// (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương), ủy ban kiểm tra, hội đồng and
// đoàn chủ tịch have other titles.
func committee(body string) bool {
	switch {
	case body == "", strings.Contains(body, "TRUNG ƯƠNG"), body == "BỘ CHÍNH TRỊ", body == "BAN BÍ THƯ",
		strings.HasPrefix(body, "ỦY BAN"), strings.HasPrefix(body, "UỶ BAN"),
		strings.HasPrefix(body, "HỘI ĐỒNG"), strings.HasPrefix(body, "ĐOÀN CHỦ TỊCH"):
		return false
	}
	for _, p := range []string{"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "CHI BỘ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ ĐẢNG", "ĐẢNG BỘ"} {
		if strings.HasPrefix(body, p) {
			return true
		}
	}
	words := strings.Fields(body)
	if len(words) >= 2 && (words[1] == "ỦY" || words[1] == "UỶ") {
		switch words[0] {
		case "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "ĐẢNG":
			return true
		}
	}
	return false
}

// namesCommittee reports whether what follows BÍ THƯ in a chức vụ names a party committee.
func namesCommittee(rest string) bool {
	for _, w := range []string{"ỦY", "UỶ", "CHI BỘ", "ĐẢNG BỘ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "TRUNG ƯƠNG"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}
