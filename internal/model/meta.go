package model

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// System is the document system whose format rules apply.
type System string

const (
	// Party is the Communist Party system (Hướng dẫn 36-HD/VPTW).
	Party System = "dang"
	// State is the State system (Nghị định 30/2020/NĐ-CP).
	State System = "nha_nuoc"
)

// Meta is everything of a document that is not its body: the front matter of the official
// Markdown, and the part of every data file that describes the document itself. The yaml keys
// are what office staff type; they are Vietnamese without diacritics.
type Meta struct {
	System     System `yaml:"he_thong" json:"he_thong"`
	Kind       string `yaml:"loai" json:"loai"`
	ParentBody string `yaml:"co_quan_cap_tren,omitempty" json:"co_quan_cap_tren"`
	Body       string `yaml:"co_quan" json:"co_quan"`
	Number     string `yaml:"so,omitempty" json:"so"`
	Symbol     string `yaml:"ky_hieu" json:"ky_hieu"`
	Place      string `yaml:"dia_danh" json:"dia_danh"`
	Date       string `yaml:"ngay,omitempty" json:"ngay"`
	TypeName   string `yaml:"ten_loai,omitempty" json:"ten_loai"`
	Subject    string `yaml:"trich_yeu,omitempty" json:"trich_yeu"`
	// Authority is the line naming who decides, above the căn cứ of a quyết định
	// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA").
	Authority string `yaml:"tham_quyen,omitempty" json:"tham_quyen"`
	// Addressees are the "Kính gửi:" lines of a công văn, tờ trình or báo cáo sent upward.
	Addressees []string    `yaml:"kinh_gui,omitempty" json:"kinh_gui"`
	Bases      []string    `yaml:"can_cu,omitempty" json:"can_cu"`
	Signer     Signer      `yaml:"nguoi_ky" json:"nguoi_ky"`
	Recipients []Recipient `yaml:"noi_nhan,omitempty" json:"noi_nhan"`
	Archive    Archive     `yaml:"luu,omitempty" json:"luu"`
}

// Signer is the signature block: the authority lines ("T/M BAN THƯỜNG VỤ"; a chain such as
// "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH"), the position ("PHÓ BÍ THƯ") and the name.
type Signer struct {
	Authority TextLines `yaml:"quyen_han,omitempty" json:"quyen_han"`
	Position  string    `yaml:"chuc_vu" json:"chuc_vu"`
	Name      string    `yaml:"ho_ten" json:"ho_ten"`
}

// Recipient is one line of "Nơi nhận". Note is what follows the name in parentheses, such
// as "b/c" (để báo cáo). In YAML a recipient may also be written as a plain string.
type Recipient struct {
	Name string `yaml:"ten" json:"ten"`
	Note string `yaml:"ghi_chu,omitempty" json:"ghi_chu"`
}

// Text is the recipient as printed, without the line's closing punctuation.
func (r Recipient) Text() string {
	if r.Note == "" {
		return r.Name
	}
	return r.Name + " (" + r.Note + ")"
}

// UnmarshalYAML accepts a plain string as well as the mapping form.
func (r *Recipient) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*r = Recipient{Name: s}
		return nil
	}
	type plain Recipient
	var p plain
	if err := unmarshal(&p); err != nil {
		return err
	}
	*r = Recipient(p)
	return nil
}

// TextLines is a text of one or more lines, each printed as a line of its own. In YAML and
// JSON it is a string (a "\n" in it starts a new line) or a list of strings; it is kept one
// line an element, trimmed, without empty lines, and written back as a string when it has
// one line.
type TextLines []string

// SplitLines makes TextLines of texts, each of which may hold several lines.
func SplitLines(texts ...string) TextLines {
	var out TextLines
	for _, t := range texts {
		for _, l := range strings.Split(t, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// First is the first line, or "".
func (t TextLines) First() string {
	if len(t) == 0 {
		return ""
	}
	return t[0]
}

// String is the lines joined by "\n".
func (t TextLines) String() string { return strings.Join(t, "\n") }

// UnmarshalYAML accepts a string as well as a list of strings.
func (t *TextLines) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*t = SplitLines(s)
		return nil
	}
	var l []string
	if err := unmarshal(&l); err != nil {
		return err
	}
	*t = SplitLines(l...)
	return nil
}

// MarshalYAML writes one line as a string, several as a list.
func (t TextLines) MarshalYAML() (any, error) {
	if len(t) == 1 {
		return t[0], nil
	}
	return []string(t), nil
}

// UnmarshalJSON accepts a string as well as a list of strings (the values templates hand to
// phan_dau).
func (t *TextLines) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = SplitLines(s)
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*t = SplitLines(l...)
	return nil
}

// Archive is the Lưu line, the last of Nơi nhận: where the document is kept ("VT, NC";
// "Văn phòng Tỉnh ủy"), and, when the office writes them, the drafter's initials or name and
// the number of copies issued (NĐ 30: "- Lưu: VT, NC." then "Châu(02)"). In YAML and JSON it
// is a string (the place alone) or a mapping.
type Archive struct {
	Place   string `yaml:"noi" json:"noi"`
	Drafter string `yaml:"nguoi_soan,omitempty" json:"nguoi_soan"`
	Copies  int    `yaml:"so_ban,omitempty" json:"so_ban"`
}

// IsZero reports whether nothing is written: the field is then left out.
func (a Archive) IsZero() bool { return a == Archive{} }

// UnmarshalYAML accepts a plain string (the place) as well as the mapping form.
func (a *Archive) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*a = Archive{Place: s}
		return nil
	}
	type plain Archive
	var p plain
	if err := unmarshal(&p); err != nil {
		return err
	}
	*a = Archive(p)
	return nil
}

// CutArchiveLabel reports whether s starts with the label of the Lưu line typed by hand
// ("Lưu: VT, NC", "Lưu VT", "Lưu Văn phòng Tỉnh ủy", "Lưu"), and returns what follows it,
// trimmed. A word such as "lưu trữ" ("Lưu trữ lịch sử tỉnh") is no label.
func CutArchiveLabel(s string) (string, bool) {
	s = strings.TrimSpace(s)
	const label = "lưu"
	if len(s) < len(label) || !strings.EqualFold(s[:len(label)], label) {
		return s, false
	}
	rest := s[len(label):]
	switch {
	case rest == "":
		return "", true
	case rest[0] == ':':
		return strings.TrimSpace(rest[1:]), true
	case rest[0] == ' ':
		rest = strings.TrimSpace(rest)
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest, true
		}
	}
	return s, false
}

// MarshalYAML writes the place alone as a string, the rest as a mapping.
func (a Archive) MarshalYAML() (any, error) {
	if a.Drafter == "" && a.Copies == 0 {
		return a.Place, nil
	}
	type plain Archive
	return plain(a), nil
}

// UnmarshalJSON accepts a plain string as well as the object form.
func (a *Archive) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*a = Archive{Place: s}
		return nil
	}
	type plain Archive
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*a = Archive(p)
	return nil
}

// TypeNames are the type names printed for each kind when the front matter gives none.
var TypeNames = map[string]string{
	"ke_hoach":     "KẾ HOẠCH",
	"bao_cao":      "BÁO CÁO",
	"thong_bao":    "THÔNG BÁO",
	"quyet_dinh":   "QUYẾT ĐỊNH",
	"to_trinh":     "TỜ TRÌNH",
	"chuong_trinh": "CHƯƠNG TRÌNH",
	"huong_dan":    "HƯỚNG DẪN",
	"cong_van":     "",
}
