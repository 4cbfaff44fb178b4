package schema

import (
	"maps"
	"reflect"

	"vanban/internal/data"
)

// Kind is one kind of data file ("loai") and the file its schema is written to.
type Kind struct {
	// Loai is the value of the data file's "loai" field.
	Loai string
	// File is the schema's file name in the schema/ folder of the repository.
	File string
	Spec Spec
}

// Kinds lists every kind of data file, each with its schema.
func Kinds() []Kind {
	return []Kind{planKind()}
}

func planKind() Kind {
	item, block, task := reflect.TypeFor[data.Item](), reflect.TypeFor[data.Block](), reflect.TypeFor[data.Task]()
	return Kind{
		Loai: "ke_hoach",
		File: "ke-hoach.schema.json",
		Spec: Spec{
			ID:   "ke-hoach.schema.json",
			Root: reflect.TypeFor[data.Plan](),
			Defs: []Def{
				{Name: "muc", Type: item},
				{Name: "khoi", Type: block},
				{Name: "y_con", Type: block, Fields: []string{"y", "nhiem_vu"}},
				{Name: "nhiem_vu", Type: task},
			},
			Docs:  merge(metaDocs, planDocs),
			Rules: merge(metaRules("ke_hoach", "kế hoạch"), planRules),
		},
	}
}

func merge[V any](ms ...map[string]V) map[string]V {
	out := map[string]V{}
	for _, m := range ms {
		maps.Copy(out, m)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// Patterns of the fields the loader checks by shape.
const (
	// DatePattern is the shape vn.ParseDate accepts: a four-digit year, then a month from
	// 1 to 12, then a day from 1 to 31, each part optional after the year, month and day
	// with one or two digits. Whether the day exists in that month (2023-02-29) is left
	// to the loader.
	DatePattern = `^[0-9]{4}(-(0?[1-9]|1[0-2])(-(0?[1-9]|[12][0-9]|3[01]))?)?$`
	// NumberPattern: a document number is digits only, or empty for the clerk to fill in.
	NumberPattern = `^[0-9]*$`
)

// metaRules are the checks of data.CheckMeta (model.Meta is part of every kind), with
// "loai" fixed to the kind.
func metaRules(loai, name string) map[string]Rule {
	return map[string]Rule{
		"he_thong": {
			Enum: []string{"dang", "nha_nuoc"},
			EnumDocs: []string{
				"văn bản của Đảng (Hướng dẫn 36-HD/VPTW)",
				"văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP)",
			},
			Message: "chỉ dùng “dang” (văn bản của Đảng) hoặc “nha_nuoc” (văn bản hành chính nhà nước)",
		},
		"loai": {
			Enum:     []string{loai},
			EnumDocs: []string{name},
			Message:  "tệp theo lược đồ " + name + " phải có “loai: " + loai + "”",
		},
		"co_quan":  {NonBlank: true},
		"ky_hieu":  {NonBlank: true},
		"dia_danh": {NonBlank: true},
		"so": {
			Types:          []string{"string", "integer"},
			Pattern:        NumberPattern,
			PatternMessage: "số văn bản chỉ gồm chữ số, ví dụ “12”; bỏ trống để văn thư ghi số",
			Message:        "số văn bản chỉ gồm chữ số, ví dụ “12”; chưa có số thì xóa dòng này",
			Minimum:        ptr(0),
		},
		"ngay": {
			Pattern:        DatePattern,
			PatternMessage: "viết ngày dạng NĂM-THÁNG-NGÀY: “2024-06-04”, “2026-01” hoặc “2026”; phần chưa biết thì bỏ",
			Message:        "đặt ngày trong ngoặc kép, dạng NĂM-THÁNG-NGÀY: “2024-06-04”, “2026-01” hoặc “2026”; chưa có ngày thì xóa dòng này",
		},
		"nguoi_ky.chuc_vu": {NonBlank: true},
		"nguoi_ky.ho_ten":  {NonBlank: true},
		"noi_nhan":         {OrString: "ten"},
		"noi_nhan.ten":     {NonBlank: true},
	}
}

// planRules are the checks of data.PlanFrom beyond model.Meta.
var planRules = map[string]Rule{
	"phan":         {MinItems: 1},
	"phan.tieu_de": {NonBlank: true},
	// A numbered item or point has a title or a text, not both.
	"muc":         {OneOfRequired: []string{"tieu_de", "doan"}},
	"muc.tieu_de": {NonBlank: true},
	"muc.doan":    {NonBlank: true},
	// A block is a paragraph or a bullet; only a bullet has sub-bullets.
	"khoi":       {OneOfRequired: []string{"doan", "y"}, Dependencies: map[string][]string{"y_con": {"y"}}},
	"khoi.doan":  {NonBlank: true},
	"khoi.y":     {NonBlank: true},
	"khoi.y_con": {Ref: "y_con"},
	"y_con.y":    {Presence: Required, NonBlank: true},
	// The loader takes "ma: 1.10" as the number 1.1; the schema wants text, so the editor
	// asks for quotes.
	"nhiem_vu.ma": {NonBlank: true, Message: "mã nhiệm vụ là chữ: mã chỉ gồm số và dấu chấm thì đặt trong ngoặc kép, ví dụ “1.10”"},
	// The tag of chu_tri has no omitempty, so it is required; the loader also wants one unit.
	"nhiem_vu.chu_tri": {MinItems: 1},
}
