package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/yamlfile"
)

// file is a test case: the fields of a document, decoded strictly (a misspelt key in a
// case file is an error, not a silently empty field).
type file struct {
	model.Meta `yaml:",inline"`
}

// load decodes a data file and returns its fields and its locator.
func load(t *testing.T, path string) (*model.Meta, *yamlfile.Locator) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := yamlfile.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	var f file
	if err := s.Decode(&f); err != nil {
		t.Fatal(err)
	}
	loc := s.Locator()
	// The cases are about format rules: as data they must be complete and valid.
	if ds := data.CheckMeta(loc, &f.Meta); len(ds) > 0 {
		t.Fatalf("data.CheckMeta finds problems in the case itself:\n%v", ds)
	}
	return &f.Meta, loc
}

// want is one expected finding: "line:col: lỗi|cảnh báo: <message substring>".
type want struct {
	line, col int
	severity  string
	msg       string
}

func (w want) String() string { return fmt.Sprintf("%d:%d: %s: %s", w.line, w.col, w.severity, w.msg) }

func readWant(t *testing.T, path string) []want {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ws []want
	for i, l := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		parts := strings.SplitN(l, ": ", 3)
		pos := strings.Split(parts[0], ":")
		if len(parts) != 3 || len(pos) != 2 {
			t.Fatalf("%s:%d: want “line:col: lỗi|cảnh báo: message”, got %q", path, i+1, l)
		}
		line, err1 := strconv.Atoi(pos[0])
		col, err2 := strconv.Atoi(pos[1])
		if err1 != nil || err2 != nil || (parts[1] != diag.Error.String() && parts[1] != diag.Warning.String()) {
			t.Fatalf("%s:%d: bad line %q", path, i+1, l)
		}
		ws = append(ws, want{line, col, parts[1], parts[2]})
	}
	return ws
}

// match pairs every expected finding with one found at the same place, of the same
// severity, whose message contains the expected text; it returns what is left on each side.
func match(ws []want, ds diag.List) (missing []want, extra diag.List) {
	used := make([]bool, len(ds))
	for _, w := range ws {
		found := false
		for i, d := range ds {
			if !used[i] && d.Line == w.line && d.Col == w.col && d.Severity.String() == w.severity && strings.Contains(d.Message, w.msg) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	for i, d := range ds {
		if !used[i] {
			extra = append(extra, d)
		}
	}
	return missing, extra
}

// Each file in testdata/sai is one mistake (a few for dang-chep-tu-nha-nuoc) an office
// worker or template editor could make; <case>.want next to it lists exactly the findings.
func TestCheckSai(t *testing.T) {
	files, _ := filepath.Glob("testdata/sai/*.yaml")
	if len(files) < 30 {
		t.Fatalf("%d cases in testdata/sai, want at least 30", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			m, loc := load(t, path)
			ws := readWant(t, strings.TrimSuffix(path, ".yaml")+".want")
			if len(ws) == 0 {
				t.Fatal("the .want file lists no finding")
			}
			ds := Check(path, m, loc.At)
			missing, extra := match(ws, ds)
			for _, w := range missing {
				t.Errorf("missing %v", w)
			}
			for _, d := range extra {
				t.Errorf("unexpected %d:%d: %s: %s", d.Line, d.Col, d.Severity, d.Message)
			}
			if len(missing)+len(extra) > 0 {
				t.Logf("got:\n%v", ds)
			}
			for _, d := range ds {
				if d.File != path || d.Hint == "" || d.Message == "" {
					t.Errorf("finding without file, message or hint: %#v", d)
				}
			}
		})
	}
}

// TestCasesPaired keeps every case next to its expected findings.
func TestCasesPaired(t *testing.T) {
	yamls, _ := filepath.Glob("testdata/sai/*.yaml")
	wants, _ := filepath.Glob("testdata/sai/*.want")
	have := map[string]bool{}
	for _, y := range yamls {
		have[strings.TrimSuffix(y, ".yaml")] = true
	}
	for _, w := range wants {
		if !have[strings.TrimSuffix(w, ".want")] {
			t.Errorf("%s has no case file", w)
		}
		delete(have, strings.TrimSuffix(w, ".want"))
	}
	for y := range have {
		t.Errorf("%s.yaml has no .want file", y)
	}
}

// Correct documents of both systems give no finding at all.
func TestCheckDung(t *testing.T) {
	files, _ := filepath.Glob("testdata/dung/*.yaml")
	if len(files) == 0 {
		t.Fatal("no files in testdata/dung")
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".yaml"), func(t *testing.T) {
			m, loc := load(t, path)
			if ds := Check(path, m, loc.At); len(ds) > 0 {
				t.Errorf("findings on a correct document:\n%v", ds)
			}
		})
	}
}

