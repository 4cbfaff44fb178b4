package progress

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"vanban/internal/data"
)

// TestDeclaredIndicators: once the plan declares its indicators, a unit's file naming one
// otherwise is an error at the name with the closest declared name, a unit of measure other
// than the plan's is an error, and a unit that gives no target takes the plan's.
func TestDeclaredIndicators(t *testing.T) {
	b, ds := Open("../../data/tien-do/theo-doi.yaml")
	if b == nil {
		t.Fatal(ds)
	}
	defer func(saved []data.Indicator) { b.Plan.Indicators = saved }(b.Plan.Indicators)
	b.Plan.Indicators = []data.Indicator{
		{Name: "Diện tích trồng rừng mới", Measure: "ha", Target: "9.000"},
		{Name: "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", Measure: "%", Target: "95"},
	}
	real, err := os.ReadFile("../../data/tien-do/2024-11/ban-can-su-dang-ubnd-tinh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(string(real), "chi_tieu:")
	line := strings.Count(head, "\n") + 2 // the line of the indicator's name
	file := func(name, measure, target string) []byte {
		src := head + "chi_tieu:\n  - ten: \"" + name + "\"\n    don_vi_tinh: \"" + measure + "\"\n"
		if target != "" {
			src += "    ke_hoach: " + target + "\n"
		}
		return []byte(src + "    thuc_hien: 8755\n")
	}
	for _, c := range []struct {
		name, measure, want, hint string
	}{
		{"Diện tích trồng rừng mơí", "ha", fmt.Sprintf("%d:10: lỗi: kế hoạch không có chỉ tiêu “Diện tích trồng rừng mơí”", line), "có phải ý bạn là “Diện tích trồng rừng mới”?"},
		{"Diện tích trồng rừng mới", "m2", fmt.Sprintf("%d:18: lỗi: chỉ tiêu “Diện tích trồng rừng mới” tính bằng “ha” trong kế hoạch, không phải “m2”", line+1), "don_vi_tinh: ha"},
	} {
		_, ds := b.Read("2024-11/ban-can-su-dang-ubnd-tinh.yaml", file(c.name, c.measure, "9000"))
		found := false
		for _, d := range ds {
			found = found || strings.Contains(d.Error(), c.want) && strings.Contains(d.Hint, c.hint)
		}
		if !found {
			t.Errorf("%q %q: %v", c.name, c.measure, ds)
		}
	}
	s, ds := b.Read("2024-11/ban-can-su-dang-ubnd-tinh.yaml", file("Diện tích trồng rừng mới", "ha", ""))
	if s == nil {
		t.Fatal(ds)
	}
	p, _ := ParsePeriod("2024-11")
	sum := b.Summarize(p, []*Submission{s})
	for _, g := range sum.Indicators {
		if g.Name == "Diện tích trồng rừng mới" {
			if r := g.Rows[0]; r.Indicator.Target.Value != 9000 || r.Indicator.Target.Text != "9.000" || !r.HasAchieved {
				t.Errorf("row %+v: want the plan's target 9.000", r)
			}
			return
		}
	}
	t.Error("the indicator is not in the summary")
}
