package fonts

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/image/font/sfnt"

	"vanban/internal/diag"
	"vanban/internal/infile"
	"vanban/internal/layout"
	"vanban/internal/vn"
)

// LoadDir reads an office's own typeface from a folder: four TrueType files (.ttf), one a
// style, told apart by the bold and italic bits the fonts declare (head.macStyle). Each
// file must pass Check. The folder may hold other files; two files of one style are an error.
func LoadDir(dir string) (*Set, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fileError("không đọc được thư mục phông “%s”: %s", dir, vn.FileError(err, vn.Listing))
	}
	var files [4][]byte
	var names [4]string
	family := ""
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".ttf") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := infile.Read(path)
		if err != nil {
			return nil, err
		}
		if err := Check(e.Name(), data); err != nil {
			return nil, err
		}
		style, fam, err := describe(data)
		if err != nil {
			return nil, fmt.Errorf("phông “%s”: %w", path, err)
		}
		if names[style] != "" {
			return nil, fmt.Errorf("thư mục phông “%s” có hai tệp kiểu %s: %s và %s", dir, style, names[style], e.Name())
		}
		files[style], names[style] = data, e.Name()
		if family == "" {
			family = fam
		}
	}
	var missing []string
	for f, n := range names {
		if n == "" {
			missing = append(missing, layout.Font(f).String())
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("thư mục phông “%s” thiếu kiểu chữ: %s (cần đủ bốn tệp .ttf: thường, đậm, nghiêng, đậm nghiêng)",
			dir, strings.Join(missing, ", "))
	}
	return NewSet(family, files)
}

// describe reads a font's style from head.macStyle (bit 0 bold, bit 1 italic) and its
// family name.
func describe(data []byte) (layout.Font, string, error) {
	t, err := tableDirectory(data)
	if err != nil {
		return 0, "", err
	}
	head, ok := t["head"]
	if !ok || len(head) < 46 {
		return 0, "", fmt.Errorf("phông không có bảng head")
	}
	style := binary.BigEndian.Uint16(head[44:])
	f, err := sfnt.Parse(data)
	if err != nil {
		return 0, "", err
	}
	family, err := f.Name(nil, sfnt.NameIDFamily)
	if err != nil || family == "" {
		family = "phông riêng"
	}
	return layout.FontFor(style&1 != 0, style&2 != 0), family, nil
}

// fileError is a font file or folder that cannot be read: the office's mistake, not a bug.
func fileError(format string, args ...any) error {
	return diag.Diagnostic{Code: diag.File, Message: fmt.Sprintf(format, args...)}
}
