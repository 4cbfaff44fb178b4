package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/progress"
)

func progressValidator(t *testing.T) *validator {
	t.Helper()
	v, err := newValidator(generate(t, Progress()))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestProgressDocumented: every field of a progress file has a Vietnamese title and
// description, the statuses are the closed set of internal/progress, and the examples pass.
func TestProgressDocumented(t *testing.T) {
	k := Progress()
	paths, err := k.Spec.Paths()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		d := k.Spec.Docs[p]
		if !vietnamese(d.Title) || !vietnamese(d.Description) {
			t.Errorf("“%s”: tiêu đề %q, mô tả %q: cần viết bằng tiếng Việt", display(p), d.Title, d.Description)
		}
	}
	if len(paths) != len(k.Spec.Docs) {
		t.Errorf("%d key paths, %d docs", len(paths), len(k.Spec.Docs))
	}
	v := progressValidator(t)
	status := pointTo(t, v.root, "/properties/nhiem_vu/items/properties/trang_thai")
	enum, docs := asList(status["enum"]), asList(status["enumDescriptions"])
	if len(enum) != len(progress.Statuses) || len(docs) != len(enum) {
		t.Fatalf("trang_thai: enum %v, enumDescriptions %v", enum, docs)
	}
	for i, s := range progress.Statuses {
		if enum[i] != string(s) || docs[i] != s.Label() {
			t.Errorf("trang_thai %d: %v (%v), want %s (%s)", i, enum[i], docs[i], s, s.Label())
		}
	}
	for at, keys := range map[string][]string{
		"":                           {"ke_hoach", "don_vi", "ky", "ngay_gui", "nhiem_vu"},
		"/properties/nhiem_vu/items": {"ma", "trang_thai"},
		"/properties/chi_tieu/items": {"ten", "don_vi_tinh", "thuc_hien"},
	} {
		var got []string
		for _, k := range asList(pointTo(t, v.root, at)["required"]) {
			got = append(got, k.(string))
		}
		if strings.Join(got, ",") != strings.Join(keys, ",") {
			t.Errorf("%s: required %v, want %v", ptrOrRoot(at), got, keys)
		}
	}
	examplesValid(t, v)
}

// TestProgressFilesValid: every progress file of the repository (data/tien-do/<ky>/*.yaml;
// theo-doi.yaml and the list of units beside the period folders are not progress files)
// passes the schema, loads, and its first line points the editor at the schema.
func TestProgressFilesValid(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(repoDir, "data", "tien-do", "*", "*.yaml"))
	if err != nil || len(paths) < 20 {
		t.Fatalf("%d progress files: %v", len(paths), err)
	}
	v := progressValidator(t)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range v.Validate(decode(t, src)) {
			t.Errorf("%s: %v", p, pr)
		}
		if _, err := progress.Decode(p, src); err != nil {
			t.Errorf("%s does not load: %v", p, err)
		}
		first, _, _ := strings.Cut(string(src), "\n")
		rel, err := filepath.Rel(filepath.Dir(p), filepath.Join(repoDir, "schema", ProgressFile))
		if err != nil {
			t.Fatal(err)
		}
		if want := "# yaml-language-server: $schema=" + filepath.ToSlash(rel); first != want {
			t.Errorf("%s: first line %q, want %q", p, first, want)
		}
	}
}

// smallReport is a valid progress file with a task of each shape and an indicator.
const smallReport = `# yaml-language-server: $schema=../../../schema/tien-do.schema.json
ke_hoach: ke-hoach-81-kl-tw
don_vi: huyen-uy-ba-thuoc
ky: "2024-10"
ngay_gui: "2024-11-12"
nhiem_vu:
  - ma: II.1.a
    trang_thai: dang_thuc_hien
    ket_qua: Tuyên truyền.
  - ma: III.2
    trang_thai: cham_tien_do
    phan_tram: 70
    ket_qua: Dự thảo.
    kho_khan: Sạt lở.
    de_xuat: Hỗ trợ.
chi_tieu:
  - ten: Diện tích trồng rừng mới
    don_vi_tinh: ha
    ke_hoach: 1200
    thuc_hien: "1120,5"
    ghi_chu: lũy kế
`

// TestProgressBroken: each broken progress file fails the schema with the right keyword at
// the right JSON pointer ("" keyword: the schema accepts it); loaderRejects says whether
// progress.Decode refuses it too (the other mistakes are [progress.Book.Check]'s).
func TestProgressBroken(t *testing.T) {
	decodeReport := func(name string, src []byte) error {
		_, err := progress.Decode(name, src)
		return err
	}
	runBroken(t, progressValidator(t), decodeReport, smallReport, []brokenCase{
		{"valid as it is", "", "", "", "", false},
		{"unknown key at the root", "nhiem_vu:", "ghi_chu: X\nnhiem_vu:", "additionalProperties", "/ghi_chu", true},
		{"unknown key in a task", "de_xuat:", "de_xuat_:", "additionalProperties", "/nhiem_vu/1/de_xuat_", true},
		{"trang_thai with diacritics", "trang_thai: dang_thuc_hien", "trang_thai: đang thực hiện", "enum", "/nhiem_vu/0/trang_thai", false},
		{"trang_thai of another meaning", "trang_thai: cham_tien_do", "trang_thai: da_xong", "enum", "/nhiem_vu/1/trang_thai", false},
		{"percent as text", "phan_tram: 70", "phan_tram: nhiều", "pattern", "/nhiem_vu/1/phan_tram", false},
		{"percent with %", "phan_tram: 70", `phan_tram: "70%"`, "pattern", "/nhiem_vu/1/phan_tram", false},
		{"percent negative", "phan_tram: 70", "phan_tram: -5", "minimum", "/nhiem_vu/1/phan_tram", false},
		{"percent 91,5", "phan_tram: 70", "phan_tram: 91,5", "", "", false},
		{"actual as a list", `thuc_hien: "1120,5"`, "thuc_hien: [1120]", "type", "/chi_tieu/0/thuc_hien", false},
		{"ky 2024-Q4", `ky: "2024-10"`, `ky: "2024-Q4"`, "pattern", "/ky", false},
		{"ky 2024-9", `ky: "2024-10"`, `ky: "2024-9"`, "pattern", "/ky", false},
		{"ky unquoted year", `ky: "2024-10"`, `ky: 2024`, "type", "/ky", false},
		{"ky quarter", `ky: "2024-10"`, `ky: "2024-quy-4"`, "", "", false},
		{"ky half-year", `ky: "2024-10"`, `ky: "2024-6-thang-cuoi"`, "", "", false},
		{"ngay_gui without day", `ngay_gui: "2024-11-12"`, `ngay_gui: "2024-11"`, "pattern", "/ngay_gui", false},
		{"missing ngay_gui", "ngay_gui: \"2024-11-12\"\n", "", "required", "", false},
		{"no task", smallReport[strings.Index(smallReport, "nhiem_vu:"):strings.Index(smallReport, "chi_tieu:")], "nhiem_vu: []\n", "minItems", "/nhiem_vu", false},
		{"task without trang_thai", "    trang_thai: dang_thuc_hien\n", "", "required", "/nhiem_vu/0", false},
		{"indicator without thuc_hien", "    thuc_hien: \"1120,5\"\n", "", "required", "/chi_tieu/0", false},
	})
}
