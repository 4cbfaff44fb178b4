package tmpl_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"vanban/internal/diag"
	"vanban/internal/tmpl"
)

// TestFindReadsOnce: a store reads a template and the partials once; removing the files
// afterwards changes nothing, and the parsed set is reused.
func TestFindReadsOnce(t *testing.T) {
	s, dir := newStore(t, nil, map[string]string{
		"ke-hoach.md.tmpl": `{{ template "partials/a.tmpl" . }}`,
		"partials/a.tmpl":  `phần {{ .x }}`,
	})
	src, err := s.Find("ke_hoach", "dang")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Execute(src, map[string]any{"x": 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	again, err := s.Find("ke_hoach", "dang")
	if err != nil || again.Text != src.Text {
		t.Fatalf("Find after the files were removed = %q, %v", again.Text, err)
	}
	out, err := s.Execute(again, map[string]any{"x": 2})
	if err != nil || string(out) != "phần 2" {
		t.Errorf("Execute after the files were removed = %q, %v", out, err)
	}
}

// TestClose: Close releases the override folder; what was read stays usable, what was not
// cannot be read any more.
func TestClose(t *testing.T) {
	s, _ := newStore(t, nil, map[string]string{"ke-hoach.md.tmpl": "kế hoạch", "bao-cao.md.tmpl": "báo cáo"})
	src, err := s.Find("ke_hoach", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Execute(src, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if out, err := s.Execute(src, nil); err != nil || string(out) != "kế hoạch" {
		t.Errorf("Execute after Close = %q, %v", out, err)
	}
	if _, err := s.Find("bao_cao", ""); err == nil {
		t.Error("a file not read before Close was read after it")
	}
	if plain, _ := newStore(t, nil, nil); plain.Close() != nil {
		t.Error("Close without a folder failed")
	}
}

// TestExecuteConcurrent runs one template from many goroutines at once (go test -race):
// each run sees its own data and writes its own output, limits included.
func TestExecuteConcurrent(t *testing.T) {
	s, _ := newStore(t, map[string]string{
		"ke-hoach.md.tmpl":   `{{ range .ds }}{{ template "partials/dong.tmpl" . }}{{ end }}`,
		"partials/dong.tmpl": `{{ la_ma . }};`,
	}, nil)
	s.MaxOutput = 1 << 10
	roman := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII"}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 64 {
		wg.Go(func() {
			src, err := s.Find("ke_hoach", "dang")
			if err != nil {
				errs <- err
				return
			}
			n := i%8 + 1
			if i%16 == 15 {
				n = 1000 // past MaxOutput
			}
			ds := make([]any, n)
			var want strings.Builder
			for j := range ds {
				ds[j] = j%8 + 1
				want.WriteString(roman[j%8] + ";")
			}
			out, err := s.Execute(src, map[string]any{"ds": ds})
			switch {
			case n == 1000:
				if code, _ := diag.CodeOf(err); code != diag.Limit {
					errs <- fmt.Errorf("run %d: error %v, want the output limit", i, err)
				}
			case err != nil || string(out) != want.String():
				errs <- fmt.Errorf("run %d: %q, %v; want %q", i, out, err, want.String())
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// waitGoroutines waits until no more goroutines run than before, and fails if some stay.
func waitGoroutines(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines, %d before the run:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestExecuteTimeoutLeavesNoGoroutine: a template past its time stops running, not only
// waiting: once Execute has returned, no goroutine is left (it used to run on until the
// process ended), for a loop in the template, in a partial, or in a template it defines.
func TestExecuteTimeoutLeavesNoGoroutine(t *testing.T) {
	for name, text := range map[string]string{
		"range":              `{{ range 100000000000 }}{{ end }}`,
		"nested range":       `{{ range 1000000 }}{{ range 1000000 }}{{ end }}{{ end }}`,
		"range in a define":  `{{ define "lap" }}{{ range . }}{{ end }}{{ end }}{{ template "lap" 100000000000 }}`,
		"range in a partial": `{{ template "partials/lap.tmpl" 100000000000 }}`,
		"range in with":      `{{ with 1 }}{{ range 100000000000 }}{{ if true }}{{ end }}{{ end }}{{ end }}`,
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := newStore(t, map[string]string{"partials/lap.tmpl": `{{ range . }}{{ end }}`}, nil)
			s.MaxTime = 100 * time.Millisecond
			before := runtime.NumGoroutine()
			start := time.Now()
			_, err := s.Execute(tmpl.Source{Path: "lap.md.tmpl", Layer: embeddedLayer, Text: text}, nil)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("Execute returned after %v, limit 100ms", took)
			}
			if code, ok := diag.CodeOf(err); !ok || code != diag.Limit || !strings.Contains(err.Error(), "mẫu chạy quá 100ms (giới hạn thời gian)") {
				t.Errorf("error %v (code %v), want the time limit", err, code)
			}
			waitGoroutines(t, before)
		})
	}
}

// TestExecuteContextCancel: a run stops when its context is cancelled; the error is the
// context's, not a user's mistake.
func TestExecuteContextCancel(t *testing.T) {
	s, _ := newStore(t, nil, nil)
	src := tmpl.Source{Path: "lap.md.tmpl", Layer: embeddedLayer, Text: `{{ range 100000000000 }}x{{ end }}`}
	s.MaxOutput = 1 << 40
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := s.ExecuteContext(ctx, src, nil)
	if !errors.Is(err, context.Canceled) || diag.IsUser(err) {
		t.Errorf("error %v, want context.Canceled and no user's mistake", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Execute returned %v after the cancel", took)
	}
	// A context already done stops the run before it starts.
	_, err = s.ExecuteContext(ctx, tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer, Text: "chữ"}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("done context: error %v, want context.Canceled", err)
	}
	waitGoroutines(t, before)
}

// TestTicksInvisible: the ticks write nothing and no template can call their function.
func TestTicksInvisible(t *testing.T) {
	s, _ := newStore(t, map[string]string{"partials/p.tmpl": `[{{ range . }}{{ . }}{{ end }}]`}, nil)
	src := tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer,
		Text: `{{ define "d" }}<{{ . }}>{{ end }}{{ range $i, $v := .l }}{{ if $i }},{{ end }}{{ template "d" $v }}{{ else }}trống{{ end }}{{ template "partials/p.tmpl" .l }}{{ range 0 }}x{{ else }}không{{ end }}`}
	out, err := s.Execute(src, map[string]any{"l": []any{1, 2}})
	if want := "<1>,<2>[12]không"; err != nil || string(out) != want {
		t.Errorf("Execute = %q, %v; want %q", out, err, want)
	}
	err = s.Parse(tmpl.Source{Path: "x.md.tmpl", Layer: embeddedLayer, Text: `{{ vanban_tick }}`})
	if code, _ := diag.CodeOf(err); err == nil || code != diag.Template || !strings.Contains(err.Error(), "hàm “vanban_tick” không có") {
		t.Errorf("a template calling the tick: %v", err)
	}
}

// TestErrorCodes: every error of the store is a diagnostic with its code, and names the
// file or folder it concerns.
func TestErrorCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "khong-co")
	_, err := tmpl.New(mapFS(nil), missing)
	if code, ok := diag.CodeOf(err); !ok || code != diag.File || err.Error() != "không mở được thư mục mẫu “"+missing+"”: không có thư mục này" {
		t.Errorf("New: %v (code %v)", err, code)
	}
	s, _ := newStore(t, map[string]string{"loi.md.tmpl": "{{ if }}", "dung.md.tmpl": "{{ .khong_co }}"}, nil)
	_, err = s.Find("khong_co", "dang")
	if code, ok := diag.CodeOf(err); !ok || code != diag.Template {
		t.Errorf("Find: %v (code %v)", err, code)
	}
	for kind, want := range map[string]string{"loi": "templates/loi.md.tmpl:1:", "dung": "templates/dung.md.tmpl:1:"} {
		src, err := s.Find(kind, "")
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Execute(src, map[string]any{})
		if code, ok := diag.CodeOf(err); !ok || code != diag.Template || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %v (code %v), want a template diagnostic at %s", kind, err, code, want)
		}
	}
}

// TestDoublingBounded: a template that doubles a string in a loop stops at the output
// limit with its diagnostic, long before the memory is full.
func TestDoublingBounded(t *testing.T) {
	for name, text := range map[string]string{
		"printf":  `{{ $s := "ab" }}{{ range 64 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ $s }}`,
		"print":   `{{ $s := "ab" }}{{ range 64 }}{{ $s = print $s $s }}{{ end }}{{ $s }}`,
		"println": `{{ $s := "ab" }}{{ range 64 }}{{ $s = println $s $s }}{{ end }}{{ $s }}`,
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := newStore(t, nil, nil)
			s.MaxOutput = 1 << 20
			_, err := s.Execute(tmpl.Source{Path: "gap-doi.md.tmpl", Layer: embeddedLayer, Text: text}, nil)
			if code, ok := diag.CodeOf(err); !ok || code != diag.Limit || !strings.Contains(err.Error(), "giới hạn kích thước đầu ra") {
				t.Errorf("error %v, want the output limit", err)
			}
		})
	}
}
