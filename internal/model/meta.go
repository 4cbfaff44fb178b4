package model

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
	Archive    string      `yaml:"luu,omitempty" json:"luu"`
}

// Signer is the signature block: the authority line ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"),
// the position ("PHÓ BÍ THƯ") and the name.
type Signer struct {
	Authority string `yaml:"quyen_han,omitempty" json:"quyen_han"`
	Position  string `yaml:"chuc_vu" json:"chuc_vu"`
	Name      string `yaml:"ho_ten" json:"ho_ten"`
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
