// Package tmpl merges document data into official Markdown with text/template. Templates
// come from ordered layers: an override folder first, the embedded built-ins last; a file
// in a higher layer replaces the file with the same path below it, whole. For a document
// of kind K ("ke_hoach") in system S ("dang") the template is the first of
//
//	S/K.md.tmpl, K.md.tmpl        (kind with "_" written "-": ke-hoach.md.tmpl)
//
// found in the layers, top down. Every partials/*.tmpl of every layer is available to
// {{template "name" .}} (the highest layer wins a name). Template errors name the file,
// line and column in Vietnamese.
//
// A Store is made once and shared: it reads each template file and the partials once, keeps
// each template's parsed set, and is safe for concurrent use. Its layers are read as they
// are at the first use of each file: an override folder edited later needs a new Store.
// Every run is bounded by a context, a time and an output size, and stops as soon as one is
// exceeded (see ExecuteContext).
package tmpl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Layer is one source of templates.
type Layer struct {
	// Name says where the files come from, for messages: a folder path or "(có sẵn)".
	Name string
	FS   fs.FS
}

// Store finds and runs templates. Set MaxOutput and MaxTime before sharing it.
type Store struct {
	layers []Layer
	// root is the override folder, open until Close; nil without one.
	root *os.Root
	// MaxOutput bounds what one template may write, in bytes.
	MaxOutput int64
	// MaxTime bounds how long one template may run.
	MaxTime time.Duration

	mu sync.Mutex
	// found holds Find's answers by kind and system. Only answers are kept, not "no
	// template" errors: the keys are then bounded by the files that exist.
	found map[[2]string]Source
	// parts is every partial, read at the first parse; nil until then.
	parts []Source
}

// Default limits of a template: far above what any real document needs.
const (
	DefaultMaxOutput = 16 << 20
	DefaultMaxTime   = 30 * time.Second
)

// New returns a store over the embedded templates and, when dir is not empty, an override
// folder above them. The folder is opened as a root: no path inside it can reach outside
// it, through "..", an absolute path or a symbolic link.
func New(embedded fs.FS, dir string) (*Store, error) {
	s := &Store{MaxOutput: DefaultMaxOutput, MaxTime: DefaultMaxTime, found: map[[2]string]Source{}}
	if dir != "" {
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không mở được thư mục mẫu “%s”: %s", dir, vn.FileError(err, vn.Listing))}
		}
		s.root = root
		s.layers = append(s.layers, Layer{Name: dir, FS: root.FS()})
	}
	s.layers = append(s.layers, Layer{Name: "(có sẵn)", FS: embedded})
	return s, nil
}

// Close closes the override folder. Templates already read keep working; files not read
// yet cannot be read any more.
func (s *Store) Close() error {
	if s.root == nil {
		return nil
	}
	return s.root.Close()
}

// Source is a template file found in a layer.
type Source struct {
	Path  string // path inside the layer
	Layer string // the layer's name
	Text  string
	// parsed is where Find's sources keep their parsed set; a Source made by a caller (a
	// template being checked) has none and is parsed on every run.
	parsed *parsed
}

// parsed is a template file's set (the file and every partial), parsed at its first run
// and shared by every run after it: text/template runs one set concurrently.
type parsed struct {
	mu      sync.Mutex
	text    string // the text the set was parsed from
	t       *template.Template
	sources map[string]Source
}

// Display is how messages name the file: the override folder's path, or the built-in path.
func (s Source) Display() string {
	if s.Layer == "(có sẵn)" {
		return "templates/" + s.Path
	}
	return path.Join(s.Layer, s.Path)
}

