package tmpl

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"text/template"

	"github.com/goccy/go-yaml"

	"vanban/internal/model"
	"vanban/internal/vn"
)

// Func is a template function with its documentation: a Vietnamese one-liner and examples
// that a test runs (template text → expected output).
type Func struct {
	Name     string
	Fn       any
	Doc      string
	Examples [][2]string
}

// Registry lists the template functions. docs/mau.md is written from it.
var Registry = []Func{
	{"md", vn.EscapeMarkdownInline, "thoát ký tự Markdown trong dữ liệu để in đúng nguyên văn, trừ chữ đậm, nghiêng (dấu *) và chú thích [^1]",
		[][2]string{{`{{ md "1. Quán triệt **Kết luận** [số 81]" }}`, `1\. Quán triệt **Kết luận** \[số 81\]`},
			{`{{ md "*(nếu có)*[^1]" }}`, `*(nếu có)*[^1]`}, {`{{ md "2 * 3, **chưa đóng" }}`, `2 \* 3, \*\*chưa đóng`}}},
	{"danh_so", vn.NextLabel, "số của một mục: số gõ trong dữ liệu nếu có; không thì số tiếp theo số in trước đó trong cùng danh sách, hay số đầu tiên",
		[][2]string{{`{{ danh_so "" "" "I." }}`, `I.`}, {`{{ danh_so "" "V." "I." }}`, `VI.`},
			{`{{ danh_so "" "1.1." "1." }}`, `1.2.`}, {`{{ danh_so "7." "5." "1." }}`, `7.`}}},
	{"la_ma", roman, "số La Mã cho tên phần, mục",
		[][2]string{{`{{ la_ma 3 }}`, `III`}, {`{{ la_ma 14 }}`, `XIV`}}},
	{"chu_cai", letter, "chữ cái đánh điểm theo thứ tự tiếng Việt (a, b, c, d, đ, e, g …)",
		[][2]string{{`{{ chu_cai 5 }})`, `đ)`}, {`{{ chu_cai 6 }})`, `e)`}}},
	{"in_hoa", vn.Upper, "viết hoa toàn bộ theo tiếng Việt",
		[][2]string{{`{{ in_hoa "tổ chức thực hiện" }}`, `TỔ CHỨC THỰC HIỆN`}}},
	{"ngay_thang", dateLine, "dòng địa danh, ngày tháng: ngày dưới 10 và tháng 1, 2 có số 0 ở trước; phần để trống cho văn thư",
		[][2]string{{`{{ ngay_thang "Thanh Hóa" "2024-06-04" }}`, `Thanh Hóa, ngày 04 tháng 6 năm 2024`},
			{`{{ ngay_thang "Hà Nội" "2020-01-05" }}`, `Hà Nội, ngày 05 tháng 01 năm 2020`}}},
	{"han", deadline, "thời hạn viết gọn: ngày theo dạng ngày/tháng/năm, chữ giữ nguyên",
		[][2]string{{`{{ han "2026-06-30" }}`, `30/6/2026`}, {`{{ han "thường xuyên" }}`, `Thường xuyên`}}},
	{"so", number, "số nguyên có dấu chấm ngăn cách hàng nghìn",
		[][2]string{{`{{ so 1250 }}`, `1.250`}}},
	{"phan_tram", percent, "tỷ lệ phần trăm với dấu phẩy thập phân (2 chữ số)",
		[][2]string{{`{{ phan_tram 22.449 }}`, `22,45%`}}},
	{"cong", add, "cộng hai số (đánh số thứ tự từ 1: cong $i 1)",
		[][2]string{{`{{ cong 2 1 }}`, `3`}}},
	{"noi", join, "nối danh sách bằng dấu phân cách",
		[][2]string{{`{{ noi (ds "Sở Nội vụ" "Sở Tài chính") "; " }}`, `Sở Nội vụ; Sở Tài chính`}}},
	{"ds", list, "tạo danh sách từ các giá trị",
		[][2]string{{`{{ len (ds 1 2 3) }}`, `3`}}},
	{"phan_dau", frontMatter, "phần đầu (front matter) của văn bản Markdown chính thức, từ các trường của văn bản",
		[][2]string{{`{{ phan_dau (dict "he_thong" "dang" "loai" "ke_hoach" "co_quan" "TỈNH ỦY THANH HÓA" "ky_hieu" "KH/TU" "dia_danh" "Thanh Hóa" "nguoi_ky" (dict "chuc_vu" "BÍ THƯ" "ho_ten" "A")) }}`,
			"---\nhe_thong: dang\nloai: ke_hoach\nco_quan: TỈNH ỦY THANH HÓA\nky_hieu: KH/TU\ndia_danh: Thanh Hóa\nnguoi_ky:\n  chuc_vu: BÍ THƯ\n  ho_ten: A\n---"}}},
	{"dict", dict, "tạo nhóm khóa – giá trị để truyền cho mẫu con",
		[][2]string{{`{{ (dict "a" 1).a }}`, `1`}}},
	{"o_bang", cell, "nội dung một ô bảng: thoát Markdown (giữ *nghiêng*, **đậm**), mỗi xuống dòng thành một ngắt dòng <br>; ô gộp “<<”, “^^” giữ nguyên",
		[][2]string{{`{{ o_bang "Sở A | Sở B" }}`, `Sở A \| Sở B`}, {`{{ o_bang "Có = 1;\nKhông = 0" }}`, `Có = 1;<br>Không = 0`}, {`{{ o_bang "<<" }}`, `<<`}}},
	{"xuong_dong", lineBreaks, "giữ chỗ xuống dòng “\\n” của dữ liệu trong một đoạn hay tiêu đề: mỗi dòng kết thúc bằng dấu ngắt dòng “\\”, dòng trống bỏ đi",
		[][2]string{{`{{ xuong_dong "BẢNG PHÂN CÔNG\nNHIỆM VỤ" }}`, "BẢNG PHÂN CÔNG\\\nNHIỆM VỤ"}}},
}

