package schema

import (
	"maps"
	"reflect"
	"strings"

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

// Kinds lists every kind of data file (data.Kinds), each with its schema: every kind
// decodes into data.Document, and its schema keeps the parts of the body that kind has.
func Kinds() []Kind {
	out := make([]Kind, len(data.Kinds))
	for i, k := range data.Kinds {
		out[i] = kindSchema(k)
	}
	return out
}

// FileName is the schema file of a kind: ke_hoach → ke-hoach.schema.json.
func FileName(loai string) string {
	return strings.ReplaceAll(loai, "_", "-") + ".schema.json"
}

func kindSchema(k data.Kind) Kind {
	item, block, task := reflect.TypeFor[data.Item](), reflect.TypeFor[data.Block](), reflect.TypeFor[data.Task]()
	file := FileName(k.Loai)
	docs := merge(metaDocs, bodyDocs, underAttached(bodyDocs), attachedDocs, appendixDocs, kindDocs(k))
	rules := merge(metaRules(k.Loai, k.Name), bodyRules, attachedRules(), appendixRules)
	var omit []string
	switch k.Body {
	case data.BySections:
		omit = []string{"muc", "quyet_dinh", "dieu", "van_ban_kem_theo"}
		rules["phan"] = Rule{Presence: Required, MinItems: 1}
	case data.Free:
		omit = []string{"quyet_dinh", "dieu", "van_ban_kem_theo"}
		rules[""] = Rule{AnyOfRequired: []string{"mo_dau", "phan", "muc"}, NotTogether: []string{"phan", "muc"}}
	case data.ByArticles:
		omit = []string{"phan", "muc"}
		r := rules["dieu"]
		r.Presence, r.MinItems = Required, 1
		rules["dieu"] = r
	}
	// The docs and rules of the fields this kind does not have would name nothing.
	for _, key := range omit {
		for p := range docs {
			if p == key || strings.HasPrefix(p, key+".") {
				delete(docs, p)
			}
		}
		for p := range rules {
			if p == key || strings.HasPrefix(p, key+".") {
				delete(rules, p)
			}
		}
	}
	return Kind{
		Loai: k.Loai,
		File: file,
		Spec: Spec{
			ID:   file,
			Root: reflect.TypeFor[data.Document](),
			Omit: omit,
			Defs: []Def{
				{Name: "muc_diem", Type: item},
				{Name: "khoi", Type: block},
				{Name: "y_con", Type: block, Fields: []string{"y", "nhiem_vu"}},
				{Name: "nhiem_vu", Type: task},
			},
			Docs:  docs,
			Rules: rules,
		},
	}
}

// kindDocs are the docs that differ between kinds: the root's, and the body fields whose
// presence depends on the kind.
func kindDocs(k data.Kind) map[string]Doc {
	const tail = " vanban dựng từ tệp này văn bản của Đảng (Hướng dẫn 36-HD/VPTW) hoặc văn bản nhà nước (Nghị định 30/2020/NĐ-CP). Mô tả đầy đủ: docs/du-lieu.md."
	root := Doc{Title: "Tệp dữ liệu " + k.Name + " (vanban)"}
	m := map[string]Doc{}
	switch k.Body {
	case data.BySections:
		root.Description = "Tệp dữ liệu của một " + k.Name + ": phần đầu văn bản (cơ quan, số, ký hiệu, ngày, trích yếu, căn cứ), thân văn bản gồm các đoạn mở đầu, các phần, mục, điểm, đoạn, ý và nhiệm vụ, các đoạn kết thúc, rồi nơi nhận và người ký." + tail
		m["phan"] = Doc{
			Title:       "Các phần của thân văn bản",
			Description: "Các phần I, II, III … của thân văn bản, ít nhất một phần. Bắt buộc. Số La Mã do vanban tự đánh.",
		}
	case data.Free:
		root.Description = "Tệp dữ liệu của một " + k.Name + ": phần đầu văn bản (cơ quan, số, ký hiệu, ngày, trích yếu, kính gửi), thân văn bản gồm các đoạn mở đầu, các phần I., II. … hoặc các mục 1., 2. … (không có cả hai; cần ít nhất một trong mo_dau, phan, muc), các đoạn kết thúc, rồi nơi nhận và người ký." + tail
		m["phan"] = Doc{
			Title:       "Các phần của thân văn bản",
			Description: "Các phần I, II, III … của thân văn bản; số La Mã do vanban tự đánh. Không bắt buộc (cần ít nhất một trong “mo_dau”, “phan”, “muc”). Không dùng cùng “muc”.",
		}
	case data.ByArticles:
		root.Description = "Tệp dữ liệu của một " + k.Name + ": phần đầu văn bản (cơ quan, số, ký hiệu, ngày, trích yếu, thẩm quyền ban hành, căn cứ), dòng “QUYẾT ĐỊNH:”, các điều (Điều 1., Điều 2. …) với các khoản và điểm, rồi nơi nhận và người ký." + tail
		m["dieu"] = Doc{
			Title:       "Các điều",
			Description: "Các điều của quyết định: Điều 1., Điều 2. …, ít nhất một điều. Bắt buộc. Số do vanban tự đánh. Mỗi điều có hoặc “tieu_de” (tên điều, in đậm cùng “Điều 1.” trên một dòng riêng) hoặc “doan” (nội dung viết liền sau “Điều 1.”), không có cả hai.",
		}
	}
	m[""] = root
	return m
}

// underAttached gives the entries of the body's articles and sections again for those of
// a document issued with a quyết định (data.Attached): its articles, those of its chapters,
// its sections.
func underAttached[V any](m map[string]V) map[string]V {
	out := map[string]V{}
	for p, v := range m {
		if p == "dieu" || strings.HasPrefix(p, "dieu.") {
			out["van_ban_kem_theo."+p] = v
			out["van_ban_kem_theo.chuong."+p] = v
		}
		if p == "phan" || strings.HasPrefix(p, "phan.") {
			out["van_ban_kem_theo."+p] = v
		}
	}
	return out
}

// attachedRules are the rules of a document issued with a quyết định: those of its
// articles and sections, as the body's, and its own.
func attachedRules() map[string]Rule {
	rules := underAttached(bodyRules)
	maps.Copy(rules, map[string]Rule{
		"van_ban_kem_theo":                {AnyOfRequired: []string{"chuong", "dieu", "phan"}},
		"van_ban_kem_theo.ten_loai":       {NonBlank: true},
		"van_ban_kem_theo.trich_yeu":      {NonBlank: true},
		"van_ban_kem_theo.chuong.tieu_de": {NonBlank: true},
	})
	r := rules["van_ban_kem_theo.chuong.dieu"]
	r.MinItems = 1
	rules["van_ban_kem_theo.chuong.dieu"] = r
	return rules
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
		"nguoi_ky.quyen_han": {OrItem: true},
		"nguoi_ky.chuc_vu":   {NonBlank: true},
		"nguoi_ky.ho_ten":    {NonBlank: true},
		"noi_nhan":           {OrString: "ten"},
		"noi_nhan.ten":       {NonBlank: true},
		"luu":                {OrString: "noi"},
		"luu.so_ban":         {Minimum: ptr(1)},
	}
}