// Find returns the template for a kind and system, following the lookup order. The file is
// read once; later calls return the same Source, whose set is parsed once.
func (s *Store) Find(kind, system string) (Source, error) {
	key := [2]string{kind, system}
	s.mu.Lock()
	src, ok := s.found[key]
	s.mu.Unlock()
	if ok {
		return src, nil
	}
	file := strings.ReplaceAll(kind, "_", "-") + ".md.tmpl"
	candidates := []string{path.Join(strings.ReplaceAll(system, "_", "-"), file), file}
	for _, l := range s.layers {
		for _, c := range candidates {
			b, err := fs.ReadFile(l.FS, c)
			if err == nil {
				src := Source{Path: c, Layer: l.Name, Text: string(b), parsed: &parsed{text: string(b)}}
				s.mu.Lock()
				s.found[key] = src
				s.mu.Unlock()
				return src, nil
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return Source{}, readError(l, c, err)
			}
		}
	}
	return Source{}, diag.Diagnostic{Code: diag.Template,
		Message: fmt.Sprintf("không có mẫu cho loại văn bản “%s” (đã tìm %s)", kind, strings.Join(candidates, ", "))}
}

// readError explains why a template file that exists could not be read.
func readError(l Layer, file string, err error) error {
	msg := fmt.Sprintf("không đọc được mẫu %s/%s: %s", l.Name, file, vn.FileError(err, vn.Reading))
	if strings.Contains(err.Error(), "escapes from parent") {
		msg = fmt.Sprintf("tệp mẫu “%s” trỏ ra ngoài thư mục mẫu “%s” (liên kết tượng trưng hoặc “..”): "+
			"vì an toàn, mẫu chỉ được đọc trong thư mục của nó — hãy chép tệp vào thư mục mẫu", file, l.Name)
	}
	return diag.Diagnostic{Code: diag.File, Message: msg}
}

// List returns every template file of every layer, with the layer that wins each path.
func (s *Store) List() ([]Source, error) {
	seen := map[string]bool{}
	var out []Source
	for _, l := range s.layers {
		err := fs.WalkDir(l.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".tmpl") || seen[p] {
				return err
			}
			seen[p] = true
			out = append(out, Source{Path: p, Layer: l.Name})
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, diag.Diagnostic{Code: diag.File,
				Message: fmt.Sprintf("không đọc được thư mục mẫu “%s”: %s", l.Name, vn.FileError(err, vn.Reading))}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// partials returns partials/*.tmpl, the highest layer winning each name. They are read
// once, at the first parse; an error is not kept, so the next parse tries again.
func (s *Store) partials() ([]Source, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.parts != nil {
		return s.parts, nil
	}
	seen := map[string]bool{}
	out := []Source{}
	for _, l := range s.layers {
		entries, err := fs.ReadDir(l.FS, "partials")
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, readError(l, "partials", err)
		}
		for _, e := range entries {
			p := path.Join("partials", e.Name())
			if e.IsDir() || !strings.HasSuffix(p, ".tmpl") || seen[p] {
				continue
			}
			b, err := fs.ReadFile(l.FS, p)
			if err != nil {
				return nil, readError(l, p, err)
			}
			seen[p] = true
			out = append(out, Source{Path: p, Layer: l.Name, Text: string(b)})
		}
	}
	s.parts = out
	return out, nil
}

// Parse checks that src and the partials parse, without running them.
func (s *Store) Parse(src Source) error {
	_, _, err := s.template(src)
	return err
}

// template returns the parsed set of src: the one kept for a Source of Find, parsed at its
// first use, or a new one. Errors are not kept: a template that fails is parsed again.
func (s *Store) template(src Source) (*template.Template, map[string]Source, error) {
	p := src.parsed
	if p == nil || p.text != src.Text {
		return s.parse(src)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.t == nil {
		t, sources, err := s.parse(src)
		if err != nil {
			return nil, nil, err
		}
		p.t, p.sources = t, sources
	}
	return p.t, p.sources, nil
}

// parse reads src and every partial into one template set, with the ticks of addTicks.
func (s *Store) parse(src Source) (*template.Template, map[string]Source, error) {
	sources := map[string]Source{src.Path: src}
	t := template.New(src.Path).Funcs(Funcs()).Option("missingkey=error")
	if _, err := t.Parse(src.Text); err != nil {
		return nil, nil, templateError(err, sources)
	}
	parts, err := s.partials()
	if err != nil {
		return nil, nil, err
	}
	for _, p := range parts {
		sources[p.Path] = p
		if _, err := t.New(p.Path).Parse(p.Text); err != nil {
			return nil, nil, templateError(err, sources)
		}
	}
	addTicks(t)
	return t, sources, nil
}

// tickFunc is the function of the ticks. It is not among the functions templates are
// parsed with, so no template can call it; each run binds it to its own context.
const tickFunc = "vanban_tick"

// addTicks puts a call of tickFunc at the start of every template of the set and of every
// range body: a template can only run long in a range or in a template that calls itself,
// and text/template has no other way to stop a run. A tick writes nothing.
func addTicks(set *template.Template) {
	for _, t := range set.Templates() {
		if t.Tree == nil || t.Tree.Root == nil {
			continue
		}
		tickRanges(t.Tree, t.Tree.Root)
		addTick(t.Tree, t.Tree.Root, t.Tree.Root.Pos, 1)
	}
}

// tickRanges adds a tick to every range body under n.
func tickRanges(tree *parse.Tree, n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			tickRanges(tree, c)
		}
	case *parse.IfNode:
		tickRanges(tree, n.List)
		tickRanges(tree, n.ElseList)
	case *parse.WithNode:
		tickRanges(tree, n.List)
		tickRanges(tree, n.ElseList)
	case *parse.RangeNode:
		tickRanges(tree, n.List)
		tickRanges(tree, n.ElseList)
		if n.List != nil {
			addTick(tree, n.List, n.Pos, n.Line)
		}
	}
}

