package schema

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/goccy/go-yaml"

	"vanban/internal/data"
	"vanban/internal/golden"
	"vanban/internal/model"
)

// repoDir is the repository root, seen from this package's folder.
const repoDir = "../.."

func generate(t *testing.T, k Kind) []byte {
	t.Helper()
	b, err := Generate(k.Spec)
	if err != nil {
		t.Fatalf("%s: %v", k.File, err)
	}
	return b
}

// TestSchemaUpToDate: the committed schema files are what the Go types and the tables of
// this package generate.
func TestSchemaUpToDate(t *testing.T) {
	for _, k := range allSchemas() {
		want := generate(t, k)
		golden.Check(t, filepath.Join(repoDir, "schema", k.File), want)
	}
}

// allSchemas is every schema written to schema/: one per kind of document, then the
// progress files'.
func allSchemas() []Kind { return append(Kinds(), Progress()) }

// TestDeterministic: generating twice gives the same bytes, indented, ending with a newline.
func TestDeterministic(t *testing.T) {
	for _, k := range allSchemas() {
		a, b := generate(t, k), generate(t, k)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", k.File)
		}
		if !bytes.HasSuffix(a, []byte("}\n")) || !bytes.HasPrefix(a, []byte("{\n  \"$schema\": ")) {
			t.Errorf("%s: not indented JSON ending with a newline", k.File)
		}
	}
}

// TestEveryFieldDocumented: every key path of the Go types has a Vietnamese title and
// description (Generate fails otherwise; this lists them all), and nothing else has one.
func TestEveryFieldDocumented(t *testing.T) {
	for _, k := range Kinds() {
		paths, err := k.Spec.Paths()
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, p := range paths {
			want[p] = true
			d, ok := k.Spec.Docs[p]
			switch {
			case !ok:
				t.Errorf("%s: trường “%s” chưa có tiêu đề và mô tả tiếng Việt (thêm vào docs.go)", k.File, display(p))
			case !vietnamese(d.Title) || !vietnamese(d.Description):
				t.Errorf("%s: “%s”: tiêu đề %q, mô tả %q: cần viết bằng tiếng Việt", k.File, display(p), d.Title, d.Description)
			}
		}
		for p := range k.Spec.Docs {
			if !want[p] {
				t.Errorf("%s: docs.go mô tả “%s”, không phải trường nào", k.File, p)
			}
		}
		// Spot checks that the walk found the nested, inlined and shared fields, and only
		// the parts of the body this kind has.
		spot := []string{"", "he_thong", "tham_quyen", "kinh_gui", "nguoi_ky.quyen_han", "noi_nhan.ghi_chu",
			"mo_dau", "ket_thuc", "muc_diem.diem", "khoi.y_con", "y_con.y", "nhiem_vu.thoi_han"}
		var absent []string
		switch kind, _ := data.KindOf(k.Loai); kind.Body {
		case data.BySections:
			spot = append(spot, "phan.bang_nhiem_vu")
			absent = []string{"muc", "dieu", "quyet_dinh"}
		case data.Free:
			spot = append(spot, "phan.bang_nhiem_vu", "muc")
			absent = []string{"dieu", "quyet_dinh"}
		case data.ByArticles:
			spot = append(spot, "quyet_dinh", "dieu.khoan", "dieu.doan")
			absent = []string{"phan", "muc", "phan.tieu_de"}
		}
		for _, p := range spot {
			if !want[p] {
				t.Errorf("%s: Paths lacks %q", k.File, p)
			}
		}
		for _, p := range absent {
			if want[p] {
				t.Errorf("%s: Paths has %q, which this kind does not have", k.File, p)
			}
		}
	}
}

