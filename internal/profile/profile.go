// Package profile holds the format profiles (thể thức): every size, margin, separator and
// punctuation rule of one document system, read from a YAML data file. Adding or changing a
// profile is a data change. Built-in profiles are embedded (templates/the-thuc/*.yaml); a
// profile may also be given as a path.
//
// Keys are Vietnamese without diacritics, as in every vanban data file; lengths are in
// millimetres (suffix _mm) or points (suffix _pt), font sizes in points.
package profile

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/infile"
	"vanban/internal/model"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Profile is one system's format rules.
type Profile struct {
	Name        string       `yaml:"ten"`
	Description string       `yaml:"mo_ta"`
	System      model.System `yaml:"he_thong"`
	Page        Page         `yaml:"trang"`
	Header      Header       `yaml:"dau_van_ban"`
	Title       Title        `yaml:"ten_loai"`
	Bases       ListStyle    `yaml:"can_cu"`
	Addressees  Addressees   `yaml:"kinh_gui"`
	Body        Body         `yaml:"noi_dung"`
	Headings    []Style      `yaml:"tieu_de_muc"`
	Table       TableStyle   `yaml:"bang"`
	Box         BoxStyle     `yaml:"khung,omitempty"`
	Closing     Closing      `yaml:"ket_thuc"`
	Footnotes   Footnotes    `yaml:"chu_thich"`
	PageNumber  PageNumber   `yaml:"so_trang"`
	Attached    Attached     `yaml:"van_ban_kem_theo"`
}

// Style is the look of one kind of line.
type Style struct {
	Size      float64 `yaml:"co_chu"`
	Bold      bool    `yaml:"dam,omitempty"`
	Italic    bool    `yaml:"nghieng,omitempty"`
	Underline bool    `yaml:"gach_chan,omitempty"`
	// Align is "trai", "giua", "phai" or "deu" (justified); empty means the element's default.
	Align string `yaml:"can_le,omitempty"`
	// Indent says whether the first line takes the body's first-line indent.
	Indent bool `yaml:"thut_dau_dong,omitempty"`
}

// Page is the paper and its margins.
type Page struct {
	WidthMM  float64 `yaml:"rong_mm"`
	HeightMM float64 `yaml:"cao_mm"`
	TopMM    float64 `yaml:"le_tren_mm"`
	BottomMM float64 `yaml:"le_duoi_mm"`
	LeftMM   float64 `yaml:"le_trai_mm"`
	RightMM  float64 `yaml:"le_phai_mm"`
}

// Separator is what stands under a header element: a drawn rule or a text such as "*".
type Separator struct {
	// Text, when set, is printed instead of a rule ("*", "-----").
	Text  string `yaml:"chu,omitempty"`
	Style Style  `yaml:"kieu,omitempty"`
	// Ratio is the rule's length as a share of the line above it (1 = as wide).
	Ratio float64 `yaml:"ty_le,omitempty"`
	// GapPT is the space between the line above and the separator.
	GapPT float64 `yaml:"cach_pt,omitempty"`
}

// Header is the two-column block at the top of page 1.
type Header struct {
	// LeftShare is the left column's share of the text width.
	LeftShare  float64   `yaml:"ty_le_cot_trai"`
	ParentBody Style     `yaml:"co_quan_cap_tren"`
	Body       Style     `yaml:"co_quan"`
	BodySep    Separator `yaml:"duoi_co_quan"`
	// Motto is the right column's fixed lines: "ĐẢNG CỘNG SẢN VIỆT NAM", or Quốc hiệu and Tiêu ngữ.
	Motto    []MottoLine `yaml:"quoc_hieu"`
	MottoSep Separator   `yaml:"duoi_quoc_hieu"`
	// NumberFormat is the number line, with {so} and {ky_hieu}: "Số {so}-{ky_hieu}".
	NumberFormat string `yaml:"mau_so"`
	// BlankNumber stands for a number left for the clerk.
	BlankNumber string `yaml:"so_de_trong"`
	Number      Style  `yaml:"so"`
	Date        Style  `yaml:"ngay"`
	// LetterSubject is a công văn's trích yếu, under the number in the left column.
	LetterSubject LetterSubject `yaml:"trich_yeu_cong_van"`
	// RowGapPT is the space above the number and date row.
	RowGapPT  float64 `yaml:"cach_dong_so_pt"`
	LineGapPT float64 `yaml:"cach_dong_pt"`
}

