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
	// TaskColumns are the columns of that table, in order (cot: TaskColumns names them);
	// none: stt, nhiem_vu, chu_tri, phoi_hop, thoi_han, san_pham.
	TaskColumns []string `yaml:"cot,omitempty" json:"cot"`
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

// TaskColumns are the columns a task table may have (cot), as the template
// partials/bang-nhiem-vu.md.tmpl prints them: STT, Mã, Nhiệm vụ, Sản phẩm, Thời hạn, Chủ
// trì, Phối hợp, Theo dõi, kiểm tra, đôn đốc.
var TaskColumns = []string{"stt", "ma", "nhiem_vu", "san_pham", "thoi_han", "chu_tri", "phoi_hop", "theo_doi"}

// checkColumns checks the columns of the task table of the block at path (p.cot).
func checkColumns(loc *yamlfile.Locator, path string, table bool, cols []string) diag.List {
	var ds diag.List
	if len(cols) > 0 && !table {
		ds = append(ds, loc.Errorf(path+".cot", "thêm “bang_nhiem_vu: true”, hoặc xóa “cot”", "“cot” là các cột của bảng phân công nhiệm vụ, mà ở đây không có bảng đó"))
	}
	seen := map[string]bool{}
	for i, c := range cols {
		q := fmt.Sprintf("%s.cot[%d]", path, i)
		switch {
		case !slices.Contains(TaskColumns, c):
			hint := "các cột: " + strings.Join(TaskColumns, ", ")
			if s, ok := vn.Suggest(c, TaskColumns); ok {
				hint = fmt.Sprintf("có phải ý bạn là “%s”? (%s)", s, hint)
			}
			ds = append(ds, loc.Errorf(q, hint, "bảng phân công không có cột “%s”", c))
		case seen[c]:
			ds = append(ds, loc.Errorf(q, "mỗi cột ghi một lần", "cột “%s” ghi hai lần", c))
		}
		seen[c] = true
	}
	return ds
}