// addTick puts {{vanban_tick}} first in list; it stands at pos so that an error of it
// would point at the range or template it checks.
func addTick(tree *parse.Tree, list *parse.ListNode, pos parse.Pos, line int) {
	id := parse.NewIdentifier(tickFunc).SetTree(tree).SetPos(pos)
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Line: line, Cmds: []*parse.CommandNode{cmd}}
	tick := &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: line, Pipe: pipe}
	list.Nodes = append([]parse.Node{tick}, list.Nodes...)
}

// Execute runs the template src with data and returns the Markdown it writes; see
// ExecuteContext.
func (s *Store) Execute(src Source, data any) ([]byte, error) {
	return s.ExecuteContext(context.Background(), src, data)
}

// errTooLong is the cause of a run's context when the run hits MaxTime; errTooBig the
// error of a string function whose result would pass MaxOutput.
var (
	errTooLong = errors.New("tmpl: MaxTime")
	errTooBig  = errors.New("tmpl: MaxOutput")
)

// ExecuteContext runs the template src with data and returns the Markdown it writes. The
// run stops, with no goroutine left behind, when ctx is done (the error is then ctx's
// cause, not a diagnostic), when it runs past MaxTime, or when it writes more than
// MaxOutput (both diagnostics with the Limit code). The ticks (addTicks) check the time;
// the writer checks the size.
func (s *Store) ExecuteContext(ctx context.Context, src Source, data any) ([]byte, error) {
	t, sources, err := s.template(src)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, s.MaxTime, errTooLong)
	defer cancel()
	// The set may be shared with other runs: the tick is bound on a clone, which copies the
	// set's names and functions, not its parse trees.
	run, err := t.Clone()
	if err != nil {
		return nil, err
	}
	// printf, print and println are bounded too: a template that doubles a string in a loop
	// would fill the memory before writing a byte.
	bound := func(out string) (string, error) {
		if int64(len(out)) > s.MaxOutput {
			return "", errTooBig
		}
		return out, nil
	}
	run.Funcs(template.FuncMap{
		tickFunc:  func() (string, error) { return "", ctx.Err() },
		"printf":  func(format string, args ...any) (string, error) { return bound(fmt.Sprintf(format, args...)) },
		"print":   func(args ...any) (string, error) { return bound(fmt.Sprint(args...)) },
		"println": func(args ...any) (string, error) { return bound(fmt.Sprintln(args...)) },
	})
	var buf bytes.Buffer
	w := &limitWriter{w: &buf, left: s.MaxOutput}
	if err := run.ExecuteTemplate(w, src.Path, data); err != nil {
		switch {
		case ctx.Err() != nil && context.Cause(ctx) == errTooLong:
			d := diag.Errorf(src.Display(), 0, 0,
				"kiểm tra vòng lặp trong mẫu (range trên một số rất lớn, template gọi lại chính nó)",
				"mẫu chạy quá %v (giới hạn thời gian)", s.MaxTime)
			d.Code = diag.Limit
			return nil, diag.List{d}
		case ctx.Err() != nil:
			return nil, context.Cause(ctx)
		case w.hit || errors.Is(err, errTooBig):
			d := diag.Errorf(src.Display(), 0, 0,
				"kiểm tra vòng lặp trong mẫu (range, template gọi lại chính nó)",
				"mẫu viết ra quá %s (giới hạn kích thước đầu ra)", size(s.MaxOutput))
			d.Code = diag.Limit
			return nil, diag.List{d}
		}
		return nil, templateError(err, sources)
	}
	return []byte(vn.NFC(buf.String())), nil
}