// LetterSubject is how a công văn shows its trích yếu: "V/v …" upright (State) or in
// italics without a prefix (Party).
type LetterSubject struct {
	Style  Style  `yaml:"kieu"`
	Prefix string `yaml:"tien_to,omitempty"`
	// GapPT is the space between the number line and the trích yếu.
	GapPT float64 `yaml:"cach_pt"`
}

// Addressees is the "Kính gửi:" block.
type Addressees struct {
	Label      string    `yaml:"nhan"`
	LabelStyle Style     `yaml:"kieu_nhan"`
	List       ListStyle `yaml:"danh_sach"`
}

// MottoLine is one fixed line of the header's right column.
type MottoLine struct {
	Text  string `yaml:"chu"`
	Style Style  `yaml:"kieu"`
}

// Title is the type name and trích yếu block.
type Title struct {
	SpaceBeforePT float64 `yaml:"cach_tren_pt"`
	TypeName      Style   `yaml:"ten_loai"`
	// Authority is the line naming who decides, above a quyết định's căn cứ.
	Authority Style `yaml:"tham_quyen"`
	Subject   Style `yaml:"trich_yeu"`
	// SubjectWidth is the widest the trích yếu may run, as a share of the text width.
	SubjectWidth float64   `yaml:"rong_trich_yeu"`
	Sep          Separator `yaml:"duoi_trich_yeu"`
	SpaceAfterPT float64   `yaml:"cach_duoi_pt"`
	LineGapPT    float64   `yaml:"cach_dong_pt"`
}

// ListStyle is a list whose lines are punctuated by the profile: căn cứ, recipients.
type ListStyle struct {
	Style Style `yaml:"kieu"`
	// Prefix starts every line ("- ").
	Prefix string `yaml:"dau_dong,omitempty"`
	// LineEnd ends every line but the last; LastEnd ends the last. Added only when the text
	// does not already end with punctuation.
	LineEnd string `yaml:"cuoi_dong"`
	LastEnd string `yaml:"cuoi_cung"`
}

// Body is the text of the document.
type Body struct {
	Style Style `yaml:"kieu"`
	// LeadingPT is the exact distance between baselines.
	LeadingPT float64 `yaml:"dong_pt"`
	// ParagraphSpacePT is the space between paragraphs.
	ParagraphSpacePT float64 `yaml:"cach_doan_pt"`
	IndentMM         float64 `yaml:"thut_dau_dong_mm"`
	// BulletMarkers are the list markers by depth: "-", "+".
	BulletMarkers []string `yaml:"dau_y"`
}

// TableStyle is the look of tables.
type TableStyle struct {
	Style       Style   `yaml:"kieu"`
	Head        Style   `yaml:"dong_tieu_de"`
	LeadingPT   float64 `yaml:"dong_pt"`
	PaddingPT   float64 `yaml:"dem_pt"`
	RuleWidthPT float64 `yaml:"net_pt"`
}

// Closing is the block at the end: recipients on the left, signature on the right.
type Closing struct {
	SpaceBeforePT float64   `yaml:"cach_tren_pt"`
	LeftShare     float64   `yaml:"ty_le_cot_trai"`
	Label         string    `yaml:"nhan_noi_nhan"`
	LabelStyle    Style     `yaml:"kieu_nhan"`
	Recipients    ListStyle `yaml:"noi_nhan"`
	// ArchiveFormat is the last recipient line, with {luu}: "Lưu {luu}" or "Lưu: {luu}".
	ArchiveFormat string  `yaml:"mau_luu"`
	Authority     Style   `yaml:"quyen_han"`
	Position      Style   `yaml:"chuc_vu"`
	Name          Style   `yaml:"ho_ten"`
	SignGapMM     float64 `yaml:"cho_ky_mm"`
	LineGapPT     float64 `yaml:"cach_dong_pt"`

	// Drafter is the style of the drafter's initials and the number of copies printed after
	// the Lưu line ("Châu(02)"); without a size, the recipients' style.
	Drafter Style `yaml:"nguoi_soan"`
}

// Footnotes is how footnotes (chú thích) look at the foot of a page: their text, and the
// short rule that separates them from the body.
type Footnotes struct {
	Style     Style   `yaml:"kieu"`
	LeadingPT float64 `yaml:"dong_pt"`
	// RuleMM is the length of the rule above the notes; GapPT the space around it.
	RuleMM float64 `yaml:"gach_mm"`
	GapPT  float64 `yaml:"cach_pt"`
}

