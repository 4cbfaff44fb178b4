package progress

import (
	"os"
	"strings"
	"testing"

	"vanban/internal/diag"
)

const exampleRegistry = "../../data/tien-do/don-vi-thanh-hoa.yaml"

// The example registry reads without a remark, has at least ten district-level party
// committees in the group the seed plan's III.2 names, and gives every name of the seed
// plan's chu_tri and phoi_hop its units.
func TestExampleRegistry(t *testing.T) {
	src, err := os.ReadFile(exampleRegistry)
	if err != nil {
		t.Fatal(err)
	}
	r, ds := ParseRegistry(exampleRegistry, src)
	if r == nil || len(ds) > 0 {
		t.Fatalf("ParseRegistry:\n%v", ds)
	}
	districts, _ := r.Resolve("Các huyện, thị, thành ủy, đảng ủy trực thuộc")
	n := 0
	for _, u := range districts {
		if strings.HasPrefix(u.ID, "huyen-uy-") || strings.HasPrefix(u.ID, "thanh-uy-") || strings.HasPrefix(u.ID, "thi-uy-") {
			n++
		}
	}
	if n < 10 {
		t.Errorf("%d huyện, thị, thành ủy in the group, want at least 10", n)
	}
	// Each name of the seed plan, and how many units it stands for.
	for name, want := range map[string]int{
		"Các cấp ủy đảng":                                            11,
		"Chính quyền các cấp":                                        11,
		"Mặt trận Tổ quốc":                                           1, // another name of uy-ban-mttq-tinh
		"Các tổ chức chính trị - xã hội":                             5,
		"Ban Tuyên giáo Tỉnh ủy":                                     1,
		"Các cơ quan báo chí, truyền thông trên địa bàn tỉnh":        2,
		"Ủy ban Mặt trận Tổ quốc tỉnh":                               1,
		"Các đoàn thể chính trị - xã hội":                            5, // another name of the group above
		"Ban Cán sự đảng UBND tỉnh":                                  1,
		"Các Bộ, ngành Trung ương":                                   0, // known, reports to nobody here
		"Bộ Tài nguyên và Môi trường":                                0,
		"Các huyện, thị, thành ủy, đảng ủy trực thuộc":               11,
		"Các ban, ban cán sự đảng, đảng đoàn":                        2,
		"Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội cấp tỉnh": 6,
		"Văn phòng Tỉnh ủy":                                          1,
		"Các cơ quan, đơn vị liên quan":                              len(r.Units), // tat_ca
	} {
		us, ok := r.Resolve(name)
		if !ok || len(us) != want {
			t.Errorf("Resolve(%q) = %d units, %v; want %d", name, len(us), ok, want)
		}
	}
	b := testBook(t)
	for _, e := range b.Plan.Tasks() {
		for _, name := range append(append([]string{}, e.Lead...), e.Cooperate...) {
			if _, ok := r.Resolve(name); !ok {
				t.Errorf("%s: %q is not in the registry", e.ID, name)
			}
		}
	}
	if _, ok := r.Resolve("Sở Nội vụ"); ok {
		t.Error("Resolve knows a name the registry does not have")
	}
}

func TestRegistryErrors(t *testing.T) {
	head := "don_vi:\n  - {ma: huyen-uy-tho-xuan, ten: \"Huyện ủy Thọ Xuân\"}\n"
	for _, tc := range []struct {
		name, src string
		line, col int
		msg, hint string
	}{
		{"id with capitals and diacritics", "don_vi:\n  - ma: Huyện-ủy-Thọ-Xuân\n    ten: \"Huyện ủy Thọ Xuân\"\n",
			2, 9, "mã đơn vị “Huyện-ủy-Thọ-Xuân” phải là chữ thường không dấu", "viết “huyen-uy-tho-xuan”"},
		{"id twice", head + "  - {ma: huyen-uy-tho-xuan, ten: \"Huyện ủy Thọ Xuân 2\"}\n",
			3, 10, "mã đơn vị “huyen-uy-tho-xuan” đã dùng", ""},
		{"id of a fixed file", head + "  - {ma: tong-hop, ten: \"Tổ tổng hợp\"}\n",
			3, 10, "mã đơn vị “tong-hop” trùng tên một tệp cố định", "chọn mã khác"},
		{"no id", head + "  - {ten: \"Huyện ủy Đông Sơn\"}\n",
			3, 5, "đơn vị thiếu mã (“ma”)", ""},
		{"name twice", head + "  - {ma: huyen-uy-dong-son, ten: \"Huyện ủy Thọ Xuân\"}\n",
			3, 34, "tên “Huyện ủy Thọ Xuân” đã dùng ở dòng 2", ""},
		{"group name is a unit's", head + "nhom:\n  - ten: \"Huyện ủy Thọ Xuân\"\n    thanh_vien: [huyen-uy-tho-xuan]\n",
			4, 10, "tên “Huyện ủy Thọ Xuân” đã dùng ở dòng 2", ""},
		{"unknown member", head + "nhom:\n  - ten: \"Các huyện\"\n    thanh_vien: [huyen-uy-tho-xuân]\n",
			5, 18, "không có đơn vị mã “huyen-uy-tho-xuân”", "có phải ý bạn là “huyen-uy-tho-xuan”?"},
		{"member twice", head + "nhom:\n  - ten: \"Các huyện\"\n    thanh_vien: [huyen-uy-tho-xuan, huyen-uy-tho-xuan]\n",
			5, 37, "đơn vị “huyen-uy-tho-xuan” đã có trong nhóm", ""},
		{"all and members", head + "nhom:\n  - ten: \"Các huyện\"\n    tat_ca: true\n    thanh_vien: [huyen-uy-tho-xuan]\n",
			5, 5, "nhóm có cả “tat_ca” và “thanh_vien”", ""},
		{"unknown key", head + "nhom:\n  - ten: \"Các huyện\"\n    thanh_vein: [huyen-uy-tho-xuan]\n",
			5, 5, "trường “thanh_vein” không tồn tại", "“thanh_vien”"},
	} {
		r, ds := ParseRegistry("r.yaml", []byte(tc.src))
		if r != nil || len(ds) != 1 {
			t.Errorf("%s: got %d findings, registry %v:\n%v", tc.name, len(ds), r != nil, ds)
			continue
		}
		d := ds[0]
		if d.Line != tc.line || d.Col != tc.col || d.Severity != diag.Error || !strings.Contains(d.Message, tc.msg) || !strings.Contains(d.Hint, tc.hint) {
			t.Errorf("%s:\ngot  %v\nwant %d:%d: %s (gợi ý: %s)", tc.name, d, tc.line, tc.col, tc.msg, tc.hint)
		}
	}
}