// vietnamese reports whether s is non-blank text with at least one letter outside ASCII:
// every title and description in Vietnamese has diacritics somewhere.
func vietnamese(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// TestUndocumentedFieldFails: adding a field without documenting it breaks generation,
// naming the field.
func TestUndocumentedFieldFails(t *testing.T) {
	type inner struct {
		X string `yaml:"x"`
	}
	type doc struct {
		A     string `yaml:"a"`
		B     string `yaml:"b,omitempty"`
		In    inner  `yaml:"trong"`
		Skip  string `yaml:"-"`
		inner        // unexported: not a key
	}
	s := Spec{ID: "x", Root: reflect.TypeFor[doc](), Docs: map[string]Doc{
		"":      {Title: "Gốc", Description: "Gốc."},
		"a":     {Title: "Chữ a", Description: "Trường a."},
		"trong": {Title: "Bên trong", Description: "Nhóm."},
	}}
	_, err := Generate(s)
	var missing *MissingDocs
	if !errors.As(err, &missing) || !reflect.DeepEqual(missing.Paths, []string{"b", "trong.x"}) {
		t.Fatalf("err = %v, want missing docs for b and trong.x", err)
	}
	if !strings.Contains(err.Error(), "“trong.x”") {
		t.Errorf("message %q does not name the field", err)
	}
	s.Docs["b"] = Doc{Title: "Chữ b", Description: "Trường b."}
	s.Docs["trong.x"] = Doc{Title: "Chữ x", Description: "Trường x."}
	out, err := Generate(s)
	if err != nil {
		t.Fatal(err)
	}
	v, err := newValidator(out)
	if err != nil {
		t.Fatal(err)
	}
	if ps := v.Validate(map[string]any{"a": "1", "trong": map[string]any{"x": "2"}}); len(ps) != 0 {
		t.Errorf("valid document: %v", ps)
	}
	if ps := v.Validate(map[string]any{"a": "1", "b": "2"}); len(ps) != 1 || ps[0].Keyword != "required" {
		t.Errorf("missing trong (no omitempty): %v", ps)
	}
	s.Docs["c"] = Doc{Title: "Chữ c", Description: "Không có trường c."}
	if _, err := Generate(s); err == nil || !strings.Contains(err.Error(), "“c”") {
		t.Errorf("a doc for a field that does not exist: err = %v", err)
	}
}

// TestGeneratorRefuses: what the generator cannot describe is an error, not a wrong schema.
func TestGeneratorRefuses(t *testing.T) {
	type withRecipient struct {
		R model.Recipient `yaml:"r"`
	}
	type untagged struct {
		A string
	}
	docs := map[string]Doc{"": {Title: "Gốc", Description: "Gốc."}}
	for _, c := range []struct {
		name string
		spec Spec
		want string
	}{
		{"own UnmarshalYAML without OrString", Spec{Root: reflect.TypeFor[withRecipient](), Docs: docs}, "OrString"},
		{"recursive type without a definition", Spec{Root: reflect.TypeFor[data.Item](), Docs: docs, Rules: map[string]Rule{"nhiem_vu": {OrItem: true}}}, "contains itself"},
		{"field without a yaml tag", Spec{Root: reflect.TypeFor[untagged](), Docs: docs}, "no yaml tag"},
		{"rule for no field", Spec{Root: reflect.TypeFor[struct{}](), Docs: docs, Rules: map[string]Rule{"zz": {NonBlank: true}}}, "“zz”"},
		{"scalar rule on a list", Spec{Root: reflect.TypeFor[data.Task](), Docs: docs, Rules: map[string]Rule{"chu_tri": {NonBlank: true}}}, "not []string"},
		{"definition named like a root field", Spec{Root: reflect.TypeFor[data.Document](), Docs: docs,
			Defs: []Def{{Name: "phan", Type: reflect.TypeFor[data.Section]()}}}, "name of a field"},
		{"variant of an unknown key", Spec{Root: reflect.TypeFor[struct{}](), Docs: docs,
			Defs: []Def{{Name: "v", Type: reflect.TypeFor[model.Recipient](), Fields: []string{"khong_co"}}}}, "khong_co"},
	} {
		if _, err := Generate(c.spec); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one with %q", c.name, err, c.want)
		}
	}
}

