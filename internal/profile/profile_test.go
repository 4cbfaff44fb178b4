package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/templates"
)

func TestBuiltinProfiles(t *testing.T) {
	names, err := Builtin(templates.FS)
	if err != nil || strings.Join(names, ",") != "hd36,nd30" {
		t.Fatalf("Builtin = %v, %v", names, err)
	}
	for _, c := range []struct {
		name   string
		system model.System
		number string
		body   float64
	}{
		{"hd36", model.Party, "Số {so}-{ky_hieu}", 14},
		{"nd30", model.State, "Số: {so}/{ky_hieu}", 14},
	} {
		p, err := Load(templates.FS, c.name)
		if err != nil {
			t.Fatal(err)
		}
		if p.System != c.system || p.Header.NumberFormat != c.number || p.Body.Style.Size != c.body ||
			p.Page.LeftMM != 30 || p.Page.RightMM != 15 || p.Page.WidthMM != 210 || p.Page.HeightMM != 297 {
			t.Errorf("%s: %+v", c.name, p.Page)
		}
		if For(c.system) != c.name {
			t.Errorf("For(%s) = %s", c.system, For(c.system))
		}
	}
}

// TestProfileErrors: a profile file with a typo, a missing size or an unknown name is
// refused with a message that says what is wrong.
func TestProfileErrors(t *testing.T) {
	nd30, err := templates.FS.ReadFile("the-thuc/nd30.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name, from, to, want string
	}{
		{"typo", "  dong_pt: 17\n", "  dong_ptt: 17\n", "trường “dong_ptt” không tồn tại"},
		{"size zero", "  so: {co_chu: 13}", "  so: {co_chu: 0}", "dau_van_ban.so.co_chu là 0"},
		{"no motto size", "      kieu: {co_chu: 13, dam: true}", "      kieu: {dam: true}", "dau_van_ban.quoc_hieu[0].kieu.co_chu là 0"},
		{"margins", "  le_trai_mm: 30", "  le_trai_mm: 300", "lề trang lớn hơn khổ giấy"},
		{"system", "he_thong: nha_nuoc", "he_thong: ca_hai", "he_thong phải là"},
		{"alignment with marks", "  kieu: {co_chu: 14, can_le: deu, thut_dau_dong: true}\n  dong_pt: 17", "  kieu: {co_chu: 14, can_le: đều, thut_dau_dong: true}\n  dong_pt: 17", "noi_dung.kieu.can_le là “đều”"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(string(nd30), c.from, c.to, 1)
			if src == string(nd30) {
				t.Fatalf("%q not in nd30.yaml", c.from)
			}
			path := filepath.Join(dir, c.name+".yaml")
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(templates.FS, path)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
			if code, ok := diag.CodeOf(err); !ok || code != diag.Profile {
				t.Errorf("code %v (a diagnostic: %v), want profile", code, ok)
			}
		})
	}
	missing := filepath.Join(dir, "khong-co.yaml")
	for _, c := range []struct {
		name, want string
		code       diag.Code
	}{
		{"nd31", "không có thể thức “nd31” (có sẵn: hd36, nd30)", diag.Profile},
		{missing, "không đọc được thể thức “" + missing + "”: không có tệp này", diag.File},
		{dir + "/", "không đọc được thể thức “" + dir + "/”: đây là một thư mục, không phải tệp thường", diag.File},
	} {
		_, err := Load(templates.FS, c.name)
		if code, ok := diag.CodeOf(err); err == nil || err.Error() != c.want || !ok || code != c.code {
			t.Errorf("Load(%q) = %v (code %v), want %q (code %v)", c.name, err, code, c.want, c.code)
		}
	}
}
