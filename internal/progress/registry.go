package progress

import (
	"fmt"
	"strings"
	"vanban/internal/model"

	"vanban/internal/diag"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Registry is the list of units (đơn vị) that report progress, and the names by which
// plans assign them tasks: a unit's own name, its other names, and group names that
// stand for several units ("Các huyện, thị, thành ủy, đảng ủy trực thuộc").
type Registry struct {
	Units  []*Unit  `yaml:"don_vi"`
	Groups []*Group `yaml:"nhom,omitempty"`

	byID   map[string]*Unit
	byName map[string][]*Unit // every unit and group name, NFC, → the units it stands for
}

// Unit is one reporting unit. ID is the slug its progress files are named after
// (huyen-uy-tho-xuan.yaml).
type Unit struct {
	ID      string   `yaml:"ma"`
	Name    string   `yaml:"ten"`
	Short   string   `yaml:"ten_ngan,omitempty"`
	Aliases []string `yaml:"ten_khac,omitempty"`
	Note    string   `yaml:"ghi_chu,omitempty"`
	// Signer signs the unit's own báo cáo tiến độ (its head, or who signs for the unit);
	// without it the report carries the plan's signer, for the office to change.
	Signer *model.Signer `yaml:"nguoi_ky,omitempty"`
}

// Label is the unit's short name, or its name when it has none (for tables and charts).
func (u *Unit) Label() string {
	if u.Short != "" {
		return u.Short
	}
	return u.Name
}

// Group is a name a plan uses for several units. Members are unit ids; All stands for
// every unit of the registry ("Các cơ quan, đơn vị liên quan"). A group with neither
// names bodies that do not report to this office (ministries, say): it is known, so the
// plan's text checks, but nobody is expected to report for it.
type Group struct {
	Name    string   `yaml:"ten"`
	Aliases []string `yaml:"ten_khac,omitempty"`
	Members []string `yaml:"thanh_vien,omitempty"`
	All     bool     `yaml:"tat_ca,omitempty"`
	Note    string   `yaml:"ghi_chu,omitempty"`
}

// ParseRegistry decodes and checks a registry file. The list holds every problem; the
// registry is nil when one of them is an error.
func ParseRegistry(name string, src []byte) (*Registry, diag.List) {
	s, err := yamlfile.Parse(name, src)
	if err != nil {
		return nil, asList(err)
	}
	var r Registry
	if err := s.Decode(&r); err != nil {
		return nil, asList(err)
	}
	ds := r.check(s.Locator())
	if ds.HasErrors() {
		return nil, ds
	}
	return &r, ds
}

// NewRegistry indexes units and groups built in code (tests, generated data); it panics
// on what ParseRegistry would report as an error.
func NewRegistry(units []*Unit, groups []*Group) *Registry {
	r := &Registry{Units: units, Groups: groups}
	if ds := r.check(yamlfile.NewLocator("", nil)); ds.HasErrors() {
		panic(ds.Error())
	}
	return r
}

// ReservedIDs are the unit ids whose files would take the name of a fixed file of the
// monthly folder: "tong-hop" would write bao-cao-tong-hop.pdf, the whole plan's report.
var ReservedIDs = map[string]bool{"tong-hop": true}

// check indexes the registry and reports what is wrong with it.
func (r *Registry) check(loc *yamlfile.Locator) diag.List {
	var ds diag.List
	r.byID = map[string]*Unit{}
	r.byName = map[string][]*Unit{}
	names := map[string]string{} // name → path of its first use
	addName := func(name, path string, units []*Unit) {
		if strings.TrimSpace(name) == "" {
			ds = append(ds, loc.Errorf(path, "ghi tên đầy đủ như trong văn bản, ví dụ “Huyện ủy Thọ Xuân”", "thiếu tên (“ten”)"))
			return
		}
		key := vn.NFC(strings.TrimSpace(name))
		if first, dup := names[key]; dup {
			line, _ := loc.At(first)
			ds = append(ds, loc.Errorf(path, "mỗi tên chỉ dùng cho một đơn vị hoặc một nhóm", "tên “%s” đã dùng ở dòng %d", name, line))
			return
		}
		names[key] = path
		r.byName[key] = units
	}
	for i, u := range r.Units {
		path := fmt.Sprintf("$.don_vi[%d]", i)
		switch {
		case u.ID == "":
			ds = append(ds, loc.Errorf(path, "đặt mã là tên viết không dấu, nối bằng gạch ngang, ví dụ “huyen-uy-tho-xuan”", "đơn vị thiếu mã (“ma”)"))
		case vn.Slug(u.ID) != u.ID:
			ds = append(ds, loc.Errorf(path+".ma", fmt.Sprintf("viết “%s”", vn.Slug(u.ID)),
				"mã đơn vị “%s” phải là chữ thường không dấu, số và gạch ngang (mã là tên tệp tiến độ)", u.ID))
		case r.byID[u.ID] != nil:
			ds = append(ds, loc.Errorf(path+".ma", "mỗi đơn vị một mã riêng", "mã đơn vị “%s” đã dùng", u.ID))
		case ReservedIDs[u.ID]:
			ds = append(ds, loc.Errorf(path+".ma", "chọn mã khác, ví dụ thêm tên địa phương",
				"mã đơn vị “%s” trùng tên một tệp cố định của thư mục kết quả (bao-cao-tong-hop.pdf)", u.ID))
		default:
			r.byID[u.ID] = u
		}
	}
	// Names after ids, so that a group's members can be found; units before groups.
	for i, u := range r.Units {
		path := fmt.Sprintf("$.don_vi[%d]", i)
		addName(u.Name, path+".ten", []*Unit{u})
		for j, a := range u.Aliases {
			addName(a, fmt.Sprintf("%s.ten_khac[%d]", path, j), []*Unit{u})
		}
	}
	for i, g := range r.Groups {
		path := fmt.Sprintf("$.nhom[%d]", i)
		var members []*Unit
		seen := map[string]bool{}
		if g.All && len(g.Members) > 0 {
			ds = append(ds, loc.KeyErrorf(path+".tat_ca", "bỏ “tat_ca” hoặc bỏ “thanh_vien”", "nhóm có cả “tat_ca” và “thanh_vien”"))
		}
		if g.All {
			members = r.Units
		}
		for j, id := range g.Members {
			p := fmt.Sprintf("%s.thanh_vien[%d]", path, j)
			u := r.byID[id]
			switch {
			case u == nil:
				ds = append(ds, loc.Errorf(p, suggestHint(id, r.IDs(), "mỗi thành viên là mã của một đơn vị trong “don_vi”"),
					"không có đơn vị mã “%s”", id))
			case seen[id]:
				ds = append(ds, loc.Errorf(p, "xóa dòng lặp", "đơn vị “%s” đã có trong nhóm", id))
			default:
				seen[id] = true
				members = append(members, u)
			}
		}
		addName(g.Name, path+".ten", members)
		for j, a := range g.Aliases {
			addName(a, fmt.Sprintf("%s.ten_khac[%d]", path, j), members)
		}
	}
	return ds
}

// Unit returns the unit with the id, or nil.
func (r *Registry) Unit(id string) *Unit { return r.byID[id] }

// Resolve returns the units a name of a plan's chu_tri or phoi_hop stands for: the unit
// of that name (or other name), or the members of the group. ok is false when the name
// is neither; a known group may stand for no unit.
func (r *Registry) Resolve(name string) (units []*Unit, ok bool) {
	units, ok = r.byName[vn.NFC(strings.TrimSpace(name))]
	return units, ok
}

// IDs lists the unit ids in registry order.
func (r *Registry) IDs() []string {
	ids := make([]string, len(r.Units))
	for i, u := range r.Units {
		ids[i] = u.ID
	}
	return ids
}

// Names lists every unit and group name, other names included, in registry order.
func (r *Registry) Names() []string {
	var out []string
	for _, u := range r.Units {
		out = append(append(out, u.Name), u.Aliases...)
	}
	for _, g := range r.Groups {
		out = append(append(out, g.Name), g.Aliases...)
	}
	return out
}

// order is the position of each unit in the registry, to sort units the way the file
// lists them.
func (r *Registry) order() map[*Unit]int {
	m := make(map[*Unit]int, len(r.Units))
	for i, u := range r.Units {
		m[u] = i
	}
	return m
}

// suggestHint is "có phải ý bạn là “…”?" when word is close to a candidate, else fallback.
func suggestHint(word string, candidates []string, fallback string) string {
	if s, ok := vn.Suggest(word, candidates); ok {
		return fmt.Sprintf("có phải ý bạn là “%s”?", s)
	}
	return fallback
}

// asList turns an error of internal/data (a diag.List) into a list. internal/data sends
// users to docs/du-lieu.md for the list of fields; progress data is described in
// docs/tien-do.md.
func asList(err error) diag.List {
	l, ok := err.(diag.List)
	if !ok {
		return diag.List{diag.Errorf("", 0, 0, "", "%v", err)}
	}
	out := make(diag.List, len(l))
	for i, d := range l {
		d.Hint = strings.ReplaceAll(d.Hint, "docs/du-lieu.md", "docs/tien-do.md")
		out[i] = d
	}
	return out
}
