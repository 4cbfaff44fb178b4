package infile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vanban/internal/diag"
)

// TestRead: a regular file and a link to one are read; a FIFO, a device, a link to a
// device, a folder and a file over the size limit are refused at once, with the file named.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "kh.yaml")
	if err := os.WriteFile(ok, []byte("he_thong: dang\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "lk.yaml")
	fifo := filepath.Join(dir, "ong.yaml")
	zero := filepath.Join(dir, "zero.yaml")
	big := filepath.Join(dir, "lon.yaml")
	for _, err := range []error{os.Symlink(ok, link), syscall.Mkfifo(fifo, 0o644), os.Symlink("/dev/zero", zero),
		os.WriteFile(big, make([]byte, 2048), 0o644)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{ok, link} {
		if got, err := Read(p); err != nil || string(got) != "he_thong: dang\n" {
			t.Errorf("%s: %q %v", p, got, err)
		}
	}
	defer func(m int64) { MaxSize = m }(MaxSize)
	MaxSize = 1024
	for _, c := range []struct {
		path, want string
		code       diag.Code
	}{
		{fifo, "đường ống FIFO, không phải tệp thường", diag.File},
		{zero, "thiết bị", diag.File},
		{dir, "thư mục", diag.File},
		{big, "lớn hơn", diag.Limit},
		{filepath.Join(dir, "khong-co.yaml"), "không có tệp này", diag.File},
	} {
		start := time.Now()
		_, err := Read(c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: error %v, want %q", c.path, err, c.want)
		}
		if code, _ := diag.CodeOf(err); code != c.code {
			t.Errorf("%s: code %v, want %v", c.path, code, c.code)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: took %v", c.path, d)
		}
	}
}
