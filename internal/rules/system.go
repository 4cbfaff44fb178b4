package rules

import (
	"strings"

	"vanban/internal/vn"
)

// Words in an issuing body's name that tell its system: a Party committee or board, or a
// body of the State. A body that is plainly of the other system is the sign that he_thong
// is wrong: the header would print ĐẢNG CỘNG SẢN VIỆT NAM over ỦY BAN NHÂN DÂN.
var (
	partyBodies = []string{"TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "THỊ ỦY", "QUẬN ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ",
		"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN CÁN SỰ ĐẢNG", "ĐẢNG ĐOÀN", "BAN TUYÊN GIÁO", "BAN TỔ CHỨC", "BAN DÂN VẬN", "ỦY BAN KIỂM TRA"}
	stateBodies = []string{"ỦY BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "SỞ ", "BỘ ", "CHÍNH PHỦ", "THỦ TƯỚNG"}
)

// system reports a body that belongs to the other system, with the he_thong to write.
func (c *checker) system() {
	name := strings.Join(strings.Fields(c.m.Body), " ")
	body := vn.Upper(name) + " "
	switch {
	case c.party() && hasAny(body, stateBodies) && !hasAny(body, partyBodies):
		c.errorf("$.he_thong", "cơ quan nhà nước ban hành theo Nghị định 30: sửa thành “he_thong: nha_nuoc”",
			"cơ quan ban hành “%s” là cơ quan nhà nước, nhưng văn bản ghi “he_thong: dang” (thể thức của Đảng)", name)
	case c.state() && hasAny(body, partyBodies) && !hasAny(body, stateBodies):
		c.errorf("$.he_thong", "cấp ủy, tổ chức đảng ban hành theo Hướng dẫn 36: sửa thành “he_thong: dang”",
			"cơ quan ban hành “%s” là tổ chức đảng, nhưng văn bản ghi “he_thong: nha_nuoc” (thể thức nhà nước)", name)
	}
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