// PageNumber is the page number in the top margin, from page 2.
type PageNumber struct {
	Style Style `yaml:"kieu"`
	// TopMM is the distance from the top edge to the top of the number.
	TopMM float64 `yaml:"cach_mep_tren_mm"`
}

// Attached is how a document issued with a quyết định (văn bản ban hành kèm theo) opens and
// ends; it repeats the decision's header without number and date, and its type name and
// title look like the decision's.
type Attached struct {
	// Note is the line under its title naming the decision, in italics: {loai} is the
	// decision's type name as in a sentence ("Quyết định"), {so} its number (with the
	// leading zero, or the header's so_de_trong), {ky_hieu} its symbol, {ngay} its date in
	// words ("ngày 04 tháng 6 năm 2024"), {ngay_so} in figures ("04/6/2024"), {cua} who
	// issues it. Empty, there is no such line.
	Note string `yaml:"dong_kem_theo,omitempty"`
	// Signature repeats the decision's signature block (without Nơi nhận) at its end.
	Signature bool `yaml:"chu_ky,omitempty"`
	// Restart numbers its pages from 1 again, its first page without a number; otherwise
	// they follow the decision's.
	Restart bool `yaml:"danh_so_trang_lai,omitempty"`
}

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * 72 / 25.4 }

// Builtin lists the names of the embedded profiles.
func Builtin(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, "the-thuc")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			names = append(names, n)
		}
	}
	return names, nil
}

// IsPath reports whether a profile is named by a file path (anything with a "/" or a
// ".yaml" ending) rather than by the name of a built-in or overriding profile ("hd36").
func IsPath(name string) bool {
	return strings.Contains(name, "/") || strings.HasSuffix(name, ".yaml")
}

// Load reads a profile: a name ("hd36") is looked up in fsys under the-thuc/, a path (see
// IsPath) is read from the file system. Every error is a diagnostic: the profile's code for
// an unknown name or an invalid profile, the file's for a file that cannot be read.
func Load(fsys fs.FS, name string) (*Profile, error) {
	var (
		src  []byte
		err  error
		file = name
	)
	if IsPath(name) {
		if src, err = infile.Read(name); err != nil {
			var fe *infile.Error
			errors.As(err, &fe)
			return nil, diag.Diagnostic{Code: fe.Code, Message: fmt.Sprintf("không đọc được thể thức “%s”: %s", file, fe.Why)}
		}
	} else {
		file = path.Join("the-thuc", name+".yaml")
		src, err = fs.ReadFile(fsys, file)
		if errors.Is(err, fs.ErrNotExist) {
			names, _ := Builtin(fsys)
			return nil, diag.Diagnostic{Code: diag.Profile,
				Message: fmt.Sprintf("không có thể thức “%s” (có sẵn: %s)", name, strings.Join(names, ", "))}
		}
	}
	if err != nil {
		return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không đọc được thể thức “%s”: %s", file, vn.FileError(err, vn.Reading))}
	}
	var p Profile
	if err := yamlfile.Decode(file, src, &p); err != nil {
		// The YAML reader's diagnostics are an input's; here the input is a profile.
		var ds diag.List
		if errors.As(err, &ds) {
			for i := range ds {
				ds[i].Code = diag.Profile
			}
		}
		return nil, err
	}
	if err := p.check(file); err != nil {
		return nil, err
	}
	return &p, nil
}

// For returns the built-in profile name of a system.
func For(s model.System) string {
	if s == model.State {
		return "nd30"
	}
	return "hd36"
}

