package tmpl_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/diag"
	"vanban/internal/tmpl"
)

const embeddedLayer = "(có sẵn)"

// writeFiles creates files (path → content, "/"-separated) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for p, text := range files {
		m[p] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

// newStore makes a store over an embedded MapFS and, when override is not nil, an
// override folder in a temporary directory; it returns the folder ("" without one).
func newStore(t *testing.T, embedded, override map[string]string) (*tmpl.Store, string) {
	t.Helper()
	dir := ""
	if override != nil {
		dir = t.TempDir()
		writeFiles(t, dir, override)
	}
	s, err := tmpl.New(mapFS(embedded), dir)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// TestFindLookupOrder tries every combination of the four candidate files for kind
// ke_hoach in system nha_nuoc: the first present in the order override/<system>,
// override/<kind>, embedded/<system>, embedded/<kind> wins.
func TestFindLookupOrder(t *testing.T) {
	type cand struct {
		override bool
		path     string
		text     string
	}
	order := []cand{
		{true, "nha-nuoc/ke-hoach.md.tmpl", "override, system"},
		{true, "ke-hoach.md.tmpl", "override, kind"},
		{false, "nha-nuoc/ke-hoach.md.tmpl", "embedded, system"},
		{false, "ke-hoach.md.tmpl", "embedded, kind"},
	}
	for mask := 1; mask < 1<<len(order); mask++ {
		embedded := map[string]string{
			// Never a match: another system, another kind, the kind's folder spelt with "_".
			"dang/ke-hoach.md.tmpl":     "wrong system",
			"bao-cao.md.tmpl":           "wrong kind",
			"nha_nuoc/ke-hoach.md.tmpl": "folder spelt with _",
			"ke_hoach.md.tmpl":          "file spelt with _",
		}
		override := map[string]string{"dang/ke-hoach.md.tmpl": "wrong system"}
		var names []string
		want := -1
		for i, c := range order {
			if mask&(1<<i) == 0 {
				continue
			}
			if want < 0 {
				want = i
			}
			names = append(names, c.text)
			if c.override {
				override[c.path] = c.text
			} else {
				embedded[c.path] = c.text
			}
		}
		t.Run(strings.Join(names, " + "), func(t *testing.T) {
			s, dir := newStore(t, embedded, override)
			src, err := s.Find("ke_hoach", "nha_nuoc")
			if err != nil {
				t.Fatal(err)
			}
			w := order[want]
			wantLayer, wantDisplay := embeddedLayer, "templates/"+w.path
			if w.override {
				wantLayer, wantDisplay = dir, filepath.Join(dir, w.path)
			}
			if src.Text != w.text || src.Path != w.path || src.Layer != wantLayer {
				t.Errorf("Find = {%q %q %q}, want {%q %q %q}", src.Path, src.Layer, src.Text, w.path, wantLayer, w.text)
			}
			if src.Display() != wantDisplay {
				t.Errorf("Display() = %q, want %q", src.Display(), wantDisplay)
			}
		})
	}
}

// TestFindNames checks the file names looked up for kinds and systems, and the error when
// there is no template at all.
func TestFindNames(t *testing.T) {
	embedded := map[string]string{
		"bao-cao.md.tmpl":               "báo cáo",
		"dang/thong-bao.md.tmpl":        "thông báo của Đảng",
		"nha-nuoc/chuong-trinh.md.tmpl": "chương trình nhà nước",
	}
	tests := []struct {
		kind, system string
		want         string // "" = an error naming the candidates
	}{
		{"bao_cao", "dang", "báo cáo"},
		{"bao_cao", "", "báo cáo"},
		{"thong_bao", "dang", "thông báo của Đảng"},
		{"thong_bao", "nha_nuoc", ""},
		{"chuong_trinh", "nha_nuoc", "chương trình nhà nước"},
		{"quyet_dinh", "dang", ""},
	}
	s, _ := newStore(t, embedded, nil)
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.system, func(t *testing.T) {
			src, err := s.Find(tt.kind, tt.system)
			if tt.want != "" {
				if err != nil || src.Text != tt.want {
					t.Errorf("Find = %q, %v; want %q", src.Text, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Find = %+v, want an error", src)
			}
			file := strings.ReplaceAll(tt.kind, "_", "-") + ".md.tmpl"
			for _, want := range []string{"không có mẫu cho loại văn bản “" + tt.kind + "”", file} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q, want it to contain %q", err, want)
				}
			}
		})
	}
}

