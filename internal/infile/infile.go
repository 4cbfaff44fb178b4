// Package infile reads the files a command is given, safely: only regular files (a FIFO,
// a device such as /dev/zero, a folder or a socket is refused at once, never waited on or
// read forever), and no more than MaxSize bytes. Its errors are diag.Diagnostic values with
// the File or Limit code, naming the file, in Vietnamese.
package infile

import (
	"fmt"
	"io"
	"os"
	"syscall"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Error is a file that cannot be read: its Path, Why in Vietnamese, the Code a server maps
// to a 4xx, and the system's Err when there is one. It reads as a diag.Diagnostic too.
type Error struct {
	Path, Why string
	Code      diag.Code
	Err       error
}

func (e *Error) Error() string {
	return fmt.Sprintf("không đọc được tệp “%s”: %s", e.Path, e.Why)
}

// Unwrap gives the system's error (errors.Is(err, fs.ErrNotExist) …).
func (e *Error) Unwrap() error { return e.Err }

// As lets errors.As find a diag.Diagnostic in an Error.
func (e *Error) As(target any) bool {
	d, ok := target.(*diag.Diagnostic)
	if ok {
		*d = diag.Diagnostic{Code: e.Code, Message: e.Error()}
	}
	return ok
}

// MaxSize is the largest input file read, in bytes: far above any real document (the seed
// plan's data is 25 KB, a 40-page table under 1 MB). The command line may change it.
var MaxSize int64 = 32 << 20

// Read returns the content of the regular file at path (a link to one is followed).
func Read(path string) ([]byte, error) {
	// O_NONBLOCK: opening a FIFO for reading would wait for a writer; this way it opens at
	// once and is refused below. It changes nothing for a regular file.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &Error{Path: path, Why: vn.FileError(err, vn.Reading), Code: diag.File, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{Path: path, Why: vn.FileError(err, vn.Reading), Code: diag.File, Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: path, Why: "đây là " + vn.FileKind(info.Mode()) + ", không phải tệp thường", Code: diag.File}
	}
	if info.Size() > MaxSize {
		return nil, tooBig(path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, &Error{Path: path, Why: vn.FileError(err, vn.Reading), Code: diag.File, Err: err}
	}
	if int64(len(data)) > MaxSize { // it grew while being read
		return nil, tooBig(path)
	}
	return data, nil
}

func tooBig(path string) error {
	return &Error{Path: path, Code: diag.Limit, Why: fmt.Sprintf("tệp lớn hơn %d MB, không phải một văn bản "+
		"(nếu đúng là văn bản, tăng giới hạn bằng cờ -kich-thuoc-toi-da)", MaxSize>>20)}
}
