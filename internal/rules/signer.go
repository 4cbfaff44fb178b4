package rules

import (
	"fmt"
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

// rank is the place of a role in a chain, from the top: the collective (TM.), then who
// orders or authorises (TL., TUQ.), then the deputy signing for a head (KT.), then the
// acting head's title (Q.). "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "TL. CHỦ TỊCH / KT. CHÁNH
// VĂN PHÒNG".
var rank = map[role]int{onBehalf: 0, byOrder: 1, byAuth: 1, forHead: 2, acting: 3}

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

// link is one line of the authority chain.
type link struct {
	path    string
	written string // as typed
	p       prefix
	body    string // what follows the prefix, in capitals
	ok      bool   // the line has a prefix
}

// signer checks nguoi_ky (rule 4, FS §2.2, §4.2): each line of the quyền hạn chain, their
// order, and the chức vụ under the last one.
func (c *checker) signer() {
	if !c.party() && !c.state() {
		return
	}
	party := c.party()
	var chain []link
	for i, a := range c.m.Signer.Authority {
		p, body, exact, ok := parseAuthority(upper(a))
		l := link{path: fmt.Sprintf("$.nguoi_ky.quyen_han[%d]", i), written: clean(a), p: p, body: body, ok: ok}
		chain = append(chain, l)
		if ok {
			c.prefixForm(l, exact, party)
		}
	}
	// What follows each prefix, and the order of the chain.
	for i, l := range chain {
		if !l.ok {
			if len(chain) > 1 {
				c.warnf(l.path, "mỗi dòng của quyền hạn bắt đầu bằng "+c.forms()+"; chức vụ người ký ghi ở chuc_vu",
					"dòng quyền hạn “%s” không có TM., KT., TL. …", l.written)
			}
			continue
		}
		c.linkBody(l, party)
		if i > 0 && chain[i-1].ok && rank[chain[i-1].p.role] >= rank[l.p.role] {
			// The collective comes first, then by order or by authorisation, then the
			// deputy signing for a head, then the acting head's title.
			c.warnf(l.path, "viết theo thứ tự TM. → TL./TUQ. → KT. → Q., ví dụ "+c.chainHint(c.sorted(chain)),
				"quyền hạn “%s” đứng sau “%s”: thứ tự ký không đúng", l.written, chain[i-1].written)
		}
	}
	pos := upper(c.m.Signer.Position)
	var last link
	if n := len(chain); n > 0 {
		last = chain[n-1]
	}
	if party {
		c.partySigner(last, pos)
	}
	if last.ok && last.p.role == forHead && pos != "" && !deputy(pos) && !(party && committee(last.body)) {
		// FS §2.2 (KT.), §4.2 (K/T): a deputy signs for the head.
		c.warnf("$.nguoi_ky.chuc_vu", "người ký thay là cấp phó, ví dụ “PHÓ CHỦ TỊCH”, “PHÓ TRƯỞNG BAN”; cấp trưởng ký không ghi "+formOf(forHead, party),
			"ký thay (%s) nhưng chức vụ “%s” không phải cấp phó", formOf(forHead, party), c.m.Signer.Position)
	}
	if !party {
		c.peoplesCommitteeDecision(chain)
	}
}

// prefixForm checks the written form of a line's prefix (FS §4.2, §7).
func (c *checker) prefixForm(l link, exact, party bool) {
	own := formOf(l.p.role, party)
	switch {
	case party && l.p.role == byAuth:
		// FS §4.2: no thừa-ủy-quyền form in Party documents.
		c.errorf(l.path, "văn bản của Đảng ký T/L (thừa lệnh) hoặc cấp trưởng ký; không có TUQ.",
			"quyền hạn “%s”: văn bản của Đảng không có ký thừa ủy quyền", l.written)
	case party && l.p.state && !l.p.party, !party && l.p.party && !l.p.state:
		// FS §7: the other system's form.
		sys, other := "văn bản của Đảng", "văn bản nhà nước"
		if !party {
			sys, other = other, sys
		}
		c.errorf(l.path, sys+" viết "+own+": "+c.chainHint(c.fixed()),
			"quyền hạn “%s” viết theo kiểu %s", l.written, other)
	case !exact:
		// FS §2.2: the prefix has its dot (State) or slash (Party), then a space.
		c.warnf(l.path, "viết "+c.chainHint(c.fixed()), "quyền hạn “%s” thiếu dấu hoặc dấu cách sau “%s”", l.written, own)
	}
}

// linkBody checks what follows a prefix (FS §2.2, §4.2): TM. stands before a collective
// body, not a person's title; KT. before the head's title, not a body.
func (c *checker) linkBody(l link, party bool) {
	switch {
	case l.p.role == onBehalf && title(l.body):
		c.warnf(l.path, formOf(onBehalf, party)+" đứng trước tên tập thể, ví dụ “"+formOf(onBehalf, party)+" "+c.collectiveExample()+
			"”; thủ trưởng ký thì không ghi "+formOf(onBehalf, party)+", cấp phó ký thay thì ghi “"+formOf(forHead, party)+" "+l.body+"”",
			"quyền hạn “%s”: %s (thay mặt) đứng trước tên tập thể, không đứng trước chức vụ", l.written, formOf(onBehalf, party))
	case l.p.role == forHead && party && committee(l.body):
		c.warnf(l.path, "viết “T/M "+l.body+"” và chức vụ “PHÓ BÍ THƯ”",
			"quyền hạn “%s”: cấp ủy không ký thay (K/T); phó bí thư ký T/M", l.written)
	case l.p.role == forHead && collective(l.body):
		c.warnf(l.path, "ký thay ghi chức vụ của cấp trưởng, ví dụ “"+formOf(forHead, party)+" CHỦ TỊCH”; thay mặt tập thể ghi “"+formOf(onBehalf, party)+" "+l.body+"”",
			"quyền hạn “%s”: %s (ký thay) đứng trước chức vụ của cấp trưởng, không đứng trước tên tập thể", l.written, formOf(forHead, party))
	}
}

// partySigner checks the chức vụ of a Party signer under the last line of the chain (FS §4
// row 7b, §4.2).
func (c *checker) partySigner(last link, pos string) {
	for _, t := range []string{"PHÓ BÍ THƯ", "BÍ THƯ"} {
		if rest, found := strings.CutPrefix(pos, t+" "); found && namesCommittee(rest) {
			c.warnf("$.nguoi_ky.chuc_vu", "ghi “"+t+"”", "chức vụ “%s”: không ghi tên cấp ủy sau chức vụ", c.m.Signer.Position)
			return
		}
	}
	if !last.ok || last.p.role != onBehalf || !committee(last.body) || pos == "" || secretary(pos) {
		return
	}
	c.warnf("$.nguoi_ky.chuc_vu", "ghi “BÍ THƯ” hoặc “PHÓ BÍ THƯ”; người khác ký thừa lệnh: “T/L "+last.body+"”",
		"dưới “T/M %s” chỉ ghi chức vụ BÍ THƯ hoặc PHÓ BÍ THƯ, không ghi “%s”", last.body, c.m.Signer.Position)
}

// secretary reports whether a chức vụ is a bí thư's or phó bí thư's, with the words offices
// add ("PHÓ BÍ THƯ THƯỜNG TRỰC").
func secretary(pos string) bool {
	for _, t := range []string{"BÍ THƯ", "PHÓ BÍ THƯ"} {
		if pos == t || strings.HasPrefix(pos, t+" ") {
			return true
		}
	}
	return false
}

// peoplesCommitteeDecision checks who signs a State quyết định of an Ủy ban nhân dân (FS
// §2.2, NĐ 30 Phụ lục III mẫu 1.1–1.3): one the committee issues (tham_quyen “ỦY BAN NHÂN
// DÂN …”) is signed on its behalf, TM. first; one its chairman issues (“CHỦ TỊCH ỦY BAN
// NHÂN DÂN …”) is signed by the chairman, or KT. by a vice-chairman, without TM.
func (c *checker) peoplesCommitteeDecision(chain []link) {
	if c.m.Kind != "quyet_dinh" {
		return
	}
	authority := strings.ReplaceAll(upper(c.m.Authority), "UỶ", "ỦY")
	onBehalfFirst := len(chain) > 0 && chain[0].ok && chain[0].p.role == onBehalf
	path := "$.nguoi_ky.quyen_han"
	if c.missing(path) {
		path = "$.nguoi_ky"
	}
	switch {
	case strings.HasPrefix(authority, "ỦY BAN NHÂN DÂN") && !onBehalfFirst:
		want := append([]string{"TM. ỦY BAN NHÂN DÂN"}, c.m.Signer.Authority...)
		c.warnf(path, "viết "+c.chainHint(want),
			"quyết định do Ủy ban nhân dân ban hành (thẩm quyền “%s”) ký thay mặt tập thể: thiếu “TM. ỦY BAN NHÂN DÂN”", clean(c.m.Authority))
	case strings.HasPrefix(authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN") && onBehalfFirst:
		c.warnf(path, "Chủ tịch ký thì để trống quyen_han; Phó Chủ tịch ký thì ghi “KT. CHỦ TỊCH”",
			"quyết định của Chủ tịch Ủy ban nhân dân (thẩm quyền “%s”) không ký “%s”", clean(c.m.Authority), chain[0].written)
	}
}

// fixed is the chain with every prefix in the document's own form and spacing.
func (c *checker) fixed() []string {
	var out []string
	for _, a := range c.m.Signer.Authority {
		p, body, _, ok := parseAuthority(upper(a))
		if !ok || c.party() && p.role == byAuth {
			out = append(out, upper(a))
			continue
		}
		out = append(out, strings.TrimSpace(formOf(p.role, c.party())+" "+body))
	}
	return out
}

// sorted is the chain's lines in the order of their ranks (lines without a prefix last).
func (c *checker) sorted(chain []link) []string {
	out := make([]string, 0, len(chain))
	for r := 0; r <= 4; r++ {
		for _, l := range chain {
			if l.ok && rank[l.p.role] == r || !l.ok && r == 4 {
				out = append(out, l.written)
			}
		}
	}
	return out
}

// chainHint writes authority lines as the data file would: one line quoted, several as a
// list, so that a suggestion never puts a chain on one line.
func (c *checker) chainHint(lines []string) string {
	if len(lines) == 1 {
		return "“" + lines[0] + "”"
	}
	q := make([]string, len(lines))
	for i, l := range lines {
		q[i] = `"` + l + `"`
	}
	return "quyen_han: [" + strings.Join(q, ", ") + "]"
}

// forms lists the prefixes of the document's system.
func (c *checker) forms() string {
	if c.party() {
		return "T/M, K/T, T/L"
	}
	return "TM., KT., TL., TUQ."
}

// collectiveExample is a collective body of the document's system.
func (c *checker) collectiveExample() string {
	if c.party() {
		return "BAN THƯỜNG VỤ"
	}
	return "ỦY BAN NHÂN DÂN"
}

// deputy reports whether a chức vụ (in capitals) is a deputy's: PHÓ …, or THỨ TRƯỞNG
// (FS §2.2's own example: KT. BỘ TRƯỞNG / THỨ TRƯỞNG).
func deputy(pos string) bool {
	return strings.HasPrefix(pos, "PHÓ ") || strings.HasPrefix(pos, "THỨ TRƯỞNG")
}

// titles are the words a person's title starts with (in capitals), as written after KT.,
// TL., TUQ. or as a chức vụ: "CHỦ TỊCH", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG".
var titles = []string{"CHỦ TỊCH", "PHÓ ", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG",
	"TRƯỞNG ", "CHÁNH ", "BÍ THƯ", "CHỦ NHIỆM", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG",
	"TỔNG CỤC TRƯỞNG", "THỦ TRƯỞNG", "TỔNG THƯ KÝ"}

// title reports whether what follows a prefix (in capitals) is a person's title.
func title(body string) bool {
	for _, t := range titles {
		if body == strings.TrimSpace(t) || strings.HasPrefix(body, t) {
			return true
		}
	}
	return false
}

// collective reports whether what follows a prefix (in capitals) names a collective body:
// an Ủy ban, a Hội đồng, the Chính phủ, a Ban of the Party, a cấp ủy.
func collective(body string) bool {
	body = strings.ReplaceAll(body, "UỶ", "ỦY")
	for _, p := range []string{"ỦY BAN", "HỘI ĐỒNG", "CHÍNH PHỦ", "ĐOÀN CHỦ TỊCH", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
		"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN CÁN SỰ", "ĐẢNG ĐOÀN", "CHI BỘ", "ĐẢNG BỘ"} {
		if strings.HasPrefix(body, p) {
			return true
		}
	}
	return committee(body)
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
