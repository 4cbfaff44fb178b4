package data

import (
	"fmt"
	"slices"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Appendix is a phụ lục written in the data file, printed after the signature on pages of
// its own: its label ("Phụ lục I"; left out, "Phụ lục", numbered I, II … when there are
// several), its title (a "\n" in it is a line break the office chose, the title staying
// one), its note ("(Kèm theo Kế hoạch số      /KH-UBND …)", the clerk's blanks kept), then
// its blocks and the table of every task.
type Appendix struct {
	Label string `yaml:"nhan,omitempty" json:"nhan"`
	Title string `yaml:"tieu_de" json:"tieu_de"`
	Note  string `yaml:"ghi_chu,omitempty" json:"ghi_chu"`
	// Landscape turns its pages (wide tables).
	Landscape bool    `yaml:"ngang,omitempty" json:"ngang"`
	Content   []Block `yaml:"noi_dung,omitempty" json:"noi_dung"`
	// TaskTable puts the table of every task of the document after its blocks.
	TaskTable bool `yaml:"bang_nhiem_vu,omitempty" json:"bang_nhiem_vu"`
	// TaskColumns are the columns of that table, in order (cot: TaskColumns names their
	// codes); none: stt, nhiem_vu, chu_tri, phoi_hop, thoi_han, san_pham.
	TaskColumns []Column `yaml:"cot,omitempty" json:"cot"`
	// TablePages starts each of its tables (biểu mẫu) on a new page, but one that opens it.
	TablePages bool `yaml:"bang_sang_trang,omitempty" json:"bang_sang_trang"`
}

// checkAppendices checks the phụ lục of a data file: each has a title, and its blocks are
// right.
func checkAppendices(loc *yamlfile.Locator, as []Appendix, ids map[string]string) diag.List {
	var ds diag.List
	for i, a := range as {
		p := fmt.Sprintf("$.phu_luc[%d]", i)
		if strings.TrimSpace(a.Title) == "" {
			ds = append(ds, loc.Errorf(p, "viết tên phụ lục, ví dụ “tieu_de: BẢNG PHÂN CÔNG NHIỆM VỤ”; tên hai dòng: “BẢNG PHÂN CÔNG\\nNHIỆM VỤ”",
				"phụ lục thứ %d thiếu “tieu_de”", i+1))
		}
		ds = append(ds, checkBlocks(loc, p+".noi_dung", a.Content, ids, false)...)
		ds = append(ds, checkColumns(loc, p, a.TaskTable, a.TaskColumns)...)
	}
	return ds
}

// TaskColumns are the codes of the columns a task table may have (cot), as the template
// partials/bang-nhiem-vu.md.tmpl heads them unless the office names them: STT, Mã, Nhiệm
// vụ, Sản phẩm, Thời hạn, Chủ trì, Phối hợp, Theo dõi, kiểm tra, đôn đốc.
var TaskColumns = []string{"stt", "ma", "nhiem_vu", "san_pham", "thoi_han", "chu_tri", "phoi_hop", "theo_doi"}

// Column is a column of the task table (an element of cot): its code (ma, one of
// TaskColumns) and, when the office heads, sizes or aligns it otherwise, its header (ten:
// "Thời gian hoàn thành"), its relative width (rong) and how its cells are aligned (can_le:
// trai, giua, phai). Written as its code alone ("thoi_han"), it has the default header.
type Column struct {
	Code  string  `yaml:"ma" json:"ma"`
	Name  string  `yaml:"ten,omitempty" json:"ten"`
	Width float64 `yaml:"rong,omitempty" json:"rong"`
	Align string  `yaml:"can_le,omitempty" json:"can_le"`
}

// UnmarshalYAML accepts a column's code alone as well as the mapping form.
func (c *Column) UnmarshalYAML(unmarshal func(any) error) error {
	var code string
	if err := unmarshal(&code); err == nil {
		*c = Column{Code: code}
		return nil
	}
	type plain Column
	var p plain
	if err := unmarshal(&p); err != nil {
		return err
	}
	*c = Column(p)
	return nil
}

// checkColumns checks the columns of the task table of the block at path (p.cot): known
// codes, each once; a header not left blank; a width for every column or none; an
// alignment of can_le's words.
func checkColumns(loc *yamlfile.Locator, path string, table bool, cols []Column) diag.List {
	var ds diag.List
	if len(cols) > 0 && !table {
		ds = append(ds, loc.Errorf(path+".cot", "thêm “bang_nhiem_vu: true”, hoặc xóa “cot”", "“cot” là các cột của bảng phân công nhiệm vụ, mà ở đây không có bảng đó"))
	}
	seen := map[string]bool{}
	widths := 0
	for i, c := range cols {
		q := fmt.Sprintf("%s.cot[%d]", path, i)
		at := q
		if c.Name != "" || c.Width != 0 || c.Align != "" {
			at = q + ".ma" // the mapping form: point at its code
		}
		switch {
		case c.Code == "":
			ds = append(ds, loc.Errorf(q, "ghi mã cột, ví dụ “{ma: thoi_han, ten: Thời gian hoàn thành}”; các cột: "+strings.Join(TaskColumns, ", "), "cột thiếu mã (“ma”)"))
		case !slices.Contains(TaskColumns, c.Code):
			hint := "các cột: " + strings.Join(TaskColumns, ", ")
			if s, ok := vn.Suggest(c.Code, TaskColumns); ok {
				hint = fmt.Sprintf("có phải ý bạn là “%s”? (%s)", s, hint)
			}
			ds = append(ds, loc.Errorf(at, hint, "bảng phân công không có cột “%s”", c.Code))
		case seen[c.Code]:
			ds = append(ds, loc.Errorf(at, "mỗi cột ghi một lần", "cột “%s” ghi hai lần", c.Code))
		}
		seen[c.Code] = true
		if c.Name != "" && strings.TrimSpace(c.Name) == "" {
			ds = append(ds, loc.Errorf(q+".ten", "xóa “ten” để dùng tên cột mặc định", "tên cột để trống"))
		}
		switch {
		case c.Width < 0:
			ds = append(ds, loc.Errorf(q+".rong", "độ rộng là một số dương, tương đối với các cột khác", "độ rộng cột không phải là số dương"))
		case c.Width > 0:
			widths++
		}
		if c.Align != "" && !slices.Contains(tableAligns, c.Align) {
			ds = append(ds, loc.Errorf(q+".can_le", "căn lề là “trai”, “giua” hoặc “phai”", "không có cách căn lề “%s”", c.Align))
		}
	}
	if widths > 0 && widths < len(cols) {
		ds = append(ds, loc.Errorf(path+".cot", "ghi “rong” cho mọi cột, hoặc không cho cột nào (độ rộng theo lượng chữ)",
			"%d trong %d cột có độ rộng (“rong”)", widths, len(cols)))
	}
	return ds
}