// TestPartialsOverrideByName checks that partials/*.tmpl of both layers can be called and
// that the override's partial replaces the embedded one of the same name, whole.
func TestPartialsOverrideByName(t *testing.T) {
	embedded := map[string]string{
		"ke-hoach.md.tmpl":         `{{ template "partials/a.tmpl" . }}|{{ template "partials/b.tmpl" . }}|{{ template "partials/c.tmpl" . }}`,
		"partials/a.tmpl":          `embedded a {{ .x }}{{ define "chung" }}embedded define{{ end }}`,
		"partials/b.tmpl":          `embedded b {{ template "chung" }}`,
		"partials/ghi-chu.txt":     `not a template {{ if }}`,
		"partials/sub/d.tmpl":      `nested folders are not partials {{ if }}`,
		"the-thuc/nd30.yaml":       "ten: nd30",
		"partials/khong-dung.md":   "{{ end }}",
		"partials/e.md.tmpl":       "embedded e",
		"partials/chi-co-san.tmpl": "only embedded",
	}
	override := map[string]string{
		"partials/a.tmpl":    `override a {{ .x }}{{ define "chung" }}override define{{ end }}`,
		"partials/c.tmpl":    `override c`,
		"partials/e.md.tmpl": "override e",
	}
	s, _ := newStore(t, embedded, override)
	src, err := s.Find("ke_hoach", "dang")
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Execute(src, map[string]any{"x": 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := "override a 1|embedded b override define|override c"; string(out) != want {
		t.Errorf("Execute = %q, want %q", out, want)
	}
	src.Text = `{{ template "partials/e.md.tmpl" }}/{{ template "partials/chi-co-san.tmpl" }}`
	out, err = s.Execute(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "override e/only embedded"; string(out) != want {
		t.Errorf("Execute = %q, want %q", out, want)
	}
}

// TestFSHighestLayer checks that FS opens each path in the highest layer that has it.
func TestFSHighestLayer(t *testing.T) {
	embedded := map[string]string{
		"the-thuc/nd30.yaml": "embedded nd30",
		"the-thuc/hd36.yaml": "embedded hd36",
		"ke-hoach.md.tmpl":   "embedded plan",
	}
	override := map[string]string{
		"the-thuc/nd30.yaml":    "override nd30",
		"the-thuc/rieng.yaml":   "override only",
		"dang/ke-hoach.md.tmpl": "override party plan",
	}
	s, _ := newStore(t, embedded, override)
	tests := []struct{ path, want string }{
		{"the-thuc/nd30.yaml", "override nd30"},
		{"the-thuc/hd36.yaml", "embedded hd36"},
		{"the-thuc/rieng.yaml", "override only"},
		{"ke-hoach.md.tmpl", "embedded plan"},
		{"dang/ke-hoach.md.tmpl", "override party plan"},
		{"the-thuc/khong-co.yaml", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			b, err := fs.ReadFile(s.FS(), tt.path)
			if tt.want == "" {
				if !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("ReadFile = %q, %v; want fs.ErrNotExist", b, err)
				}
				return
			}
			if err != nil || string(b) != tt.want {
				t.Errorf("ReadFile = %q, %v; want %q", b, err, tt.want)
			}
		})
	}
}

// TestListWinningLayer checks that List gives every template path once, sorted, with the
// layer whose file is used.
func TestListWinningLayer(t *testing.T) {
	embedded := map[string]string{
		"ke-hoach.md.tmpl":          "e",
		"nha-nuoc/ke-hoach.md.tmpl": "e",
		"partials/a.tmpl":           "e",
		"partials/b.tmpl":           "e",
		"the-thuc/nd30.yaml":        "not a template",
	}
	override := map[string]string{
		"ke-hoach.md.tmpl":     "o",
		"dang/bao-cao.md.tmpl": "o",
		"partials/b.tmpl":      "o",
		"ghi-chu.md":           "not a template",
	}
	s, dir := newStore(t, embedded, override)
	got, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	want := []tmpl.Source{
		{Path: "dang/bao-cao.md.tmpl", Layer: dir},
		{Path: "ke-hoach.md.tmpl", Layer: dir},
		{Path: "nha-nuoc/ke-hoach.md.tmpl", Layer: embeddedLayer},
		{Path: "partials/a.tmpl", Layer: embeddedLayer},
		{Path: "partials/b.tmpl", Layer: dir},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("List =\n%v\nwant\n%v", got, want)
	}
}

// TestOverrideCannotEscape checks that nothing outside the override folder can be read,
// neither through ".." nor through a symbolic link inside the folder.
func TestOverrideCannotEscape(t *testing.T) {
	const secret = "BÍ MẬT NGOÀI THƯ MỤC"
	base := t.TempDir()
	dir := filepath.Join(base, "mau")
	outside := filepath.Join(base, "ngoai.md.tmpl")
	writeFiles(t, base, map[string]string{"ngoai.md.tmpl": secret, "partials/ngoai.tmpl": secret})
	writeFiles(t, dir, map[string]string{"ghi-chu.md": "trong thư mục"})
	for link, target := range map[string]string{
		"bao-cao.md.tmpl":        outside,
		"quyet-dinh.md.tmpl":     "../ngoai.md.tmpl",
		"dang/thong-bao.md.tmpl": outside,
		"ke-hoach.md.tmpl":       outside,
		"the-thuc/nd30.yaml":     outside,
		"thu-muc-ngoai":          base,
		"ben-trong.md.tmpl":      "ghi-chu.md",
	} {
		full := filepath.Join(dir, link)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, full); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	embedded := map[string]string{
		"ke-hoach.md.tmpl":   "embedded plan",
		"the-thuc/nd30.yaml": "embedded nd30",
	}
	s, err := tmpl.New(mapFS(embedded), dir)
	if err != nil {
		t.Fatal(err)
	}

	// A symbolic link that stays inside the folder is fine.
	if src, err := s.Find("ben_trong", ""); err != nil || src.Text != "trong thư mục" {
		t.Errorf("link inside the folder: Find = %q, %v", src.Text, err)
	}

	finds := []struct{ name, kind, system string }{
		{"kind with ..", "../ngoai", ""},
		{"system with ..", "ngoai", ".."},
		{"deep ..", "../../ngoai", "a"},
		{"absolute link", "bao_cao", ""},
		{"relative link", "quyet_dinh", ""},
		{"link in a system folder", "thong_bao", "dang"},
		{"link to a folder outside", "ngoai", "thu-muc-ngoai"},
		{"link shadowing an embedded file", "ke_hoach", "nha_nuoc"},
	}
	for _, tt := range finds {
		t.Run("Find/"+tt.name, func(t *testing.T) {
			src, err := s.Find(tt.kind, tt.system)
			if err == nil {
				t.Errorf("Find(%q, %q) = %+v, want an error", tt.kind, tt.system, src)
			}
			if strings.Contains(src.Text, secret) {
				t.Errorf("Find(%q, %q) read a file outside the folder", tt.kind, tt.system)
			}
		})
	}

	opens := []struct{ name, path string }{
		{"..", "../ngoai.md.tmpl"},
		{"absolute", outside},
		{"absolute link", "bao-cao.md.tmpl"},
		{"relative link", "quyet-dinh.md.tmpl"},
		{"through a linked folder", "thu-muc-ngoai/ngoai.md.tmpl"},
		// The override has this path, so the store must not quietly serve the embedded file
		// under it: Find fails for it, List names the override for it.
		{"link shadowing an embedded file", "the-thuc/nd30.yaml"},
	}
	for _, tt := range opens {
		t.Run("FS/"+tt.name, func(t *testing.T) {
			f, err := s.FS().Open(tt.path)
			if err == nil {
				b, _ := io.ReadAll(f)
				f.Close()
				if strings.Contains(string(b), secret) {
					t.Fatalf("FS().Open(%q) read a file outside the folder", tt.path)
				}
				t.Errorf("FS().Open(%q) = %q, want an error", tt.path, b)
			}
		})
	}

	t.Run("partial linked outside", func(t *testing.T) {
		if err := os.Symlink(filepath.Join(base, "partials", "ngoai.tmpl"), filepath.Join(dir, "partials", "ngoai.tmpl")); err != nil {
			if err := os.MkdirAll(filepath.Join(dir, "partials"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(filepath.Join(base, "partials", "ngoai.tmpl"), filepath.Join(dir, "partials", "ngoai.tmpl")); err != nil {
				t.Fatal(err)
			}
		}
		src := tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer, Text: `{{ template "partials/ngoai.tmpl" }}`}
		out, err := s.Execute(src, nil)
		if err == nil || strings.Contains(string(out), secret) {
			t.Errorf("Execute = %q, %v; want an error", out, err)
		}
	})
}

// execErr runs src in s and returns its one diagnostic.
func execErr(t *testing.T, s *tmpl.Store, src tmpl.Source, data any) diag.Diagnostic {
	t.Helper()
	out, err := s.Execute(src, data)
	if err == nil {
		t.Fatalf("Execute = %q, want an error", out)
	}
	var l diag.List
	if !errors.As(err, &l) || len(l) != 1 {
		t.Fatalf("error %T %q, want a diag.List with one diagnostic", err, err)
	}
	return l[0]
}

// TestExecuteErrors checks the diagnostics of broken templates: the file as the user sees
// it, the line and the column (1-based, in characters), the Vietnamese message and hint.
func TestExecuteErrors(t *testing.T) {
	const parseErr = "Dòng một\nDòng hai\nDòng ba: {{ if }}\n"
	tests := []struct {
		name           string
		embedded       map[string]string
		override       map[string]string
		text           string // the main template, when not found in the layers
		data           any
		file           string // "{dir}" stands for the override folder
		line           int
		colMin, colMax int
		msg, hint      string
	}{
		{name: "parse error in an embedded template",
			embedded: map[string]string{"ke-hoach.md.tmpl": parseErr},
			file:     "templates/ke-hoach.md.tmpl", line: 3, colMin: 10, colMax: 17, msg: "if"},
		{name: "parse error in an override template",
			embedded: map[string]string{"ke-hoach.md.tmpl": "đúng"},
			override: map[string]string{"dang/ke-hoach.md.tmpl": parseErr},
			file:     "{dir}/dang/ke-hoach.md.tmpl", line: 3, colMin: 10, colMax: 17, msg: "if"},
		{name: "parse error in an embedded partial",
			embedded: map[string]string{"ke-hoach.md.tmpl": "đúng", "partials/muc.md.tmpl": parseErr},
			file:     "templates/partials/muc.md.tmpl", line: 3, colMin: 10, colMax: 17, msg: "if"},
		{name: "parse error in an override partial",
			embedded: map[string]string{"ke-hoach.md.tmpl": "đúng"},
			override: map[string]string{"partials/muc.md.tmpl": parseErr},
			file:     "{dir}/partials/muc.md.tmpl", line: 3, colMin: 10, colMax: 17, msg: "if"},
		{name: "missing key",
			embedded: map[string]string{"ke-hoach.md.tmpl": "## Nhiệm vụ\n- Thời hạn: {{ .thoi_hn }}\n"},
			data:     map[string]any{"thoi_han": "2026-06-30"},
			file:     "templates/ke-hoach.md.tmpl", line: 2, colMin: 16, colMax: 16,
			msg: "mẫu dùng trường “thoi_hn” mà dữ liệu không có", hint: "{{ with"},
		{name: "missing key on the first line",
			embedded: map[string]string{"ke-hoach.md.tmpl": "{{ .thoi_hn }}"},
			data:     map[string]any{"thoi_han": "2026-06-30"},
			file:     "templates/ke-hoach.md.tmpl", line: 1, colMin: 4, colMax: 4,
			msg: "mẫu dùng trường “thoi_hn” mà dữ liệu không có"},
		{name: "missing key in an override partial",
			embedded: map[string]string{"ke-hoach.md.tmpl": "a\n{{ template \"partials/han.tmpl\" . }}"},
			override: map[string]string{"partials/han.tmpl": "\n\n  {{ .thoi_hn }}"},
			data:     map[string]any{"thoi_han": "2026-06-30"},
			file:     "{dir}/partials/han.tmpl", line: 3, colMin: 6, colMax: 6,
			msg: "mẫu dùng trường “thoi_hn” mà dữ liệu không có"},
		{name: "unknown function",
			embedded: map[string]string{"ke-hoach.md.tmpl": "## Mục\n{{ in_hao \"x\" }}\n"},
			// A parse error: the column is checked by the rows above.
			file: "templates/ke-hoach.md.tmpl", line: 2, colMin: 0, colMax: 1 << 20,
			msg: "hàm “in_hao” không có", hint: "có phải ý bạn là “in_hoa”?"},
		{name: "unknown partial",
			embedded: map[string]string{"ke-hoach.md.tmpl": "{{ template \"partials/khong-co.tmpl\" }}"},
			file:     "templates/ke-hoach.md.tmpl", line: 1, colMin: 1, colMax: 1 << 20,
			msg: "không có mẫu con “partials/khong-co.tmpl”", hint: "partials/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := newStore(t, tt.embedded, tt.override)
			src, err := s.Find("ke_hoach", "dang")
			if err != nil {
				t.Fatal(err)
			}
			d := execErr(t, s, src, tt.data)
			file := strings.ReplaceAll(tt.file, "{dir}", dir)
			if d.File != file || d.Line != tt.line || d.Col < tt.colMin || d.Col > tt.colMax {
				t.Errorf("at %s:%d:%d, want %s:%d and a column in [%d, %d]\n%v",
					d.File, d.Line, d.Col, file, tt.line, tt.colMin, tt.colMax, d)
			}
			if !strings.Contains(d.Message, tt.msg) || !strings.Contains(d.Hint, tt.hint) {
				t.Errorf("got %q (hint %q), want message with %q and hint with %q", d.Message, d.Hint, tt.msg, tt.hint)
			}
		})
	}
}

// TestExecuteErrorsInVietnamese checks that other common template mistakes also come
// out in Vietnamese, without text/template's English wrapping ("executing … at <…>").
func TestExecuteErrorsInVietnamese(t *testing.T) {
	tests := []struct {
		name, text string
		msg, hint  string
	}{
		{name: "template calling itself",
			text: `{{ define "a" }}{{ template "a" . }}{{ end }}{{ template "a" . }}`, hint: "gọi lại chính nó"},
		{name: "function returning an error", text: `{{ cong "hai" 1 }}`, msg: "“hai” không phải là số"},
		{name: "wrong number of arguments", text: `{{ la_ma }}`, msg: "la_ma"},
		{name: "field of a list", text: `{{ .ds.ten }}`, msg: "ten"},
	}
	english := []string{"executing", "error calling", "exceeded", "wrong number", "can't evaluate"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newStore(t, nil, nil)
			src := tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer, Text: tt.text}
			d := execErr(t, s, src, map[string]any{"ds": []any{map[string]any{"ten": "a"}}})
			if d.File != "templates/x.md.tmpl" || d.Line != 1 {
				t.Errorf("at %s:%d, want templates/x.md.tmpl:1", d.File, d.Line)
			}
			for _, e := range english {
				if strings.Contains(d.Message, e) {
					t.Errorf("message %q is in English (%q)", d.Message, e)
				}
			}
			if !strings.Contains(d.Message, tt.msg) || !strings.Contains(d.Hint, tt.hint) {
				t.Errorf("got %q (hint %q), want message with %q and hint with %q", d.Message, d.Hint, tt.msg, tt.hint)
			}
		})
	}
}

