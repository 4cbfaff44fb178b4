package vn

import (
	"errors"
	"io/fs"
	"syscall"
)

// Access is what was being done with a file when the system refused.
type Access int

// The accesses: a missing path or a refused permission reads differently for each.
const (
	Reading Access = iota
	Writing
	// Listing is reading a folder (templates, fonts).
	Listing
)

// FileError says in Vietnamese why a file could not be read or written, for the causes an
// office meets (no such file, no permission, a folder, a full or read-only disk). Other
// causes keep the system's own words, without the path the caller names anyway.
func FileError(err error, a Access) string {
	switch {
	case errors.Is(err, fs.ErrNotExist) && a == Listing:
		return "không có thư mục này"
	case errors.Is(err, fs.ErrNotExist) && a == Reading:
		return "không có tệp này"
	case errors.Is(err, fs.ErrNotExist):
		return "thư mục không tồn tại"
	case errors.Is(err, fs.ErrPermission) && a != Writing:
		return "không có quyền đọc"
	case errors.Is(err, fs.ErrPermission):
		return "không có quyền ghi"
	case errors.Is(err, syscall.EISDIR):
		return "đây là một thư mục, không phải tệp"
	case errors.Is(err, syscall.EROFS):
		return "ổ đĩa chỉ đọc"
	case errors.Is(err, syscall.ENOSPC):
		return "ổ đĩa đã đầy"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// FileKind names, in Vietnamese, a file that is not a regular file: what a command meets when
// it is given a folder, a device or a FIFO where it reads or writes a document.
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "một thư mục"
	case m&fs.ModeDevice != 0:
		return "một thiết bị"
	case m&fs.ModeNamedPipe != 0:
		return "một đường ống FIFO"
	case m&fs.ModeSocket != 0:
		return "một socket"
	}
	return "một tệp đặc biệt"
}