// TestRequiredFields: the required keys are the loader's checks (internal/data/validate.go
// and, for loai, internal/pipeline).
func TestRequiredFields(t *testing.T) {
	meta := []string{"he_thong", "loai", "co_quan", "ky_hieu", "dia_danh", "nguoi_ky"}
	shared := map[string][]string{
		"/properties/nguoi_ky":  {"chuc_vu", "ho_ten"},
		"/definitions/nhiem_vu": {"ma", "chu_tri"},
		"/definitions/y_con":    {"y"},
		"/definitions/muc_diem": nil,
		"/definitions/khoi":     nil,
	}
	for _, loai := range []string{"ke_hoach", "chuong_trinh", "cong_van", "quyet_dinh"} {
		v := kindValidator(t, loai)
		want := maps.Clone(shared)
		switch loai {
		case "ke_hoach", "chuong_trinh":
			want[""] = append(slices.Clone(meta), "phan")
			want["/properties/phan/items"] = []string{"tieu_de"}
		case "cong_van":
			want[""] = meta // and one of mo_dau, phan, muc: TestBodyAlternatives
			want["/properties/phan/items"] = []string{"tieu_de"}
		case "quyet_dinh":
			want[""] = append(slices.Clone(meta), "dieu")
			want["/properties/dieu/items"] = nil
		}
		for at, keys := range want {
			s := pointTo(t, v.root, at)
			var got []string
			for _, k := range asList(s["required"]) {
				got = append(got, k.(string))
			}
			if !reflect.DeepEqual(got, keys) {
				t.Errorf("%s %s: required %v, want %v", loai, ptrOrRoot(at), got, keys)
			}
		}
	}
}

func asList(x any) []any { l, _ := x.([]any); return l }

// pointTo follows a JSON pointer into the schema.
func pointTo(t *testing.T, root map[string]any, ptr string) map[string]any {
	t.Helper()
	cur := root
	for _, part := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		if part == "" {
			continue
		}
		next, ok := cur[part].(map[string]any)
		if !ok {
			t.Fatalf("schema has nothing at %s", ptr)
		}
		cur = next
	}
	return cur
}

func kindFor(t *testing.T, loai string) Kind {
	t.Helper()
	for _, k := range Kinds() {
		if k.Loai == loai {
			return k
		}
	}
	t.Fatalf("no kind %s", loai)
	return Kind{}
}

