package data

import (
	"fmt"

	"vanban/internal/model"
)

// Document is a document of any kind the templates know — kế hoạch, báo cáo, thông báo, công
// văn, quyết định, tờ trình, chương trình (see [Kinds]) — as a data file gives it: the
// document's own fields (model.Meta) and its body. The body is opening paragraphs, then
// sections (I., II. …), or numbered items without sections (1., 2. …), or the articles of a
// quyết định (Điều 1., Điều 2. …), then closing paragraphs. Which of these a kind has is
// [Kind.Body].
type Document struct {
	model.Meta `yaml:",inline"`
	// Opening holds the paragraphs before the first section ("Thực hiện Kết luận số …").
	Opening []string `yaml:"mo_dau,omitempty" json:"mo_dau"`
	// Sections are the parts numbered I., II., III. …
	Sections []Section `yaml:"phan,omitempty" json:"phan"`
	// Items are numbered items 1., 2. … of a document not divided into sections (a công
	// văn, a thông báo).
	Items []Item `yaml:"muc,omitempty" json:"muc"`
	// Decides is the centred line that opens the articles of a quyết định; empty, the
	// template writes "QUYẾT ĐỊNH:". A Party decision names its cấp ủy here ("BAN THƯỜNG VỤ
	// TỈNH ỦY QUYẾT ĐỊNH:"); a State one names its authority in tham_quyen instead.
	Decides string `yaml:"quyet_dinh,omitempty" json:"quyet_dinh"`
	// Articles are the articles of a quyết định: Điều 1., Điều 2. …
	Articles []Article `yaml:"dieu,omitempty" json:"dieu"`
	// Closing holds the paragraphs after everything else ("Yêu cầu … thực hiện./.").
	Closing []string `yaml:"ket_thuc,omitempty" json:"ket_thuc"`
	// Notes are the document's footnotes by label ("1": "Nguồn: …"): any value of the body
	// refers to one as [^1]; the templates write them at the end of the Markdown.
	Notes map[string]string `yaml:"chu_thich,omitempty" json:"chu_thich"`
	// Appendices are the phụ lục after the signature.
	Appendices []Appendix `yaml:"phu_luc,omitempty" json:"phu_luc"`
	// Attached is the document a quyết định issues with it ("Điều 1. Ban hành kèm theo
	// Quyết định này Quy chế …"), printed after the signature on pages of its own.
	Attached *Attached `yaml:"van_ban_kem_theo,omitempty" json:"van_ban_kem_theo"`
	// Indicators are the figures the plan sets (chỉ tiêu): when declared, the units' progress
	// files report against them by name, and a name the plan does not declare is an error.
	Indicators []Indicator `yaml:"chi_tieu,omitempty" json:"chi_tieu"`
}

// Indicator is a figure a plan sets: its name as the units report it, its unit of measure
// and its target, written as the plan prints it ("95", "9.000").
type Indicator struct {
	Name    string `yaml:"ten" json:"ten"`
	Measure string `yaml:"don_vi_tinh" json:"don_vi_tinh"`
	Target  string `yaml:"muc_tieu,omitempty" json:"muc_tieu"`
}

// Attached is a document issued with a quyết định (văn bản ban hành kèm theo): a quy chế or
// quy định of chapters and articles, or articles alone; a kế hoạch or chương trình of
// sections, with their tasks. It has no number, date or signer of its own: the note under
// its title names the decision's.
type Attached struct {
	// TypeName is its type name, printed in capitals ("QUY CHẾ", "KẾ HOẠCH").
	TypeName string `yaml:"ten_loai" json:"ten_loai"`
	// Subject is its title under the type name ("Làm việc của Ủy ban nhân dân tỉnh …").
	Subject string `yaml:"trich_yeu" json:"trich_yeu"`
	// Issuer is who issues the decision, as the note under the title names it ("Chủ tịch
	// Ủy ban nhân dân tỉnh Thanh Hóa", "Ban Thường vụ Tỉnh ủy").
	Issuer  string   `yaml:"cua,omitempty" json:"cua"`
	Opening []string `yaml:"mo_dau,omitempty" json:"mo_dau"`
	// Chapters are its chapters, Chương I, II …, their articles numbered on through the
	// document.
	Chapters []Chapter `yaml:"chuong,omitempty" json:"chuong"`
	// Articles are its articles when it has no chapters.
	Articles []Article `yaml:"dieu,omitempty" json:"dieu"`
	// Sections are its parts I., II. … (a kế hoạch, a chương trình).
	Sections []Section `yaml:"phan,omitempty" json:"phan"`
	Closing  []string  `yaml:"ket_thuc,omitempty" json:"ket_thuc"`
}

// Chapter is a chapter of an attached document: "Chương I" and its title in capitals,
// centred, then its articles.
type Chapter struct {
	Title    string    `yaml:"tieu_de" json:"tieu_de"`
	Articles []Article `yaml:"dieu" json:"dieu"`
}

