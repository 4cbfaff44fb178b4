package rules

import (
	"regexp"
	"strings"
	"unicode"

	"vanban/internal/model"
)

// subject checks trich_yeu (rule 6, FS §2 row 5a, §4 rows 5a–5b, §7).
func (c *checker) subject() {
	const path = "$.trich_yeu"
	s := clean(c.m.Subject)
	if s == "" {
		return
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		c.errorf(path, "xóa dấu chấm ở cuối trích yếu", "trích yếu “%s” kết thúc bằng dấu chấm", s)
	}
	if c.party() && hasPrefixFold(s, "v/v") {
		// FS §4 row 5b, §7: "V/v" is the State công văn's; a Party trích yếu has none.
		rest := strings.TrimSpace(s[len("v/v"):])
		c.errorf(path, "văn bản của Đảng không ghi “V/v”: viết “về "+rest+"”",
			"trích yếu “%s” có “V/v” của văn bản nhà nước", s)
		return
	}
	first := firstRune(s)
	switch {
	case allCaps(s):
		hint := "viết chữ thường, chỉ viết hoa chữ đầu và tên riêng: trình bày tự in đậm trích yếu"
		if c.party() {
			hint = "viết chữ thường, kể cả chữ đầu (“về …”), chỉ viết hoa tên riêng"
		}
		c.warnf(path, hint, "trích yếu “%s” viết toàn chữ in hoa", s)
	case c.state() && c.m.Kind != "cong_van" && unicode.IsLower(first):
		// NĐ 30: sentence case, "Về …"; a công văn's trích yếu goes on in lower case after
		// the "V/v " the form writes (FS §2 row 5b).
		c.warnf(path, "văn bản nhà nước viết hoa chữ đầu trích yếu: “"+capitalise(strings.TrimSuffix(s, "."))+"”",
			"trích yếu “%s” bắt đầu bằng chữ thường", s)
	case c.party() && c.m.Kind != "cong_van" && unicode.IsUpper(first):
		// HD 36: the trích yếu starts lower-case, "về …"; a công văn's may not (FS §4 row 5b).
		c.warnf(path, "văn bản của Đảng viết chữ thường ở đầu trích yếu: “"+uncapitalise(strings.TrimSuffix(s, "."))+"” (giữ chữ hoa nếu đó là tên riêng)",
			"trích yếu “%s” bắt đầu bằng chữ hoa", s)
	}
}

func capitalise(s string) string {
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func uncapitalise(s string) string {
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// typeName checks ten_loai against loai (rule 7, FS §2 row 5a, §4 row 5a).
func (c *checker) typeName() {
	const path = "$.ten_loai"
	given := upper(c.m.TypeName)
	want, known := model.TypeNames[c.m.Kind]
	if given == "" || !known || given == want || want != "" && strings.HasPrefix(given, want+" ") {
		// A type name of several words that starts with the kind's ("CHƯƠNG TRÌNH HÀNH
		// ĐỘNG", "KẾ HOẠCH LIÊN TỊCH") is what offices issue.
		return
	}
	if want == "" {
		c.warnf(path, "xóa trường ten_loai: công văn không in tên loại",
			"công văn có tên loại “%s”", clean(c.m.TypeName))
		return
	}
	c.warnf(path, "ghi “"+want+"” hoặc để trống (trình bày tự in tên loại theo loai), hoặc sửa loai",
		"tên loại “%s” không khớp loai %s (%s)", clean(c.m.TypeName), c.m.Kind, want)
}

// dateIn finds a date typed in a place name: "ngày 5", "tháng 6", "năm 2026", "04/6/2024".
var dateIn = regexp.MustCompile(`(?i)(^|\s)(ngày|tháng)\s*\d|năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}`)

// place checks dia_danh (rule 8, FS §5.1): the place alone, the renderer adds ", ngày …".
func (c *checker) place() {
	const path = "$.dia_danh"
	s := clean(c.m.Place)
	switch {
	case s == "":
	case hasPrefixFold(s, "ngày") || dateIn.MatchString(s):
		c.warnf(path, "ghi địa danh, ví dụ “Thanh Hóa”; ngày tháng ghi ở trường ngay (“2026-01-15”)",
			"địa danh “%s” có ngày tháng", s)
	case strings.HasSuffix(s, ","):
		c.warnf(path, "xóa dấu “,” ở cuối: trình bày tự thêm “, ngày …”", "địa danh “%s” kết thúc bằng dấu phẩy", s)
	}
}