func kindValidator(t *testing.T, loai string) *validator {
	t.Helper()
	v, err := newValidator(generate(t, kindFor(t, loai)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func planValidator(t *testing.T) *validator { return kindValidator(t, "ke_hoach") }

// TestKindsMatchData: one schema per kind of data file, named after it.
func TestKindsMatchData(t *testing.T) {
	ks := Kinds()
	if len(ks) != len(data.Kinds) {
		t.Fatalf("%d schemas for %d kinds", len(ks), len(data.Kinds))
	}
	for i, k := range ks {
		if k.Loai != data.Kinds[i].Loai || k.File != strings.ReplaceAll(k.Loai, "_", "-")+".schema.json" || k.Spec.ID != k.File {
			t.Errorf("schema %d: loai %s, file %s, id %s", i, k.Loai, k.File, k.Spec.ID)
		}
	}
}

// TestExamplesValid: every "examples" value passes the schema of its own field.
func TestExamplesValid(t *testing.T) {
	for _, k := range Kinds() {
		t.Run(k.Loai, func(t *testing.T) { examplesValid(t, kindValidator(t, k.Loai)) })
	}
}

func examplesValid(t *testing.T, v *validator) {
	n := 0
	var walk func(s map[string]any, at string)
	walk = func(s map[string]any, at string) {
		for _, ex := range asList(s["examples"]) {
			n++
			if ps := v.validate(s, ex, "", nil); len(ps) > 0 {
				t.Errorf("%s: example %#v: %v", at, ex, ps)
			}
		}
		for _, k := range []string{"properties", "definitions"} {
			if m, ok := s[k].(map[string]any); ok {
				for name, sub := range m {
					walk(sub.(map[string]any), at+"/"+k+"/"+name)
				}
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			walk(items, at+"/items")
		}
		for _, k := range []string{"oneOf", "allOf", "anyOf"} {
			for i, sub := range asList(s[k]) {
				walk(sub.(map[string]any), at+"/"+k+"/"+string(rune('0'+i)))
			}
		}
	}
	walk(v.root, "#")
	if n < 20 {
		t.Errorf("only %d examples checked", n)
	}
}

// dataFile is a data file of the repository with the kind its "loai" names.
type dataFile struct {
	path string
	src  []byte
	doc  any
	kind Kind
}

// dataFiles reads the data files of the repository; every one must be of a kind that has a
// schema.
func dataFiles(t *testing.T) []dataFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(repoDir, "data", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	// The starter files that "vanban new" writes are data files too.
	starters, err := filepath.Glob(filepath.Join(repoDir, "templates", "vi-du", "*", "*.yaml"))
	if err != nil || len(starters) == 0 {
		t.Fatalf("no starter files: %v", err)
	}
	paths = append(paths, starters...)
	var out []dataFile
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := decode(t, src)
		loai, _ := doc.(map[string]any)["loai"].(string)
		found := false
		for _, k := range Kinds() {
			if k.Loai == loai {
				out = append(out, dataFile{p, src, doc, k})
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no schema for loai %q: add its Kind to kinds.go", p, loai)
		}
	}
	return out
}

// decode reads YAML into plain values, as an editor sees them.
func decode(t *testing.T, src []byte) any {
	t.Helper()
	var x any
	if err := yaml.Unmarshal(src, &x); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestDataFilesValid: the data files of the repository pass the schema of their kind, and
// their first line points the editor at it.
func TestDataFilesValid(t *testing.T) {
	for _, f := range dataFiles(t) {
		v, err := newValidator(generate(t, f.kind))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range v.Validate(f.doc) {
			t.Errorf("%s: %v", f.path, p)
		}
		first, _, _ := strings.Cut(string(f.src), "\n")
		rel, err := filepath.Rel(filepath.Dir(f.path), filepath.Join(repoDir, "schema", f.kind.File))
		if err != nil {
			t.Fatal(err)
		}
		if want := "# yaml-language-server: $schema=" + filepath.ToSlash(rel); first != want {
			t.Errorf("%s: first line %q, want %q", f.path, first, want)
		}
	}
}

// smallPlan is a valid plan with one of each construct; the cases below break it.
const smallPlan = `# yaml-language-server: $schema=../schema/ke-hoach.schema.json
he_thong: nha_nuoc
loai: ke_hoach
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
so: "12"
ky_hieu: KH-UBND
dia_danh: Thanh Hóa
ngay: "2024-06-04"
nguoi_ky:
  quyen_han: KT. CHỦ TỊCH
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Lê Minh Đức
noi_nhan:
  - {ten: Bộ Nội vụ, ghi_chu: b/c}
  - Các sở, ban, ngành
luu: VT, KGVX
phan:
  - tieu_de: MỤC ĐÍCH
    noi_dung:
      - doan: Đoạn dẫn.
    muc:
      - doan: Mục một.
  - tieu_de: NỘI DUNG
    muc:
      - tieu_de: Mục có tên
        noi_dung:
          - y: Ý một
            y_con:
              - y: Ý con
        diem:
          - doan: Điểm a.
            nhiem_vu:
              ma: II.1.a
              chu_tri: [Sở Nội vụ]
              thoi_han: "2026-09-30"
    bang_nhiem_vu: true
`

// TestBrokenFiles: each broken file fails the schema with the right keyword at the right
// JSON pointer, and the loader agrees (or the case says why it does not).
func TestBrokenFiles(t *testing.T) {
	const task = "/phan/1/muc/0/diem/0/nhiem_vu"
	const bullet = "/phan/1/muc/0/noi_dung/0"
	runBroken(t, planValidator(t), loadPlan, smallPlan, []brokenCase{
		{"valid as it is", "", "", "", "", false},
		{"unknown key thoi_hn", "thoi_han:", "thoi_hn:", "additionalProperties", task + "/thoi_hn", true},
		{"unknown key at the root", "luu:", "tac_gia: X\nluu:", "additionalProperties", "/tac_gia", true},
		{"he_thong ca_hai", "he_thong: nha_nuoc", "he_thong: ca_hai", "enum", "/he_thong", true},
		{"ngay 04/06/2024", `ngay: "2024-06-04"`, `ngay: "04/06/2024"`, "pattern", "/ngay", true},
		{"ngay month 13", `ngay: "2024-06-04"`, `ngay: "2024-13-01"`, "pattern", "/ngay", true},
		{"ngay 2024-6-4", `ngay: "2024-06-04"`, `ngay: "2024-6-4"`, "", "", false},
		{"ngay that does not exist: loader only", `ngay: "2024-06-04"`, `ngay: "2023-02-31"`, "", "", true},
		{"ngay unquoted year", `ngay: "2024-06-04"`, `ngay: 2024`, "type", "/ngay", false},
		{"missing co_quan", "co_quan: \"ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA\"\n", "", "required", "", true},
		{"blank co_quan", `co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"`, `co_quan: "   "`, "pattern", "/co_quan", true},
		{"missing nguoi_ky.ho_ten", "  ho_ten: Lê Minh Đức\n", "", "required", "/nguoi_ky", true},
		{"so with letters: schema only", `so: "12"`, `so: "12a"`, "pattern", "/so", false},
		{"so as a number", `so: "12"`, `so: 12`, "", "", false},
		{"loai bao_cao: checked by build, not data.Load", "loai: ke_hoach", "loai: bao_cao", "enum", "/loai", false},
		{"block with doan and y", "- doan: Đoạn dẫn.", "- {doan: Đoạn dẫn., y: Ý}", "oneOf", "/phan/0/noi_dung/0", true},
		{"empty block", "- doan: Đoạn dẫn.", "- {}", "oneOf", "/phan/0/noi_dung/0", true},
		{"paragraph with y_con", "- y: Ý một", "- doan: Ý một", "dependencies", bullet, true},
		{"y_con under y_con", "- y: Ý con", "- y: Ý con\n                y_con: [{y: Cấp ba}]", "additionalProperties", bullet + "/y_con/0/y_con", true},
		{"y_con that is a paragraph", "- y: Ý con", "- doan: Ý con", "required", bullet + "/y_con/0", true},
		{"item with tieu_de and doan", "- tieu_de: Mục có tên", "- tieu_de: Mục có tên\n        doan: Thêm.", "oneOf", "/phan/1/muc/0", true},
		{"item with neither", "- doan: Mục một.", "- nhiem_vu: {ma: I.1, chu_tri: [Sở Nội vụ]}", "oneOf", "/phan/0/muc/0", true},
		{"no section title", "  - tieu_de: MỤC ĐÍCH\n    noi_dung:", "  - noi_dung:", "required", "/phan/0", true},
		{"task without ma", "              ma: II.1.a\n", "", "required", task, true},
		{"task without chu_tri", "              chu_tri: [Sở Nội vụ]\n", "", "required", task, true},
		{"chu_tri empty", "chu_tri: [Sở Nội vụ]", "chu_tri: []", "minItems", task + "/chu_tri", true},
		{"chu_tri a string", "chu_tri: [Sở Nội vụ]", "chu_tri: Sở Nội vụ", "type", task + "/chu_tri", true},
		{"ma as a number: schema only", "ma: II.1.a", "ma: 1.10", "type", task + "/ma", false},
		{"duplicate ma: loader only", "- doan: Mục một.", "- doan: Mục một.\n        nhiem_vu: {ma: II.1.a, chu_tri: [Sở Nội vụ]}", "", "", true},
		{"bang_nhiem_vu not a boolean", "bang_nhiem_vu: true", "bang_nhiem_vu: có", "type", "/phan/1/bang_nhiem_vu", true},
		{"empty recipient", "- Các sở, ban, ngành", `- ""`, "oneOf", "/noi_nhan/1", true},
		{"recipient without ten", "{ten: Bộ Nội vụ, ghi_chu: b/c}", "{ghi_chu: b/c}", "oneOf", "/noi_nhan/0", true},
		{"recipient with an unknown key", "{ten: Bộ Nội vụ, ghi_chu: b/c}", "{ten: Bộ Nội vụ, ghichu: b/c}", "oneOf", "/noi_nhan/0", true},
		{"no section", smallPlan[strings.Index(smallPlan, "phan:"):], "phan: []\n", "minItems", "/phan", true},
		// The parts of the body a kế hoạch does not have.
		{"muc outside sections", "luu: VT, KGVX\n", "luu: VT, KGVX\nmuc: [{doan: Mục.}]\n", "additionalProperties", "/muc", true},
		{"articles", "luu: VT, KGVX\n", "luu: VT, KGVX\ndieu: [{doan: Điều.}]\n", "additionalProperties", "/dieu", true},
		{"opening and closing paragraphs", "luu: VT, KGVX\n", "luu: VT, KGVX\nmo_dau: [Mở đầu.]\nket_thuc: [Kết thúc./.]\n", "", "", false},
		{"blank closing paragraph: loader only", "luu: VT, KGVX\n", "luu: VT, KGVX\nket_thuc: [\"  \"]\n", "", "", true},
	})
}

// brokenCase is smallPlan (or another small document) with old replaced by new: the schema
// reports keyword at ptr ("" keyword: the schema accepts the file), and the loader accepts
// it or not.
type brokenCase struct {
	name, old, new string
	keyword, ptr   string
	loaderRejects  bool
}

// loadPlan is the loader of plans, letters and decisions for runBroken.
func loadPlan(name string, src []byte) error {
	_, err := data.Load(name, src)
	return err
}

// runBroken checks each case against the schema v and against load, the Go loader of the
// same kind of file.
func runBroken(t *testing.T, v *validator, load func(name string, src []byte) error, base string, cases []brokenCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := base
			if c.old != "" {
				if strings.Count(src, c.old) != 1 {
					t.Fatalf("%q is not once in the document", c.old)
				}
				src = strings.Replace(src, c.old, c.new, 1)
			}
			ps := v.Validate(decode(t, []byte(src)))
			if c.keyword == "" {
				if len(ps) > 0 {
					t.Errorf("schema rejects: %v", ps)
				}
			} else if !hasProblem(ps, c.keyword, c.ptr) {
				t.Errorf("want %s at %s, got %v", c.keyword, ptrOrRoot(c.ptr), ps)
			}
			if err := load("x.yaml", []byte(src)); (err != nil) != c.loaderRejects {
				t.Errorf("loader error %v, want rejected = %v", err, c.loaderRejects)
			}
		})
	}
}

// smallLetter is a valid công văn: a body of opening paragraphs, items without sections and
// closing paragraphs (a kind whose body is data.Free).
const smallLetter = `# yaml-language-server: $schema=../schema/cong-van.schema.json
he_thong: nha_nuoc
loai: cong_van
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
ky_hieu: UBND-VX
dia_danh: Thanh Hóa
trich_yeu: V/v triển khai nhiệm vụ năm 2026
kinh_gui:
  - Các sở, ban, ngành cấp tỉnh
  - UBND các xã, phường
nguoi_ky:
  quyen_han: KT. CHỦ TỊCH
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Lê Minh Đức
noi_nhan: [Như trên]
luu: VT, VX
mo_dau:
  - "Thực hiện chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:"
muc:
  - doan: Các sở triển khai.
  - tieu_de: UBND các xã, phường
    diem:
      - doan: Rà soát.
ket_thuc:
  - Yêu cầu các cơ quan nghiêm túc thực hiện./.
`

// TestBodyAlternatives: a công văn has at least one of mo_dau, phan, muc, and not both phan
// and muc; only a quyết định has articles.
func TestBodyAlternatives(t *testing.T) {
	opening := "mo_dau:\n  - \"Thực hiện chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:\"\n"
	items := smallLetter[strings.Index(smallLetter, "muc:"):strings.Index(smallLetter, "ket_thuc:")]
	runBroken(t, kindValidator(t, "cong_van"), loadPlan, smallLetter, []brokenCase{
		{"valid as it is", "", "", "", "", false},
		{"items without opening", opening, "", "", "", false},
		{"opening without items", items, "", "", "", false},
		{"no body", opening + items, "", "anyOf", "", true},
		{"only an empty list of items", opening + items, "muc: []\n", "anyOf", "", true},
		{"closing paragraphs are not a body", opening + items, "phan: []\n", "anyOf", "", true},
		{"sections and items", items, items + "phan: [{tieu_de: NỘI DUNG}]\n", "not", "", true},
		{"sections instead of items", items, "phan: [{tieu_de: NỘI DUNG, muc: [{doan: Mục.}]}]\n", "", "", false},
		{"articles", items, items + "dieu: [{doan: Điều.}]\n", "additionalProperties", "/dieu", true},
		{"the QUYẾT ĐỊNH line", items, items + "quyet_dinh: \"QUYẾT ĐỊNH:\"\n", "additionalProperties", "/quyet_dinh", true},
		{"kinh_gui a string", "kinh_gui:\n  - Các sở, ban, ngành cấp tỉnh\n  - UBND các xã, phường\n", "kinh_gui: Các sở\n", "type", "/kinh_gui", true},
		{"item with neither", "- doan: Các sở triển khai.", "- diem: [{doan: Rà soát.}]", "oneOf", "/muc/0", true},
	})
}

// smallDecision is a valid quyết định of the State: the line of who decides, the căn cứ,
// then articles with clauses and points.
const smallDecision = `# yaml-language-server: $schema=../schema/quyet-dinh.schema.json
he_thong: nha_nuoc
loai: quyet_dinh
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
ky_hieu: QĐ-UBND
dia_danh: Thanh Hóa
trich_yeu: Về việc thành lập Tổ công tác
tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA
can_cu:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
nguoi_ky:
  quyen_han: KT. CHỦ TỊCH
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Lê Minh Đức
noi_nhan: [Như Điều 3]
luu: VT, NC
dieu:
  - tieu_de: Thành lập Tổ công tác
    khoan:
      - doan: Tổ trưởng.
        diem:
          - doan: Điểm a.
  - doan: Quyết định này có hiệu lực kể từ ngày ký./.
`

func TestDecision(t *testing.T) {
	articles := smallDecision[strings.Index(smallDecision, "dieu:"):]
	runBroken(t, kindValidator(t, "quyet_dinh"), loadPlan, smallDecision, []brokenCase{
		{"valid as it is", "", "", "", "", false},
		{"the line of a Party decision", "dieu:", "quyet_dinh: \"BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:\"\ndieu:", "", "", false},
		{"blank QUYẾT ĐỊNH line", "dieu:", "quyet_dinh: \"  \"\ndieu:", "pattern", "/quyet_dinh", true},
		{"no article", articles, "", "required", "", true},
		{"empty list of articles", articles, "dieu: []\n", "minItems", "/dieu", true},
		{"article with tieu_de and doan", "  - doan: Quyết định", "  - tieu_de: Hiệu lực\n    doan: Quyết định", "oneOf", "/dieu/1", true},
		{"article with neither", "  - doan: Quyết định này có hiệu lực kể từ ngày ký./.", "  - noi_dung: [{doan: Hiệu lực.}]", "oneOf", "/dieu/1", true},
		{"clause with tieu_de and doan", "      - doan: Tổ trưởng.", "      - tieu_de: Tổ\n        doan: Tổ trưởng.", "oneOf", "/dieu/0/khoan/0", true},
		{"sections", "dieu:", "phan: [{tieu_de: NỘI DUNG}]\ndieu:", "additionalProperties", "/phan", true},
		{"items", "dieu:", "muc: [{doan: Mục.}]\ndieu:", "additionalProperties", "/muc", true},
		{"opening paragraph", "dieu:", "mo_dau: [Xét đề nghị của Giám đốc Sở Nội vụ.]\ndieu:", "", "", false},
	})
}

func hasProblem(ps []problem, keyword, ptr string) bool {
	want := problem{Ptr: ptr, Keyword: keyword}.String()
	for _, p := range ps {
		// A problem of one alternative of a oneOf (a task or a list of tasks) counts too.
		if p.Keyword == keyword && p.Ptr == ptr || p.Keyword == "oneOf" && strings.Contains(p.Msg, "("+want) {
			return true
		}
	}
	return false
}

// TestPresenceMatchesLoader: in every object of the real data files, removing a key the
// schema requires (or one of an exactly-one-of pair) makes the loader fail too, and
// removing any other key keeps both the loader and the schema happy. So the required lists
// are the loader's checks, not an accident of the yaml tags.
func TestPresenceMatchesLoader(t *testing.T) {
	checked := 0
	tried := map[string]bool{}
	validators := map[string]*validator{}
	for _, f := range dataFiles(t) {
		v := validators[f.kind.Loai]
		if v == nil {
			v = kindValidator(t, f.kind.Loai)
			validators[f.kind.Loai] = v
		}
		if _, err := data.Load(f.path, f.src); err != nil {
			t.Fatalf("%s does not load: %v", f.path, err)
		}
		doc := f.doc
		v.objects = map[string]*objectInfo{}
		if ps := v.Validate(doc); len(ps) > 0 {
			t.Fatalf("%s: %v", f.path, ps)
		}
		objects := v.objects
		v.objects = nil
		for _, ptr := range sortedKeys(objects) {
			info := objects[ptr]
			obj := lookup(doc, ptr).(map[string]any)
			for _, key := range sortedKeys(obj) {
				// One object of each shape at each place is enough (the loader is slow).
				sig := f.kind.Loai + " " + indices.ReplaceAllString(ptr, "/*") + " " + strings.Join(sortedKeys(obj), ",") + " -" + key
				if tried[sig] {
					continue
				}
				tried[sig] = true
				checked++
				copyDoc := deepCopy(doc)
				delete(lookup(copyDoc, ptr).(map[string]any), key)
				out, err := yaml.Marshal(copyDoc)
				if err != nil {
					t.Fatal(err)
				}
				_, loadErr := data.Load(f.path, out)
				schemaOK := len(v.Validate(copyDoc)) == 0
				mustHave := info.required[key] || info.oneOf[key] || soleOfGroup(info.anyOf, key, obj)
				switch {
				case key == "loai" && ptr == "":
					// internal/pipeline checks loai (data.Load decodes any kind's meta).
					if schemaOK {
						t.Errorf("%s: without loai the schema passes", f.path)
					}
				case mustHave && (loadErr == nil || schemaOK):
					t.Errorf("%s: without %s/%s: loader error %v, schema passes %v; want both to fail", f.path, ptr, key, loadErr, schemaOK)
				case !mustHave && (loadErr != nil || !schemaOK):
					t.Errorf("%s: without %s/%s: loader error %v, schema passes %v; want both to pass", f.path, ptr, key, loadErr, schemaOK)
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d keys removed", checked)
	}
	t.Logf("%d keys removed one at a time", checked)
}

// soleOfGroup reports whether key is, in obj, the only key present (with content) of one of
// the groups of which at least one must be.
func soleOfGroup(groups [][]string, key string, obj map[string]any) bool {
	for _, g := range groups {
		if !slices.Contains(g, key) {
			continue
		}
		n := 0
		for _, k := range g {
			if l, ok := obj[k].([]any); ok && len(l) > 0 {
				n++
			}
		}
		if n == 1 {
			return true
		}
	}
	return false
}

var indices = regexp.MustCompile(`/[0-9]+`)

func lookup(doc any, ptr string) any {
	cur := doc
	for _, part := range strings.Split(ptr, "/")[1:] {
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		switch c := cur.(type) {
		case map[string]any:
			cur = c[part]
		case []any:
			i := 0
			for _, r := range part {
				i = i*10 + int(r-'0')
			}
			cur = c[i]
		}
	}
	return cur
}

func deepCopy(x any) any {
	switch x := x.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, v := range x {
			m[k] = deepCopy(v)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, v := range x {
			l[i] = deepCopy(v)
		}
		return l
	}
	return x
}
