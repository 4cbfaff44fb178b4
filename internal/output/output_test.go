package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kh.pdf")
	for _, content := range []string{"bản một", "bản hai"} {
		if err := Write(path, []byte(content), ""); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != content {
			t.Errorf("file holds %q, want %q", got, content)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want only kh.pdf (no temporary file left)", len(entries))
	}
}

func TestRefusals(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "vao.md")
	if err := os.WriteFile(in, []byte("gốc"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, path, input, want string }{
		{"the input itself", in, in, "chính là tệp đầu vào"},
		{"the input by another path", filepath.Join(dir, ".", "vao.md"), in, "chính là tệp đầu vào"},
		{"a folder", dir, in, "là một thư mục"},
		{"a missing folder", filepath.Join(dir, "khong-co", "x.pdf"), "", "thư mục không tồn tại"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := Write(c.path, []byte("mới"), c.input)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
			if code, ok := diag.CodeOf(err); !ok || code != diag.File || !strings.Contains(err.Error(), "“"+c.path) && !strings.Contains(err.Error(), "“"+filepath.Dir(c.path)) {
				t.Errorf("error %v (code %v, a diagnostic: %v), want a file diagnostic naming the target", err, code, ok)
			}
		})
	}
	if got, _ := os.ReadFile(in); string(got) != "gốc" {
		t.Errorf("the input was changed to %q", got)
	}
}
