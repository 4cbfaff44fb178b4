package data

import (
	"fmt"
	"slices"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/mdext"
	"vanban/internal/yamlfile"
)

// Table is a table standing among the blocks of any part of the body (bang): an optional
// title above it, its header rows (dau, repeated at the top of every page it goes on to),
// its body rows (dong) and an optional totals row (tong, in bold), each a list of cells.
// A cell "<<" is covered by the cell on its left, "^^" by the cell above, so every row has
// one cell a column; a line break in a cell is kept. Widths (rong) are the columns'
// relative widths, Aligns (can_le) how each column's body cells are aligned: "trai",
// "giua" or "phai".
type Table struct {
	Title  string     `yaml:"tieu_de,omitempty" json:"tieu_de"`
	Head   [][]string `yaml:"dau" json:"dau"`
	Rows   [][]string `yaml:"dong,omitempty" json:"dong"`
	Total  []string   `yaml:"tong,omitempty" json:"tong"`
	Widths []float64  `yaml:"rong,omitempty" json:"rong"`
	Aligns []string   `yaml:"can_le,omitempty" json:"can_le"`
}

// tableAligns are the words of can_le.
var tableAligns = []string{"trai", "giua", "phai"}

// checkTable checks a table at path: at least a header row, one cell a column in every row
// once the spans are read, spans that make rectangles, one width and one alignment a
// column when given.
func checkTable(loc *yamlfile.Locator, path string, t *Table) diag.List {
	if t == nil {
		return nil
	}
	if len(t.Head) == 0 || len(t.Head[0]) == 0 {
		return diag.List{loc.Errorf(path, "thêm “dau: [[STT, Nội dung, …]]”: (các) dòng tiêu đề của bảng, mỗi dòng một danh sách ô",
			"bảng thiếu dòng tiêu đề (dau)")}
	}
	ncol := len(t.Head[0])
	rows := append(append(t.Head[:len(t.Head):len(t.Head)], t.Rows...), t.Total)
	if t.Total == nil {
		rows = rows[:len(rows)-1]
	}
	var ds diag.List
	if _, err := mdext.Grid(rows, len(t.Head), ncol); err != nil {
		p := rowPath(path, t, err.Row)
		if err.Col < len(rows[err.Row]) {
			p = fmt.Sprintf("%s[%d]", p, err.Col)
		}
		ds = append(ds, loc.Errorf(p, err.Hint, "%s", err.Message))
	}
	if len(t.Widths) > 0 && len(t.Widths) != ncol {
		ds = append(ds, loc.Errorf(path+".rong", "ghi một độ rộng cho mỗi cột, từ trái sang phải", "“rong” có %d độ rộng, bảng có %d cột", len(t.Widths), ncol))
	}
	for i, w := range t.Widths {
		if w <= 0 {
			ds = append(ds, loc.Errorf(fmt.Sprintf("%s.rong[%d]", path, i), "độ rộng là một số dương, tương đối với các cột khác", "độ rộng cột không phải là số dương"))
		}
	}
	if len(t.Aligns) > 0 && len(t.Aligns) != ncol {
		ds = append(ds, loc.Errorf(path+".can_le", "ghi một cách căn cho mỗi cột: trai, giua hoặc phai", "“can_le” có %d giá trị, bảng có %d cột", len(t.Aligns), ncol))
	}
	for i, a := range t.Aligns {
		if !slices.Contains(tableAligns, a) {
			ds = append(ds, loc.Errorf(fmt.Sprintf("%s.can_le[%d]", path, i), "căn lề là “trai”, “giua” hoặc “phai”", "không có cách căn lề “%s”", a))
		}
	}
	if strings.TrimSpace(t.Title) == "" && t.Title != "" {
		ds = append(ds, loc.Errorf(path+".tieu_de", "xóa dòng này nếu bảng không có tiêu đề", "tiêu đề bảng để trống"))
	}
	return ds
}

// rowPath is the path of row r of the table's rows, header rows first.
func rowPath(path string, t *Table, r int) string {
	switch {
	case r < len(t.Head):
		return fmt.Sprintf("%s.dau[%d]", path, r)
	case r < len(t.Head)+len(t.Rows):
		return fmt.Sprintf("%s.dong[%d]", path, r-len(t.Head))
	}
	return path + ".tong"
}
