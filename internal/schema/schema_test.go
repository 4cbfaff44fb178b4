package schema

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/goccy/go-yaml"

	"vanban/internal/data"
	"vanban/internal/model"
)

var update = flag.Bool("update", false, "rewrite the schema files in schema/ at the repository root")

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
	for _, k := range Kinds() {
		want := generate(t, k)
		path := filepath.Join(repoDir, "schema", k.File)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		switch {
		case err != nil:
			t.Errorf("schema/%s chưa có (%v): chạy go test ./internal/schema -update", k.File, err)
		case !bytes.Equal(got, want):
			t.Errorf("schema/%s đã cũ: chạy go test ./internal/schema -update", k.File)
		}
	}
}

// TestDeterministic: generating twice gives the same bytes, indented, ending with a newline.
func TestDeterministic(t *testing.T) {
	for _, k := range Kinds() {
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
		// Spot checks that the walk found the nested, inlined and shared fields.
		for _, p := range []string{"", "he_thong", "nguoi_ky.quyen_han", "noi_nhan.ghi_chu", "phan.bang_nhiem_vu",
			"muc.diem", "khoi.y_con", "y_con.y", "nhiem_vu.thoi_han"} {
			if !want[p] {
				t.Errorf("%s: Paths lacks %q", k.File, p)
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
		{"recursive type without a definition", Spec{Root: reflect.TypeFor[data.Item](), Docs: docs}, "contains itself"},
		{"field without a yaml tag", Spec{Root: reflect.TypeFor[untagged](), Docs: docs}, "no yaml tag"},
		{"rule for no field", Spec{Root: reflect.TypeFor[struct{}](), Docs: docs, Rules: map[string]Rule{"zz": {NonBlank: true}}}, "“zz”"},
		{"scalar rule on a list", Spec{Root: reflect.TypeFor[data.Task](), Docs: docs, Rules: map[string]Rule{"chu_tri": {NonBlank: true}}}, "not []string"},
		{"definition named like a root field", Spec{Root: reflect.TypeFor[data.Plan](), Docs: docs,
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
// and, for loai, internal/build).
func TestRequiredFields(t *testing.T) {
	v := planValidator(t)
	want := map[string][]string{
		"":                       {"he_thong", "loai", "co_quan", "ky_hieu", "dia_danh", "nguoi_ky", "phan"},
		"/properties/nguoi_ky":   {"chuc_vu", "ho_ten"},
		"/properties/phan/items": {"tieu_de"},
		"/definitions/nhiem_vu":  {"ma", "chu_tri"},
		"/definitions/y_con":     {"y"},
		"/definitions/muc":       nil,
		"/definitions/khoi":      nil,
	}
	for at, keys := range want {
		s := pointTo(t, v.root, at)
		var got []string
		for _, k := range asList(s["required"]) {
			got = append(got, k.(string))
		}
		if !reflect.DeepEqual(got, keys) {
			t.Errorf("%s: required %v, want %v", ptrOrRoot(at), got, keys)
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

func planKindFor(t *testing.T) Kind {
	for _, k := range Kinds() {
		if k.Loai == "ke_hoach" {
			return k
		}
	}
	t.Fatal("no kind ke_hoach")
	return Kind{}
}

func planValidator(t *testing.T) *validator {
	t.Helper()
	v, err := newValidator(generate(t, planKindFor(t)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestExamplesValid: every "examples" value passes the schema of its own field.
func TestExamplesValid(t *testing.T) {
	v := planValidator(t)
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
		for _, k := range []string{"oneOf", "allOf"} {
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
	v := planValidator(t)
	const task = "/phan/1/muc/0/diem/0/nhiem_vu"
	const bullet = "/phan/1/muc/0/noi_dung/0"
	cases := []struct {
		name, old, new string
		keyword, ptr   string // "" keyword: the schema accepts the file
		loaderRejects  bool
	}{
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
		{"loai bao_cao: checked by build, not LoadPlan", "loai: ke_hoach", "loai: bao_cao", "enum", "/loai", false},
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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := smallPlan
			if c.old != "" {
				if strings.Count(src, c.old) != 1 {
					t.Fatalf("%q is not once in the plan", c.old)
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
			_, err := data.LoadPlan("x.yaml", []byte(src))
			if (err != nil) != c.loaderRejects {
				t.Errorf("loader error %v, want rejected = %v", err, c.loaderRejects)
			}
		})
	}
}

func hasProblem(ps []problem, keyword, ptr string) bool {
	for _, p := range ps {
		if p.Keyword == keyword && p.Ptr == ptr {
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
	v := planValidator(t)
	checked := 0
	tried := map[string]bool{}
	for _, f := range dataFiles(t) {
		if f.kind.Loai != "ke_hoach" {
			continue // LoadPlan reads plans only
		}
		if _, err := data.LoadPlan(f.path, f.src); err != nil {
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
				sig := indices.ReplaceAllString(ptr, "/*") + " " + strings.Join(sortedKeys(obj), ",") + " -" + key
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
				_, loadErr := data.LoadPlan(f.path, out)
				schemaOK := len(v.Validate(copyDoc)) == 0
				mustHave := info.required[key] || info.oneOf[key]
				switch {
				case key == "loai" && ptr == "":
					// internal/build checks loai (LoadPlan decodes any kind's meta).
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
