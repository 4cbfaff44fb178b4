// Package output writes result files atomically: the new content goes to a temporary file
// beside the target and replaces it only when complete, so a failed build never leaves a
// half-written file and the previous output stays as it was. A target that cannot be
// written is the user's mistake: a diag.Diagnostic with the File code, naming the target.
package output

import (
	"fmt"
	"os"
	"path/filepath"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Check refuses, before any work is done, a target that is the input itself or a folder.
func Check(path, input string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fileError("“%s” là một thư mục: với -o hãy ghi tên tệp, ví dụ %s", path, filepath.Join(path, "van-ban.pdf"))
	}
	if input == "" {
		return nil
	}
	if a, err := os.Stat(path); err == nil {
		if b, err := os.Stat(input); err == nil && os.SameFile(a, b) {
			return fileError("tệp kết quả “%s” chính là tệp đầu vào: chọn tên khác với -o", path)
		}
	}
	return nil
}

// Write replaces path with data. It refuses to overwrite input, the file the data came from.
func Write(path string, data []byte, input string) error {
	if err := Check(path, input); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fileError("không ghi được vào thư mục “%s”: %s", dir, vn.FileError(err, vn.Writing))
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fileError("không ghi được “%s”: %s", path, vn.FileError(err, vn.Writing))
	}
	return nil
}

// fileError is a diagnostic of no place whose message names the target, so that the
// command line prints it as it always has ("vanban: …").
func fileError(format string, args ...any) error {
	return diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf(format, args...)}
}
