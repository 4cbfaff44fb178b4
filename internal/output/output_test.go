package output

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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

// TestNeverReplacesSpecialFiles: a device, a FIFO or a link to one is refused and left as
// it is; a link to a regular file stays a link and its target gets the new content.
func TestNeverReplacesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ong")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	devLink := filepath.Join(dir, "null.pdf")
	if err := os.Symlink(os.DevNull, devLink); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "mat.pdf")
	if err := os.Symlink(filepath.Join(dir, "khong-co.pdf"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, path, want string }{
		{"a device", os.DevNull, "thiết bị"},
		{"a FIFO", fifo, "FIFO"},
		{"a link to a device", devLink, "thiết bị"},
		{"a dangling link", dangling, "liên kết tới một tệp không có"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.Lstat(c.path)
			err := Write(c.path, []byte("mới"))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if after, _ := os.Lstat(c.path); after == nil || after.Mode() != before.Mode() {
				t.Errorf("%s was replaced", c.path)
			}
		})
	}
	real := filepath.Join(dir, "that.pdf")
	link := filepath.Join(dir, "lien-ket.pdf")
	if err := os.WriteFile(real, []byte("cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("mới")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(real); string(got) != "mới" {
		t.Errorf("the link's target holds %q", got)
	}
}

// TestLongNamesAndStaleTemps: a name of 250 bytes is written (the temporary file's name is
// short); a temporary file of vanban's left by a killed run is removed by the next write in
// its folder, a recent one (a run under way) is not.
func TestLongNamesAndStaleTemps(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, strings.Repeat("a", 246)+".pdf")
	if err := Write(long, []byte("x")); err != nil {
		t.Fatalf("long name: %v", err)
	}
	stale := filepath.Join(dir, ".vanban-123.tmp")
	fresh := filepath.Join(dir, ".vanban-456.tmp")
	for _, f := range []string{stale, fresh} {
		if err := os.WriteFile(f, []byte("nửa"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleAfter)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "kh.pdf"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale temporary file is left")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a recent temporary file (another run's) was removed")
	}
}

// TestRemoveTemps: what is being written when the command is interrupted is removed.
func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	tmp := filepath.Join(dir, ".vanban-789.tmp")
	if err := os.WriteFile(tmp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	pending.Store(tmp, true)
	RemoveTemps()
	if _, err := os.Stat(tmp); err == nil {
		t.Error("the temporary file of a write under way is left")
	}
}

// TestInputsAreNeverTargets: every input of a command is refused as its output.
func TestInputsAreNeverTargets(t *testing.T) {
	dir := t.TempDir()
	plan, units := filepath.Join(dir, "ke-hoach.yaml"), filepath.Join(dir, "don-vi.yaml")
	for _, f := range []string{plan, units} {
		if err := os.WriteFile(f, []byte("gốc"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(units, []byte("mới"), plan, units); err == nil || !strings.Contains(err.Error(), "chính là tệp đầu vào") {
		t.Errorf("error %v", err)
	}
}
