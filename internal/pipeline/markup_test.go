package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/yamlfile"
)

// TestDataMarkup: each data file in testdata/du-lieu-markdown has, next to it, the
// diagnostics dataMarkup gives it, errors then warnings, one a line as "line:col: severity:
// message" (an empty file: none), each with a hint.
func TestDataMarkup(t *testing.T) {
	files, _ := filepath.Glob("testdata/du-lieu-markdown/*.yaml")
	if len(files) == 0 {
		t.Fatal("no case in testdata/du-lieu-markdown")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			file, err := yamlfile.Parse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			errs, warns := dataMarkup(file, src)
			var got strings.Builder
			for _, d := range append(errs, warns...) {
				fmt.Fprintf(&got, "%d:%d: %s: %s\n", d.Line, d.Col, d.Severity, d.Message)
				if d.Hint == "" || d.File != path {
					t.Errorf("diagnostic without hint or file: %#v", d)
				}
			}
			if got.String() != string(want) {
				t.Errorf("got\n%swant\n%s", got.String(), want)
			}
		})
	}
}

// TestDataMarkupBuilds: a data file with emphasis, footnotes and typed numbers builds;
// the model has the runs in bold and italics, the notes, and the numbers as typed. One
// with a footnote problem does not build, and says so at the data file's line.
func TestDataMarkupBuilds(t *testing.T) {
	b := newBuilder(t)
	path := "testdata/du-lieu-markdown/dung.yaml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := b.Document(path, src)
	if err != nil {
		t.Fatal(err)
	}
	var dump strings.Builder
	if err := doc.Dump(&dump); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"P Thực hiện *Kết luận số 81-KL/TW*[^1], Ủy ban",
		"P 1.1. **Giữ vững** ổn định; báo cáo *(nếu có)*; ***đậm nghiêng***; 2 * 3 = 6; giá *tham khảo*.",
		"P 1.2. Tiếp theo[^2].", "P 1.3. Số 1.3. tự đánh.",
		"[^1]: Kết luận số 81-KL/TW ngày 29/7/2020 của *Bộ Chính trị*.", "[^2]: Nguồn: Sở Nội vụ."} {
		if !strings.Contains(dump.String(), want) {
			t.Errorf("model lacks %q:\n%s", want, dump.String())
		}
	}
	if _, err := b.PDF(path, src); err != nil {
		t.Fatal(err)
	}
	bad := "testdata/du-lieu-markdown/chu-thich-thieu-loi.yaml"
	if src, err = os.ReadFile(bad); err != nil {
		t.Fatal(err)
	}
	_, err = b.Markdown(bad, src)
	if err == nil || !strings.Contains(err.Error(), bad+":11:54: lỗi: chú thích “[^2]” chưa có lời chú thích") {
		t.Errorf("error %v, want the note without a text at the data file's line", err)
	}
	// A note of spaces only would print its number with nothing at the foot.
	blank := strings.Replace(string(src), `"1": "Nguồn: Sở Nội vụ."`, `"1": "  "`, 1)
	_, err = b.Markdown(bad, []byte(blank))
	if err == nil || !strings.Contains(err.Error(), bad+":17:8: lỗi: lời chú thích “[^1]” trống") {
		t.Errorf("error %v, want the empty note at the data file's line", err)
	}
}