// Section is one part of the body, numbered with a Roman numeral and titled in capitals.
type Section struct {
	// Number is the part's number as the original types it ("V." where it skips one);
	// empty, the template numbers it after the part before.
	Number string `yaml:"so,omitempty" json:"so"`
	Title  string `yaml:"tieu_de" json:"tieu_de"`
	// Content holds blocks that come before the numbered items.
	Content []Block `yaml:"noi_dung,omitempty" json:"noi_dung"`
	Items   []Item  `yaml:"muc,omitempty" json:"muc"`
	// TaskTable, when set, puts the table of every task of the document at the end of the
	// section (STT, nhiệm vụ, chủ trì, phối hợp, thời hạn, sản phẩm).
	TaskTable bool `yaml:"bang_nhiem_vu,omitempty" json:"bang_nhiem_vu"`
	// TaskColumns are that table's columns, as those of an appendix's (Appendix.TaskColumns).
	TaskColumns []Column `yaml:"cot,omitempty" json:"cot"`
}

// Item is a numbered item ("1.", "2." …) or, inside an item, a point ("a)", "b)" …). It has
// either a Title, printed in bold on its own line and followed by Content, or a Text that
// starts right after the number.
type Item struct {
	// Number is the item's number as the original types it ("1.1.", "2.10.", "7.", "đ)");
	// empty, the template numbers it after the item before.
	Number  string  `yaml:"so,omitempty" json:"so"`
	Title   string  `yaml:"tieu_de,omitempty" json:"tieu_de"`
	Text    string  `yaml:"doan,omitempty" json:"doan"`
	Tasks   Tasks   `yaml:"nhiem_vu,omitempty" json:"nhiem_vu"`
	Content []Block `yaml:"noi_dung,omitempty" json:"noi_dung"`
	Points  []Item  `yaml:"diem,omitempty" json:"diem"`
}

// Article is one article of a quyết định ("Điều 1."). Like an Item it has either a Title,
// printed in bold after "Điều 1." on its own line, or a Text that follows "Điều 1." in the
// same paragraph; then Content and the numbered clauses (khoản 1., 2. …, each with its
// points a), b) …).
type Article struct {
	Title   string  `yaml:"tieu_de,omitempty" json:"tieu_de"`
	Text    string  `yaml:"doan,omitempty" json:"doan"`
	Content []Block `yaml:"noi_dung,omitempty" json:"noi_dung"`
	Clauses []Item  `yaml:"khoan,omitempty" json:"khoan"`
}

// Block is a paragraph (Paragraph), a bullet line (Bullet, printed after "- ") with the
// bullets under it (Sub, printed after "+ "), or a table (Table). A block may carry Tasks:
// the text is then the tasks as the document words them.
type Block struct {
	Paragraph string  `yaml:"doan,omitempty" json:"doan"`
	Bullet    string  `yaml:"y,omitempty" json:"y"`
	Sub       []Block `yaml:"y_con,omitempty" json:"y_con"`
	Tasks     Tasks   `yaml:"nhiem_vu,omitempty" json:"nhiem_vu"`
	// Table is a table standing in place of a paragraph (bang).
	Table *Table `yaml:"bang,omitempty" json:"bang"`
	// PageBreak starts the block on a new page.
	PageBreak bool `yaml:"sang_trang,omitempty" json:"sang_trang"`
}

// Tasks are the tasks a block or an item assigns, in order: one task (a mapping) or a list
// of them, as an office's paragraph often gives several units several things to do.
type Tasks []Task

// UnmarshalYAML accepts one task as well as a list of tasks.
func (ts *Tasks) UnmarshalYAML(unmarshal func(any) error) error {
	var raw any
	if err := unmarshal(&raw); err != nil {
		return err
	}
	if _, many := raw.([]any); many {
		var l []Task
		if err := unmarshal(&l); err != nil {
			return err
		}
		*ts = l
		return nil
	}
	var t Task
	if err := unmarshal(&t); err != nil {
		return err
	}
	*ts = Tasks{t}
	return nil
}

// Path is the YAML path of the i-th task under the nhiem_vu at path: the field itself when
// it holds one task (written as a mapping, or a list of one, which a locator then finds as
// the list), an index into it otherwise.
func (ts Tasks) Path(path string, i int) string {
	if len(ts) == 1 {
		return path
	}
	return fmt.Sprintf("%s[%d]", path, i)
}

// Task is what the document assigns: an id that progress reports refer to, the lead unit(s),
// the cooperating units, the deadline ("2026-12-31", "Quý I/2026" or "thường xuyên") and
// the expected product.
type Task struct {
	ID        string   `yaml:"ma" json:"ma"`
	Name      string   `yaml:"ten,omitempty" json:"ten"`
	Lead      []string `yaml:"chu_tri" json:"chu_tri"`
	Cooperate []string `yaml:"phoi_hop,omitempty" json:"phoi_hop"`
	Deadline  string   `yaml:"thoi_han,omitempty" json:"thoi_han"`
	Product   string   `yaml:"san_pham,omitempty" json:"san_pham"`
	// Monitor is who follows the task up and urges it on (theo_doi: “Theo dõi, kiểm tra,
	// đôn đốc”), a column of the task annex.
	Monitor []string `yaml:"theo_doi,omitempty" json:"theo_doi"`
	// Tracking is the day progress tracking holds the task to (han_theo_doi), for a
	// thoi_han no parser should guess ("Sau 03 tháng kể từ …"); the printed text stays
	// Deadline.
	Tracking string `yaml:"han_theo_doi,omitempty" json:"han_theo_doi"`
}
