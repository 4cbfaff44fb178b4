package fonts

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"vanban/internal/layout"
)

func writeFonts(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadDir(t *testing.T) {
	all := map[string][]byte{
		"a.ttf": liberationserifbolditalic.TTF, "b.TTF": liberationserifregular.TTF,
		"c.ttf": liberationserifitalic.TTF, "d.ttf": liberationserifbold.TTF, "ghi-chu.txt": []byte("x"),
	}
	set, err := LoadDir(writeFonts(t, all))
	if err != nil {
		t.Fatal(err)
	}
	if set.Name() != "Liberation Serif" {
		t.Errorf("family %q", set.Name())
	}
	// Styles come from the fonts, not the file names or their order.
	want := map[layout.Font][]byte{layout.Regular: liberationserifregular.TTF, layout.Bold: liberationserifbold.TTF,
		layout.Italic: liberationserifitalic.TTF, layout.BoldItalic: liberationserifbolditalic.TTF}
	for f, data := range want {
		if !bytes.Equal(set.Face(f).Data, data) {
			t.Errorf("style %s got the wrong file", f)
		}
	}

	for _, c := range []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"three styles", map[string][]byte{"a.ttf": liberationserifregular.TTF, "b.ttf": liberationserifbold.TTF, "c.ttf": liberationserifitalic.TTF},
			"thiếu kiểu chữ: đậm nghiêng"},
		{"twice bold", map[string][]byte{"a.ttf": liberationserifbold.TTF, "b.ttf": liberationserifbold.TTF}, "hai tệp kiểu đậm"},
		{"not a font", map[string][]byte{"a.ttf": []byte("không phải phông")}, "a.ttf"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadDir(writeFonts(t, c.files))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
	if _, err := LoadDir(filepath.Join(t.TempDir(), "khong-co")); err == nil {
		t.Error("a missing folder loaded")
	}
}
