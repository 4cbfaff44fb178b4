package vn_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"vanban/internal/vn"
)

func TestFileError(t *testing.T) {
	dir := t.TempDir()
	_, missing := os.ReadFile(filepath.Join(dir, "khong-co.yaml"))
	_, folder := os.ReadFile(dir)
	for _, c := range []struct {
		err  error
		a    vn.Access
		want string
	}{
		{missing, vn.Reading, "không có tệp này"},
		{missing, vn.Writing, "thư mục không tồn tại"},
		{folder, vn.Reading, "đây là một thư mục, không phải tệp"},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}, vn.Reading, "không có quyền đọc"},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}, vn.Writing, "không có quyền ghi"},
		{&fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, vn.Writing, "ổ đĩa đã đầy"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, vn.Writing, "ổ đĩa chỉ đọc"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.ELOOP}, vn.Reading, syscall.ELOOP.Error()},
		{fmt.Errorf("khác"), vn.Reading, "khác"},
	} {
		if got := vn.FileError(c.err, c.a); got != c.want {
			t.Errorf("FileError(%v, %d) = %q, want %q", c.err, c.a, got, c.want)
		}
	}
}
