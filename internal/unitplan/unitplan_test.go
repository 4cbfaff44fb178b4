package unitplan

import (
	"reflect"
	"strings"
	"testing"

	"vanban/internal/data"
	"vanban/internal/progress"
)

func book(t *testing.T) *progress.Book {
	b, ds := progress.Open("../../data/tien-do/theo-doi.yaml")
	if b == nil {
		t.Fatal(ds)
	}
	return b
}

// TestTasks checks which tasks of the seed plan each unit gets (hand count of the plan's
// chu_tri and phoi_hop through the registry's groups): every unit cooperates on III.3
// (“Các cơ quan, đơn vị liên quan” stands for all).
func TestTasks(t *testing.T) {
	b := book(t)
	for _, c := range []struct {
		unit string
		ids  []string
		lead []bool
	}{
		{"huyen-uy-nga-son", []string{"II.1.a", "III.2", "III.3"}, []bool{true, true, false}},
		{"ban-tuyen-giao-tinh-uy", []string{"II.1.b", "III.2", "III.3"}, []bool{true, true, false}},
		{"van-phong-tinh-uy", []string{"III.3"}, []bool{true}},
	} {
		var ids []string
		var lead []bool
		for _, tk := range Tasks(b, b.Registry.Unit(c.unit)) {
			ids, lead = append(ids, tk.ID), append(lead, tk.Lead)
		}
		if !reflect.DeepEqual(ids, c.ids) || !reflect.DeepEqual(lead, c.lead) {
			t.Errorf("%s: %v %v, want %v %v", c.unit, ids, lead, c.ids, c.lead)
		}
	}
}

func TestCode(t *testing.T) {
	for name, want := range map[string]string{"Huyện ủy Nga Sơn": "HU", "Ban Tuyên giáo Tỉnh ủy": "BTGTU", "Văn phòng Tỉnh ủy": "VPTU", "Sở Nội vụ": "SNV"} {
		if got := Code(&progress.Unit{Name: name}); got != want {
			t.Errorf("Code(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSkeleton decodes the Nga Sơn skeleton: a kế hoạch of the unit, the trích yếu naming
// the province's plan, three sections, section II one item per assigned task with the
// task kept as ma + “-HU”, the unit as chu_tri and the deadline copied.
func TestSkeleton(t *testing.T) {
	b := book(t)
	src, err := Skeleton(b, "huyen-uy-nga-son")
	if err != nil {
		t.Fatal(err)
	}
	p, err := data.Load("x.yaml", src)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	if p.Kind != "ke_hoach" || p.Body != "HUYỆN ỦY NGA SƠN" || p.Symbol != "KH/HU" ||
		p.Subject != "thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy Thanh Hóa thực hiện Kết luận số 81-KL/TW của Bộ Chính trị" {
		t.Errorf("meta: %+v", p.Meta)
	}
	var titles []string
	for _, s := range p.Sections {
		titles = append(titles, s.Title)
	}
	if !reflect.DeepEqual(titles, []string{"MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"}) {
		t.Errorf("sections %v", titles)
	}
	var got []string
	for _, e := range p.Tasks() {
		got = append(got, e.ID+" "+strings.Join(e.Lead, ",")+" "+e.Deadline)
	}
	want := []string{"II.1.a-HU Huyện ủy Nga Sơn thường xuyên", "III.2-HU Huyện ủy Nga Sơn 2024-09-30", "III.3-HU Huyện ủy Nga Sơn thường xuyên"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tasks %q, want %q", got, want)
	}
	if !strings.Contains(string(src), "# HOÀN THIỆN") || !strings.Contains(p.Opening[0], "Huyện ủy Nga Sơn xây dựng Kế hoạch") {
		t.Errorf("comments or opening missing:\n%s", src)
	}
	if _, err := Skeleton(b, "khong-co"); err == nil {
		t.Error("unknown unit: no error")
	}
}