// TestExecuteOutputLimit checks that a template that writes without end stops at MaxOutput
// with an error that says so, quickly.
func TestExecuteOutputLimit(t *testing.T) {
	tests := []struct{ name, text string }{
		{"partial calling itself", `{{ template "partials/lap.tmpl" . }}`},
		{"range over a large number", `{{ range .n }}Một dòng dài, viết đi viết lại mãi.{{ end }}`},
		{"range over a large list", `{{ range $i, $x := .list }}{{ $x }}{{ end }}`},
		{"one huge value", `{{ .long }}`},
	}
	long := strings.Repeat("Dữ liệu dài ", 1000)
	data := map[string]any{"n": 1 << 40, "list": make([]string, 100000), "long": long}
	for i := range data["list"].([]string) {
		data["list"].([]string)[i] = "mục "
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newStore(t, map[string]string{
				"partials/lap.tmpl": `Một dòng dài, viết đi viết lại mãi. {{ template "partials/lap.tmpl" . }}`,
			}, nil)
			s.MaxOutput = 1 << 10
			src := tmpl.Source{Path: "lap.md.tmpl", Layer: embeddedLayer, Text: tt.text}
			start := time.Now()
			d := execErr(t, s, src, data)
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("took %v to stop", el)
			}
			if d.File != "templates/lap.md.tmpl" || !strings.Contains(d.Message, "giới hạn kích thước đầu ra") {
				t.Errorf("got %v, want the output limit named at templates/lap.md.tmpl", d)
			}
		})
	}
}