// bodyRules are the checks of data.FromSource beyond model.Meta, for every kind; kindSchema
// adds those that depend on the kind.
var bodyRules = map[string]Rule{
	"phan.tieu_de": {NonBlank: true},
	// A column of the task table is its code, or a mapping with it.
	"phan.cot":    {OrString: "ma"},
	"phan.cot.ma": {NonBlank: true},
	"quyet_dinh":  {NonBlank: true},
	// An article, like an item, has a title or a text, not both.
	"dieu":         {OneOfRequired: []string{"tieu_de", "doan"}},
	"dieu.tieu_de": {NonBlank: true},
	"dieu.doan":    {NonBlank: true},
	// A numbered item, point or clause has a title or a text, not both.
	"muc_diem":         {OneOfRequired: []string{"tieu_de", "doan"}},
	"muc_diem.tieu_de": {NonBlank: true},
	"muc_diem.doan":    {NonBlank: true},
	// A block is a paragraph or a bullet; only a bullet has sub-bullets.
	"khoi":       {OneOfRequired: []string{"doan", "y", "bang"}, Dependencies: map[string][]string{"y_con": {"y"}}},
	"khoi.doan":  {NonBlank: true},
	"khoi.y":     {NonBlank: true},
	"khoi.y_con": {Ref: "y_con"},
	"y_con.y":    {Presence: Required, NonBlank: true},
	// The loader takes "ma: 1.10" as the number 1.1; the schema wants text, so the editor
	// asks for quotes.
	"nhiem_vu.ma": {NonBlank: true, Message: "mã nhiệm vụ là chữ: mã chỉ gồm số và dấu chấm thì đặt trong ngoặc kép, ví dụ “1.10”"},
	// The tag of chu_tri has no omitempty, so it is required; the loader also wants one unit.
	"nhiem_vu.chu_tri": {MinItems: 1},
	// A block or an item assigns one task (a mapping) or several (a list).
	"muc_diem.nhiem_vu": {OrItem: true},
	"khoi.nhiem_vu":     {OrItem: true},
	"y_con.nhiem_vu":    {OrItem: true},
}