func (p *Profile) check(file string) error {
	var bad []string
	if p.System != model.Party && p.System != model.State {
		bad = append(bad, fmt.Sprintf("he_thong phải là “dang” hoặc “nha_nuoc”, không phải “%s”", p.System))
	}
	if p.Page.WidthMM <= 0 || p.Page.HeightMM <= 0 {
		bad = append(bad, "trang.rong_mm và trang.cao_mm phải lớn hơn 0")
	}
	if p.Page.LeftMM+p.Page.RightMM >= p.Page.WidthMM || p.Page.TopMM+p.Page.BottomMM >= p.Page.HeightMM {
		bad = append(bad, "lề trang lớn hơn khổ giấy")
	}
	// Every style a document always uses needs a size: a missing key would print at 0 pt.
	styles := map[string]Style{
		"dau_van_ban.co_quan_cap_tren": p.Header.ParentBody, "dau_van_ban.co_quan": p.Header.Body,
		"dau_van_ban.so": p.Header.Number, "dau_van_ban.ngay": p.Header.Date,
		"ten_loai.ten_loai": p.Title.TypeName, "ten_loai.trich_yeu": p.Title.Subject,
		"ten_loai.tham_quyen": p.Title.Authority, "dau_van_ban.trich_yeu_cong_van.kieu": p.Header.LetterSubject.Style,
		"kinh_gui.kieu_nhan": p.Addressees.LabelStyle, "kinh_gui.danh_sach.kieu": p.Addressees.List.Style,
		"can_cu.kieu": p.Bases.Style, "noi_dung.kieu": p.Body.Style,
		"bang.kieu": p.Table.Style, "bang.dong_tieu_de": p.Table.Head,
		"ket_thuc.kieu_nhan": p.Closing.LabelStyle, "ket_thuc.noi_nhan.kieu": p.Closing.Recipients.Style,
		"ket_thuc.quyen_han": p.Closing.Authority, "ket_thuc.chuc_vu": p.Closing.Position,
		"ket_thuc.ho_ten": p.Closing.Name, "so_trang.kieu": p.PageNumber.Style,
		"chu_thich.kieu": p.Footnotes.Style,
	}
	if p.Closing.Drafter.Size != 0 {
		styles["ket_thuc.nguoi_soan"] = p.Closing.Drafter
	}
	for i, m := range p.Header.Motto {
		styles[fmt.Sprintf("dau_van_ban.quoc_hieu[%d].kieu", i)] = m.Style
	}
	for i, h := range p.Headings {
		styles[fmt.Sprintf("tieu_de_muc[%d]", i)] = h
	}
	for _, sep := range []struct {
		key string
		s   Separator
	}{{"dau_van_ban.duoi_co_quan", p.Header.BodySep}, {"ten_loai.duoi_trich_yeu", p.Title.Sep}} {
		if sep.s.Text != "" {
			styles[sep.key+".kieu"] = sep.s.Style
		}
	}
	keys := make([]string, 0, len(styles))
	for k := range styles {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if sz := styles[k].Size; sz < 6 || sz > 40 {
			bad = append(bad, fmt.Sprintf("%s.co_chu là %g: cỡ chữ phải từ 6 đến 40", k, sz))
		}
		switch a := styles[k].Align; a {
		case "", "trai", "giua", "phai", "deu":
		default:
			bad = append(bad, fmt.Sprintf("%s.can_le là “%s”: chỉ dùng trai, giua, phai hoặc deu (không dấu)", k, a))
		}
	}
	for k, v := range map[string]float64{"noi_dung.dong_pt": p.Body.LeadingPT, "bang.dong_pt": p.Table.LeadingPT,
		"dau_van_ban.cach_dong_pt": p.Header.LineGapPT, "ten_loai.cach_dong_pt": p.Title.LineGapPT,
		"ket_thuc.cach_dong_pt": p.Closing.LineGapPT, "chu_thich.dong_pt": p.Footnotes.LeadingPT} {
		if v <= 0 {
			bad = append(bad, k+" phải lớn hơn 0")
		}
	}
	if len(p.Headings) == 0 {
		bad = append(bad, "tieu_de_muc cần kiểu cho ít nhất một cấp tiêu đề")
	}
	if len(p.Body.BulletMarkers) == 0 {
		bad = append(bad, "noi_dung.dau_y cần ít nhất một dấu")
	}
	if p.Header.LeftShare <= 0 || p.Header.LeftShare >= 1 || p.Closing.LeftShare <= 0 || p.Closing.LeftShare >= 1 {
		bad = append(bad, "ty_le_cot_trai phải nằm giữa 0 và 1")
	}
	if !strings.Contains(p.Header.NumberFormat, "{ky_hieu}") {
		bad = append(bad, "dau_van_ban.mau_so phải có {ky_hieu}")
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		// The file leads the message, not the diagnostic's place: printed alone, as the
		// command line does ("vanban: …"), it reads as it always has.
		return diag.Diagnostic{Code: diag.Profile, Message: fmt.Sprintf("%s: thể thức không hợp lệ: %s", file, strings.Join(bad, "; "))}
	}
	return nil
}