// size writes a byte count for people.
func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", max(n>>10, 1))
}

// limitWriter fails once more than left bytes are written.
type limitWriter struct {
	w    io.Writer
	left int64
	hit  bool
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.left {
		l.hit = true
		return 0, errors.New("giới hạn kích thước đầu ra")
	}
	l.left -= int64(len(p))
	return l.w.Write(p)
}

// reTemplatePos finds "template: NAME:LINE:COL: " (COL is optional) in text/template errors.
var reTemplatePos = regexp.MustCompile(`template: ([^:]+):(\d+):(?:(\d+):)? ?(.*)`)

// templateError turns a text/template error into a diagnostic at the template's line.
func templateError(err error, sources map[string]Source) error {
	msg := err.Error()
	m := reTemplatePos.FindStringSubmatch(msg)
	if m == nil {
		return diag.Diagnostic{Code: diag.Template, Message: "lỗi mẫu: " + msg}
	}
	file := m[1]
	line, _ := strconv.Atoi(m[2])
	col := 0
	if s, ok := sources[file]; ok {
		file = s.Display()
		col = column(s.Text, line, m[3])
	}
	text, hint := explain(m[4])
	return diag.List{{Code: diag.Template, File: file, Line: line, Col: col, Message: text, Hint: hint}}
}

// column turns text/template's column (a 0-based byte offset in the line) into a 1-based
// count of characters, as editors show it. Parse errors carry no column: point at the
// line's first action then.
func column(text string, line int, byteCol string) int {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return 0
	}
	l := lines[line-1]
	off, err := strconv.Atoi(byteCol)
	if err != nil {
		off = strings.Index(l, "{{")
		if off < 0 {
			return 1
		}
	}
	off = min(off, len(l))
	return utf8.RuneCountInString(l[:off]) + 1
}

