package batch

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// A period's folder is always the whole of one run. A run builds into a fresh sibling
// folder (.<ky>.dang-dung-*), writes the manifest there, and only then swaps it with the
// previous folder in one step (renameat2 RENAME_EXCHANGE): a run killed at any point
// leaves the previous complete folder, and a unit that has caught up since keeps no old
// reminder. A lock beside the folder (.<ky>.khoa) keeps two runs of one period apart.

// ManifestFile lists what a run built: one line a file with its SHA-256, unit and kind.
const ManifestFile = "danh-sach.tsv"

// lock takes the period folder's lock, or says that another run holds it.
func lock(dir string) (release func(), err error) {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không tạo được thư mục kết quả “%s”: %s", parent, vn.FileError(err, vn.Writing))}
	}
	path := filepath.Join(parent, "."+filepath.Base(dir)+".khoa")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không tạo được tệp khóa “%s”: %s", path, vn.FileError(err, vn.Writing))}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, diag.Diagnostic{Code: diag.Limit, Message: fmt.Sprintf(
				"một lần chạy khác đang dựng “%s”: chờ lần đó xong rồi chạy lại (tệp khóa %s)", dir, path)}
		}
		return nil, diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không khóa được “%s”: %v", path, err)}
	}
	return func() { f.Close() }, nil
}

// stage makes the fresh folder a run builds into, after removing those that killed runs
// left (the lock is held: no other run is using one).
func stage(dir string) (string, error) {
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	old, _ := filepath.Glob(filepath.Join(parent, "."+base+".dang-dung-*"))
	for _, o := range old {
		os.RemoveAll(o)
	}
	s, err := os.MkdirTemp(parent, "."+base+".dang-dung-*")
	if err != nil {
		return "", diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf("không tạo được thư mục kết quả trong “%s”: %s", parent, vn.FileError(err, vn.Writing))}
	}
	if err := os.Chmod(s, 0o755); err != nil {
		return "", err
	}
	return s, nil
}

// swap puts the staged folder in dir's place in one step, and removes the previous one.
func swap(staged, dir string) error {
	err := unix.Renameat2(unix.AT_FDCWD, staged, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return os.RemoveAll(staged) // it now holds the previous run
	case errors.Is(err, unix.ENOENT):
		// No previous run: a plain rename is atomic.
		return os.Rename(staged, dir)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		// A file system without the exchange: move the previous run aside first. A kill
		// between the two renames leaves it there, under a name that says so.
		aside := staged + ".cu"
		if err := os.Rename(dir, aside); err != nil {
			return err
		}
		if err := os.Rename(staged, dir); err != nil {
			os.Rename(aside, dir)
			return err
		}
		return os.RemoveAll(aside)
	}
	return err
}

// manifest writes the list of the run's files into the staged folder.
func manifest(staged string, jobs []Job, sum *Summary) error {
	var b strings.Builder
	b.WriteString("tệp\tsha256\tđơn vị\tloại\n")
	for i, r := range sum.Results {
		for _, f := range r.Files {
			data, err := os.ReadFile(filepath.Join(staged, filepath.Base(f)))
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "%s\t%x\t%s\t%s\n", filepath.Base(f), sha256.Sum256(data), jobs[i].Unit, jobs[i].Kind)
		}
		if r.Err != nil {
			fmt.Fprintf(&b, "%s\tlỗi\t%s\t%s\n", r.Job, jobs[i].Unit, jobs[i].Kind)
		}
	}
	return os.WriteFile(filepath.Join(staged, ManifestFile), []byte(b.String()), 0o644)
}