// TestExecuteOutputLimitMessage checks that the message gives the limit that was set,
// not a rounded-down "0 MB" for limits under a megabyte.
func TestExecuteOutputLimitMessage(t *testing.T) {
	s, _ := newStore(t, nil, nil)
	s.MaxOutput = 1 << 10
	src := tmpl.Source{Path: "lap.md.tmpl", Layer: embeddedLayer, Text: `{{ range 100000 }}mười chữ.{{ end }}`}
	d := execErr(t, s, src, nil)
	if strings.Contains(d.Message, " 0 MB") || !strings.ContainsAny(d.Message, "123456789") {
		t.Errorf("message %q does not give the 1 KB limit", d.Message)
	}
}

// TestExecuteLoopWithoutOutputStops checks that a template that loops for ever without
// writing ends with an error instead of hanging: MaxOutput cannot catch it. The endless
// data is a channel fed until the test ends (TestExecuteTimeoutLeavesNoGoroutine loops
// over a huge number).
func TestExecuteLoopWithoutOutputStops(t *testing.T) {
	// The default must bound a runaway template, yet leave a real one (a plan of ten
	// thousand paragraphs on a loaded machine) plenty of time.
	if tmpl.DefaultMaxTime < 10*time.Second || tmpl.DefaultMaxTime > time.Minute {
		t.Errorf("DefaultMaxTime = %v, want between 10 s and 1 min", tmpl.DefaultMaxTime)
	}
	tests := []struct {
		name, text string
		maxTime    time.Duration // 0 keeps the store's default
	}{
		{"range without end", `{{ range .ch }}{{ end }}`, 500 * time.Millisecond},
		{"nested range without end", `{{ range .ch }}{{ range 3 }}{{ end }}{{ end }}`, 200 * time.Millisecond},
		{"range without end inside a partial", `{{ template "partials/lap.tmpl" .ch }}`, 200 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, stop := make(chan int), make(chan struct{})
			go func() {
				defer close(ch)
				for {
					select {
					case ch <- 1:
					case <-stop:
						return
					}
				}
			}()
			t.Cleanup(func() { close(stop) })
			s, _ := newStore(t, map[string]string{"partials/lap.tmpl": `{{ range . }}{{ end }}`}, nil)
			if tt.maxTime > 0 {
				s.MaxTime = tt.maxTime
			}
			src := tmpl.Source{Path: "lap.md.tmpl", Layer: embeddedLayer, Text: tt.text}
			done := make(chan error, 1)
			go func() {
				_, err := s.Execute(src, map[string]any{"ch": ch})
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Error("Execute finished without an error")
				} else if !strings.Contains(err.Error(), "lap.md.tmpl") {
					t.Errorf("error %q does not name the template", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Execute still running after 5s: no bound on template running time")
			}
		})
	}
}

// TestExecuteNFC checks that the output is NFC whether the decomposed text comes from the
// template, the data or a function.
func TestExecuteNFC(t *testing.T) {
	const nfd = "Thanh Ho\u0301a, Quy\u0300nh Lu\u031bu\u031b\u0301"
	tests := []struct {
		name, text string
		want       string
	}{
		{"template text", nfd, "Thanh Hóa, Quỳnh Lưứ"},
		{"data", "{{ .ten }}", "Thanh Hóa, Quỳnh Lưứ"},
		{"function", `{{ in_hoa .ten }}`, "THANH HÓA, QUỲNH LƯỨ"},
		{"split across template and data", "Ho{{ .dau }}a", "Hóa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newStore(t, nil, nil)
			src := tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer, Text: tt.text}
			out, err := s.Execute(src, map[string]any{"ten": nfd, "dau": "\u0301"})
			if err != nil {
				t.Fatal(err)
			}
			if !norm.NFC.IsNormalString(string(out)) || string(out) != tt.want {
				t.Errorf("Execute = %+q, want %+q (NFC)", out, tt.want)
			}
		})
	}
}
