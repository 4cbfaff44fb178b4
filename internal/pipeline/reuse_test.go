package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"vanban/internal/diag"
	"vanban/templates"
)

// TestConcurrentBuilds: one Builder builds every example at once from many goroutines (go
// test -race), and each build gives the bytes a build alone gives.
func TestConcurrentBuilds(t *testing.T) {
	examples, err := filepath.Glob("../../data/*.yaml")
	if err != nil || len(examples) < 10 {
		t.Fatalf("examples: %v, %v", examples, err)
	}
	srcs, alone := map[string][]byte{}, map[string][]byte{}
	for _, path := range examples {
		srcs[path] = read(t, path)
		md, err := newBuilder(t).Markdown(path, srcs[path])
		if err != nil {
			t.Fatal(err)
		}
		alone[path] = md
	}
	pdfs := []string{seedData, stateData}
	alonePDF := map[string][]byte{}
	for _, path := range pdfs {
		alonePDF[path] = buildPDF(t, path)
	}
	shared := newBuilder(t)
	defer shared.Close()
	var wg sync.WaitGroup
	for range 3 {
		for _, path := range examples {
			wg.Go(func() {
				md, err := shared.MarkdownContext(t.Context(), InputOf(path, srcs[path]))
				if err != nil || !bytes.Equal(md, alone[path]) {
					t.Errorf("%s: concurrent Markdown differs from a build alone (error %v)", path, err)
				}
			})
		}
		for _, path := range pdfs {
			wg.Go(func() {
				out, err := shared.PDFContext(t.Context(), InputOf(path, srcs[path]))
				if err != nil || !bytes.Equal(out, alonePDF[path]) {
					t.Errorf("%s: concurrent PDF differs from a build alone (error %v)", path, err)
				}
			})
		}
	}
	wg.Wait()
}

// TestInputKind: the input says what it holds; the name is only for messages. InputOf
// keeps the command line's rule (IsData).
func TestInputKind(t *testing.T) {
	b := newBuilder(t)
	want, err := b.Markdown("x.yaml", plan("Nội dung."))
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.MarkdownContext(t.Context(), Input{Name: "yeu-cau-42", Src: plan("Nội dung."), Kind: DataInput})
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("data named without .yaml: %q, %v", got, err)
	}
	// The same Markdown, named like a data file, is still Markdown.
	doc, err := b.DocumentContext(t.Context(), Input{Name: "x.yaml", Src: want, Kind: MarkdownInput})
	if err != nil || doc.Meta.Symbol != "KH-UBND" {
		t.Errorf("Markdown named x.yaml: %v", err)
	}
	for name, kind := range map[string]InputKind{"a.yaml": DataInput, "A.YML": DataInput, "a.md": MarkdownInput, "a": MarkdownInput} {
		if in := InputOf(name, nil); in.Kind != kind || in.Name != name {
			t.Errorf("InputOf(%q) = %+v, want kind %v", name, in, kind)
		}
	}
}

// loopingTemplates makes a template folder whose kế hoạch template never ends.
func loopingTemplates(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ke-hoach.md.tmpl"), []byte(`{{ range 100000000000 }}{{ end }}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBuildCancelled: a build stops when its context is done, at once when it is done
// before, in the template when it is cancelled during the run; the error is the context's
// and no goroutine is left.
func TestBuildCancelled(t *testing.T) {
	b := newBuilder(t)
	done, cancel := context.WithCancel(t.Context())
	cancel()
	md, err := b.Markdown("x.yaml", plan("Nội dung."))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{InputOf("x.yaml", plan("Nội dung.")), InputOf("x.md", md)} {
		if _, err := b.PDFContext(done, in); !errors.Is(err, context.Canceled) || diag.IsUser(err) {
			t.Errorf("%s: error %v, want context.Canceled", in.Name, err)
		}
	}

	loop, err := New(Options{TemplateDir: loopingTemplates(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err = loop.PDFContext(ctx, InputOf("x.yaml", plan("Nội dung.")))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the build stopped %v after it began, the cancel came at 50ms", took)
	}
	for deadline := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines, %d before the build", runtime.NumGoroutine(), before)
		}
	}
}

// TestProfilePathNotCached: a profile given by path is read at every build, so an edit of
// the file shows in the next build of the same Builder.
func TestProfilePathNotCached(t *testing.T) {
	nd30, err := templates.FS.ReadFile("the-thuc/nd30.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rieng.yaml")
	if err := os.WriteFile(path, nd30, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{Profile: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Layout("x.yaml", plan("Nội dung.")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Replace(nd30, []byte("le_trai_mm: 30"), []byte("le_trai_mm: 300"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = b.Layout("x.yaml", plan("Nội dung."))
	if code, _ := diag.CodeOf(err); err == nil || code != diag.Profile || !strings.Contains(err.Error(), "lề trang lớn hơn khổ giấy") {
		t.Errorf("after the edit: %v (code %v), want the invalid profile", err, code)
	}
}

// TestUserErrorCodes: every mistake a user can make comes back as a diagnostic whose code
// a server can answer with.
func TestUserErrorCodes(t *testing.T) {
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "ke-hoach.md.tmpl"), []byte(`{{ .khong_co }}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
		src  []byte
		code diag.Code
	}{
		{"data", Options{}, bytes.Replace(plan("x"), []byte("luu:"), []byte("luuu:"), 1), diag.Input},
		{"system of the profile", Options{Profile: "hd36"}, plan("x"), diag.Input},
		{"unknown profile", Options{Profile: "nd31"}, plan("x"), diag.Profile},
		{"unreadable profile", Options{Profile: filepath.Join(broken, "khong-co.yaml")}, plan("x"), diag.File},
		{"template", Options{TemplateDir: broken}, plan("x"), diag.Template},
		{"template time", Options{TemplateDir: loopingTemplates(t), TemplateTime: 50 * time.Millisecond}, plan("x"), diag.Limit},
		{"template folder", Options{TemplateDir: filepath.Join(broken, "khong-co")}, nil, diag.File},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := New(tt.opts)
			if err == nil {
				defer b.Close()
				_, err = b.PDFContext(t.Context(), Input{Name: "x.yaml", Src: tt.src, Kind: DataInput})
			}
			if code, ok := diag.CodeOf(err); !ok || code != tt.code {
				t.Errorf("error %v: code %v (a diagnostic: %v), want %v", err, code, ok, tt.code)
			}
		})
	}
}