// Funcs returns the function map for text/template.
func Funcs() template.FuncMap {
	m := template.FuncMap{}
	for _, f := range Registry {
		m[f.Name] = f.Fn
	}
	return m
}

// FuncNames lists the function names, sorted.
func FuncNames() []string {
	names := make([]string, len(Registry))
	for i, f := range Registry {
		names[i] = f.Name
	}
	sort.Strings(names)
	return names
}

func dateLine(place, date string) (string, error) {
	d, err := vn.ParseDate(date)
	if err != nil {
		return "", err
	}
	return vn.DateLine(place, d), nil
}

// deadline writes an ISO date as d/m/yyyy, the way tables print deadlines; other text
// ("thường xuyên", "Quý II/2026") keeps its words with a capital first letter.
func deadline(s string) string {
	if d, err := vn.ParseDate(s); err == nil && !d.IsZero() {
		switch {
		case d.Day > 0:
			return fmt.Sprintf("%d/%d/%d", d.Day, d.Month, d.Year)
		case d.Month > 0:
			return fmt.Sprintf("Tháng %d/%d", d.Month, d.Year)
		default:
			return fmt.Sprintf("Năm %d", d.Year)
		}
	}
	if s == "" {
		return ""
	}
	r := []rune(s)
	return vn.Upper(string(r[0])) + string(r[1:])
}

func toInt64(v any) (int64, error) {
	switch n := v.(type) {
	case int:
		return int64(n), nil
	case int64:
		return n, nil
	case float64:
		return int64(n), nil
	case uint64:
		return int64(n), nil
	}
	return 0, fmt.Errorf("“%v” không phải là số", v)
}

func toFloat(v any) (float64, error) {
	switch n := v.(type) {
	case int:
		return float64(n), nil
	case int64:
		return float64(n), nil
	case float64:
		return n, nil
	case uint64:
		return float64(n), nil
	}
	return 0, fmt.Errorf("“%v” không phải là số", v)
}

func number(v any) (string, error) {
	n, err := toInt64(v)
	return vn.Number(n), err
}

func percent(v any) (string, error) {
	f, err := toFloat(v)
	return vn.Percent(f, 2), err
}

func add(a, b any) (int, error) {
	x, err := toInt64(a)
	if err != nil {
		return 0, err
	}
	y, err := toInt64(b)
	return int(x + y), err
}

func roman(v any) (string, error) {
	n, err := toInt64(v)
	return vn.Roman(int(n)), err
}

func letter(v any) (string, error) {
	n, err := toInt64(v)
	return vn.LetterPoint(int(n)), err
}

func join(items any, sep string) (string, error) {
	switch l := items.(type) {
	case []string:
		return strings.Join(l, sep), nil
	case []any:
		parts := make([]string, len(l))
		for i, v := range l {
			parts[i] = fmt.Sprint(v)
		}
		return strings.Join(parts, sep), nil
	case nil:
		return "", nil
	}
	return "", fmt.Errorf("“noi” cần một danh sách, nhận %T", items)
}

func list(v ...any) []any { return v }

func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("“dict” cần từng cặp khóa – giá trị")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("khóa của “dict” phải là chữ, nhận %v", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

// lineBreaks ends every non-blank line of s but the last with a hard line break, so that
// a value of several lines stays one paragraph or one setext heading and keeps its lines.
func lineBreaks(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\\\n")
}

func cell(s string) string {
	if s == model.MarkLeft || s == model.MarkUp {
		return s // a merged cell
	}
	var lines []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, vn.EscapeMarkdownInline(l))
		}
	}
	return strings.Join(lines, "<br>")
}

// metaKeys are the front matter's keys: the json names of model.Meta's fields.
var metaKeys = func() []string {
	t := reflect.TypeFor[model.Meta]()
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i] = strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
	}
	return keys
}()

// frontMatter writes the document's own fields as YAML between "---" lines. It takes the
// whole data (a map) and keeps only the fields of model.Meta, in their order.
func frontMatter(data map[string]any) (string, error) {
	fields := make(map[string]any, len(metaKeys))
	for _, k := range metaKeys {
		if v, ok := data[k]; ok {
			fields[k] = v
		}
	}
	b, err := json.Marshal(fields)
	if err != nil {
		return "", err
	}
	var meta model.Meta
	if err := json.Unmarshal(b, &meta); err != nil {
		return "", err
	}
	out, err := yaml.MarshalWithOptions(meta, yaml.UseLiteralStyleIfMultiline(false))
	if err != nil {
		return "", err
	}
	return "---\n" + string(out) + "---", nil
}
