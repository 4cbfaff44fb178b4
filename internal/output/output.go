// Package output decides where results go and writes them atomically: the new content goes
// to a temporary file beside the target and replaces it only when complete, so a failed
// build never leaves a half-written file and the previous output stays as it was. It never
// replaces what is not a regular file (a device, a FIFO, a folder) nor one of the command's
// inputs; the temporary files of an interrupted run are removed (RemoveTemps, and by the
// next run in that folder). A target that cannot be
// written is the user's mistake: a diag.Diagnostic with the File code, naming the target.
package output

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Check refuses, before any work is done, a target that vanban must not write: a folder,
// a device, a FIFO or a socket (replacing it by a regular file would break the system
// that owns it), a link to anything but a regular file, and any of the command's inputs
// (a link or another path to one included).
func Check(path string, inputs ...string) error {
	_, err := resolve(path, inputs)
	return err
}

// resolve is where path is written: path itself, or the regular file a link at path
// points to (the link is kept and its target replaced).
func resolve(path string, inputs []string) (string, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return path, nil // a new file
	}
	target := path
	if info.Mode()&os.ModeSymlink != 0 {
		t, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", fileError("“%s” là liên kết tới một tệp không có (%s): xóa liên kết hoặc chọn tên khác với -o", path, vn.FileError(err, vn.Reading))
		}
		if info, err = os.Stat(t); err != nil {
			return "", fileError("không đọc được “%s”: %s", t, vn.FileError(err, vn.Reading))
		}
		target = t
	}
	switch mode := info.Mode(); {
	case mode.IsDir():
		return "", fileError("“%s” là một thư mục: với -o hãy ghi tên tệp, ví dụ %s", path, filepath.Join(path, "van-ban.pdf"))
	case !mode.IsRegular():
		return "", fileError("“%s” không phải tệp thường (%s): vanban chỉ ghi đè tệp thường — chọn tên tệp khác, hoặc -o - để ghi ra màn hình", path, vn.FileKind(mode))
	}
	for _, in := range inputs {
		if in == "" {
			continue
		}
		if b, err := os.Stat(in); err == nil && os.SameFile(info, b) {
			return "", fileError("tệp kết quả “%s” chính là tệp đầu vào “%s”: chọn tên khác với -o", path, in)
		}
	}
	return target, nil
}

// tempPattern names vanban's temporary files: short, so that a target name near the
// system's limit still has a temporary beside it, and recognisable, so that those left by
// a run that was killed are removed by a later one.
const tempPattern = ".vanban-*.tmp"

// staleAfter is the age past which a temporary file of vanban's is left from a dead run:
// no write takes that long, so a concurrent run's file is never taken.
const staleAfter = time.Hour

// pending are the temporary files being written, removed by RemoveTemps on a signal.
var pending sync.Map

// RemoveTemps removes the temporary files of writes under way: the command line calls it
// when it is interrupted (SIGINT, SIGTERM), so that no half file is left.
func RemoveTemps() {
	pending.Range(func(k, _ any) bool {
		os.Remove(k.(string))
		pending.Delete(k)
		return true
	})
}

// Write replaces path with data, atomically, refusing what Check refuses. A link to a
// regular file keeps being a link: its target is replaced.
func Write(path string, data []byte, inputs ...string) error {
	target, err := resolve(path, inputs)
	if err != nil {
		return err
	}
	dir := filepath.Dir(target)
	removeStale(dir)
	tmp, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return fileError("không ghi được vào thư mục “%s”: %s", dir, vn.FileError(err, vn.Writing))
	}
	name := tmp.Name()
	pending.Store(name, true)
	defer pending.Delete(name)
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, target)
	}
	if err != nil {
		os.Remove(name)
		return fileError("không ghi được “%s”: %s", path, vn.FileError(err, vn.Writing))
	}
	return nil
}

// removeStale removes, from dir, the temporary files of vanban's that a killed run left.
func removeStale(dir string) {
	old, _ := filepath.Glob(filepath.Join(dir, tempPattern))
	for _, f := range old {
		if info, err := os.Lstat(f); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleAfter {
			os.Remove(f)
		}
	}
}

// fileError is a diagnostic of no place whose message names the target, so that the
// command line prints it as it always has ("vanban: …").
func fileError(format string, args ...any) error {
	return diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf(format, args...)}
}