// The examples shipped in data/ give no error. The Party plan keeps, on purpose, the one
// recipient line of its original that ends with ";": that is its one warning.
func TestCheckExamples(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []want
	}{
		{"ke-hoach-81-kl-tw.yaml", []want{{187, 5, "cảnh báo", "nơi nhận “Ban Cán sự đảng Bộ Tài nguyên và Môi trường;” kết thúc bằng dấu “;”"}}},
		{"ke-hoach-ubnd-chuyen-doi-so-2026.yaml", nil},
	} {
		t.Run(strings.TrimSuffix(tc.file, ".yaml"), func(t *testing.T) {
			path := filepath.Join("..", "..", "data", tc.file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := yamlfile.Parse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			p, err := data.FromSource(s)
			if err != nil {
				t.Fatal(err)
			}
			ds := Check(path, &p.Meta, s.Locator().At)
			if ds.HasErrors() {
				t.Errorf("errors on an example:\n%v", ds)
			}
			missing, extra := match(tc.want, ds)
			for _, w := range missing {
				t.Errorf("missing %v", w)
			}
			for _, d := range extra {
				t.Errorf("unexpected %v", d)
			}
		})
	}
}

// Check works without a locator (positions 0:0) and on a document of no known system, where
// only the rules common to both systems apply.
func TestCheckWithoutLocator(t *testing.T) {
	m := &model.Meta{System: "khac", Kind: "ke_hoach", Symbol: "KH/TU", Number: "12/KH", Subject: "về việc.",
		Recipients: []model.Recipient{{Name: "A"}}}
	ds := Check("x.yaml", m, nil)
	var got []string
	for _, d := range ds {
		if d.Line != 0 || d.Col != 0 {
			t.Errorf("position %d:%d without a locator", d.Line, d.Col)
		}
		got = append(got, d.Severity.String()+": "+d.Message)
	}
	wantMsgs := []string{"có cả ký hiệu", "thiếu trường luu", "kết thúc bằng dấu chấm"}
	if len(got) != len(wantMsgs) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(wantMsgs), strings.Join(got, "\n"))
	}
	for i, w := range wantMsgs {
		if !strings.Contains(got[i], w) {
			t.Errorf("finding %d is %q, want it to say %q", i, got[i], w)
		}
	}
	if Check("x.yaml", nil, nil) != nil {
		t.Error("Check(nil) finds something")
	}
}

// Table of the ký hiệu helpers, in the shape users type.
func TestSplitNumber(t *testing.T) {
	for _, tt := range []struct {
		system   model.System
		in       string
		num, sym string
		ok       bool
	}{
		{model.Party, "Số 12-KH/TU", "12", "KH/TU", true},
		{model.Party, "12-QC/BTCTU-BDVTU", "12", "QC/BTCTU-BDVTU", true},
		{model.State, "Số: 05/KH-UBND", "05", "KH-UBND", true},
		{model.State, "SỐ 123/QĐ-BNV", "123", "QĐ-BNV", true},
		{model.State, "12-KH/TU", "", "", false},
		{model.Party, "KH/TU", "", "", false},
		{model.Party, "12-", "", "", false},
	} {
		num, sym, ok := splitNumber(tt.system, tt.in)
		if num != tt.num || sym != tt.sym || ok != tt.ok {
			t.Errorf("splitNumber(%s, %q) = %q, %q, %v; want %q, %q, %v", tt.system, tt.in, num, sym, ok, tt.num, tt.sym, tt.ok)
		}
	}
}

func TestCommittee(t *testing.T) {
	for body, want := range map[string]bool{
		"BAN THƯỜNG VỤ": true, "TỈNH ỦY": true, "HUYỆN UỶ": true, "ĐẢNG ỦY": true, "CHI BỘ": true,
		"ĐẢNG ĐOÀN": true, "BAN CÁN SỰ ĐẢNG": true, "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": true,
		"ỦY BAN KIỂM TRA": false, "ỦY BAN NHÂN DÂN": false, "BỘ CHÍNH TRỊ": false, "BAN BÍ THƯ": false,
		"BAN CHẤP HÀNH TRUNG ƯƠNG": false, "HỘI ĐỒNG": false, "TRƯỞNG BAN": false, "": false,
	} {
		if got := committee(body); got != want {
			t.Errorf("committee(%q) = %v, want %v", body, got, want)
		}
	}
}

func ExampleCheck() {
	m := &model.Meta{System: model.Party, Kind: "ke_hoach", Body: "TỈNH ỦY THANH HÓA", Symbol: "KH-UBND",
		Place: "Thanh Hóa", Subject: "thực hiện Kết luận số 81-KL/TW", Archive: model.Archive{Place: "Văn phòng Tỉnh ủy"},
		Signer: model.Signer{Authority: model.TextLines{"TM. BAN THƯỜNG VỤ"}, Position: "PHÓ BÍ THƯ", Name: "Trịnh Tuấn Sinh"}}
	for _, d := range Check("ke-hoach.yaml", m, nil) {
		fmt.Println(d.Error())
	}
	// Output:
	// ke-hoach.yaml: lỗi: ký hiệu “KH-UBND” viết theo kiểu văn bản nhà nước: ký hiệu văn bản của Đảng viết LOẠI/CƠ QUAN, ví dụ KH/TU
	// 	gợi ý: viết “KH/UBND”
	// ke-hoach.yaml: lỗi: quyền hạn “TM. BAN THƯỜNG VỤ” viết theo kiểu văn bản nhà nước
	// 	gợi ý: văn bản của Đảng viết T/M: “T/M BAN THƯỜNG VỤ”
}