var (
	reExecuting = regexp.MustCompile(`^executing "[^"]*" at <.*?>: `)
	reNoKey     = regexp.MustCompile(`map has no entry for key "([^"]*)"`)
	reNoFunc    = regexp.MustCompile(`function "([^"]*)" not defined`)
	reNoTmpl    = regexp.MustCompile(`(?:no such template "([^"]*)"|template "([^"]*)" not defined)`)
	reNilField  = regexp.MustCompile(`nil pointer evaluating .*\.(\w+)`)
	reCallErr   = regexp.MustCompile(`error calling (\w+): (.*)`)
	reArgs      = regexp.MustCompile(`wrong number of args for (\w+): want (at least )?(\d+) got (\d+)`)
	reArgType   = regexp.MustCompile(`wrong type for value; expected (\S+); got (\S+)`)
	reField     = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`)
	reMissing   = regexp.MustCompile(`missing value for (\w+)`)
)

// explain puts template errors into Vietnamese.
func explain(m string) (text, hint string) {
	m = reExecuting.ReplaceAllString(m, "")
	if k := reNoKey.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("mẫu dùng trường “%s” mà dữ liệu không có", k[1]),
			"kiểm tra tên trường (xem docs/du-lieu.md); trường không bắt buộc thì bọc trong {{ with .ten_truong }}…{{ end }}"
	}
	if k := reNoFunc.FindStringSubmatch(m); k != nil {
		hint := "xem danh sách hàm trong docs/mau.md"
		if s, ok := vn.Suggest(k[1], FuncNames()); ok {
			hint = fmt.Sprintf("có phải ý bạn là “%s”?", s)
		}
		return fmt.Sprintf("hàm “%s” không có", k[1]), hint
	}
	if k := reNoTmpl.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("không có mẫu con “%s”", k[1]+k[2]), "mẫu con đặt trong thư mục partials/, gọi bằng tên tệp, ví dụ {{ template \"partials/muc.md.tmpl\" . }}"
	}
	if k := reNilField.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("trường “%s” trống", k[1]), "bọc phần dùng trường này trong {{ with … }}…{{ end }}"
	}
	if k := reCallErr.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("hàm “%s” báo lỗi: %s", k[1], k[2]), "xem cách dùng hàm trong docs/mau.md"
	}
	if k := reArgs.FindStringSubmatch(m); k != nil {
		least := ""
		if k[2] != "" {
			least = "ít nhất "
		}
		return fmt.Sprintf("hàm “%s” cần %s%s giá trị, mẫu đưa %s", k[1], least, k[3], k[4]), "xem cách dùng hàm trong docs/mau.md"
	}
	if k := reArgType.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("giá trị không đúng kiểu: hàm cần %s, nhận %s", k[1], k[2]), "xem cách dùng hàm trong docs/mau.md"
	}
	if k := reField.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("không lấy được trường “%s” từ một giá trị kiểu %s", k[1], k[2]),
			"trường chỉ có ở một nhóm trường; với danh sách, dùng {{ range … }} rồi lấy trường của từng phần tử"
	}
	if k := reMissing.FindStringSubmatch(m); k != nil {
		return fmt.Sprintf("thiếu giá trị sau “%s”", k[1]), "ví dụ {{ if .tieu_de }} … {{ end }}"
	}
	switch {
	case strings.Contains(m, "unexpected EOF"):
		return "mẫu hết mà còn khối chưa đóng", "mỗi {{ if }}, {{ range }}, {{ with }}, {{ define }} cần một {{ end }}"
	case strings.Contains(m, "unclosed action"):
		return "thiếu “}}” đóng lệnh mẫu", "mỗi “{{” cần một “}}” trên cùng dòng"
	case strings.Contains(m, "unexpected {{end}}"):
		return "“{{ end }}” thừa", "xóa {{ end }} này hoặc thêm khối {{ if }}/{{ range }} mở nó"
	}
	if strings.Contains(m, "exceeded maximum template depth") {
		return "mẫu gọi lồng nhau quá sâu", "một mẫu con đang gọi lại chính nó: kiểm tra các {{ template … }}"
	}
	return "lỗi mẫu: " + m, ""
}

// FS returns the layers as one file system: a path opens in the highest layer that has it.
func (s *Store) FS() fs.FS { return layered(s.layers) }

type layered []Layer

func (l layered) Open(name string) (fs.File, error) {
	var err error
	for _, layer := range l {
		var f fs.File
		f, err = layer.FS.Open(name)
		// A file that exists in a layer but cannot be opened (a link out of the override
		// folder) is an error, not a reason to fall back to the layer below.
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return f, err
		}
	}
	return nil, err
}
