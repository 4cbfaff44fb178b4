package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/vn"
)

// TestLoad reads the bundled folder for a period: the summary is of that period and the
// warnings are the period's own (Bá Thước's October file came 7 days late; November's
// warnings do not repeat it).
func TestLoad(t *testing.T) {
	const book = "../../data/tien-do/theo-doi.yaml"
	for _, c := range []struct {
		ky   string
		late bool
	}{{"2024-10", true}, {"2024-11", false}} {
		f, err := Load(book, c.ky, vn.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if f.Period.String() != c.ky || f.Summary.Period != f.Period || f.File != book || f.Book == nil || len(f.Broken) != 0 {
			t.Errorf("%s: folder %+v", c.ky, f)
		}
		if got := strings.Contains(f.Warnings.Error(), "huyen-uy-ba-thuoc.yaml:8:11: cảnh báo: gửi muộn 7 ngày"); got != c.late {
			t.Errorf("%s: the late warning %v, want %v:\n%v", c.ky, got, c.late, f.Warnings)
		}
	}
	for _, c := range []struct {
		book, ky string
		date     vn.Date
		want     string
	}{
		{book, "2024-Q4", vn.Date{}, "có phải ý bạn là “2024-quy-4”"},
		{"khong-co/theo-doi.yaml", "2024-11", vn.Date{}, "không đọc được tệp: không có tệp này"},
		{book, "2024-05", vn.Date{}, "kỳ tháng 5 năm 2024 nằm ngoài thời gian theo dõi kế hoạch (từ tháng 7 năm 2024 đến tháng 12 năm 2025)"},
		{book, "2026-01", vn.Date{}, "nằm ngoài thời gian theo dõi"},
		{book, "2024-12", vn.Date{}, "chưa có thư mục của kỳ tháng 12 năm 2024 (“2024-12”)"},
		{book, "2024-quy-4", vn.Date{Year: 2025, Month: 1, Day: 6}, ""}, // its months' folders
		{book, "2024-11", vn.Date{Year: 2024, Month: 11, Day: 29}, "ngày ban hành 29/11/2024 trước ngày cuối kỳ tháng 11 năm 2024 (30/11/2024): kỳ chưa kết thúc"},
	} {
		_, err := Load(c.book, c.ky, c.date)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("Load(%s, %s, %v): %v, want %q", c.book, c.ky, c.date, err, c.want)
		}
	}
}

// copyFolder copies the bundled progress folder and its plan into a temporary folder and
// returns its theo-doi.yaml.
func copyFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := filepath.Walk("../../data/tien-do", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("../../data", path)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755)
		return os.WriteFile(filepath.Join(dir, rel), src, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := os.ReadFile("../../data/ke-hoach-81-kl-tw.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ke-hoach-81-kl-tw.yaml"), plan, 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "tien-do", ConfigFile)
}

// A file with one mistyped value is broken, not absent: its unit is in Unreadable, not in
// Missing (Nga Sơn, who sent nothing in November, still is), and its warnings go with it.
func TestLoadBroken(t *testing.T) {
	book := copyFolder(t)
	file := filepath.Join(filepath.Dir(book), "2024-11", "huyen-uy-ba-thuoc.yaml")
	src, _ := os.ReadFile(file)
	if err := os.WriteFile(file, []byte(strings.Replace(string(src), "trang_thai: hoan_thanh", "trang_thai: cham tien do", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(book, "2024-11", vn.Date{Year: 2024, Month: 12, Day: 6})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Broken) != 1 || f.Broken[0].File != file || f.Broken[0].Unit == nil || f.Broken[0].Unit.ID != "huyen-uy-ba-thuoc" {
		t.Fatalf("broken %+v", f.Broken)
	}
	if msg := f.Broken[0].Error(); !strings.Contains(msg, "huyen-uy-ba-thuoc.yaml” có 1 lỗi") || !strings.Contains(msg, "cham tien do") {
		t.Errorf("message %q", msg)
	}
	var missing []string
	for _, u := range f.Summary.Missing {
		missing = append(missing, u.ID)
	}
	if strings.Join(missing, " ") != "huyen-uy-nga-son" || len(f.Summary.Unreadable) != 1 || !f.Summary.IsUnreadable(f.Broken[0].Unit) {
		t.Errorf("missing %v, unreadable %v", missing, f.Summary.Unreadable)
	}
	// A file of a later period does not concern November.
	if f, _ := Load(book, "2024-10", vn.Date{Year: 2024, Month: 12, Day: 6}); len(f.Broken) != 0 {
		t.Errorf("October: broken %+v", f.Broken)
	}
}

// A document dated before a file was sent does not count it: on 6/11/2024 Bá Thước's
// October file (sent 12/11) is not there yet, so Bá Thước has not sent October's report.
func TestLoadAsOf(t *testing.T) {
	f, err := Load("../../data/tien-do/theo-doi.yaml", "2024-10", vn.Date{Year: 2024, Month: 11, Day: 6})
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, u := range f.Summary.Missing {
		missing = append(missing, u.ID)
	}
	if strings.Join(missing, " ") != "hoi-cuu-chien-binh-tinh huyen-uy-ba-thuoc" || len(f.Summary.Late) != 0 {
		t.Errorf("missing %v, late %v", missing, f.Summary.Late)
	}
	if !strings.Contains(f.Warnings.Error(), "tệp gửi ngày 12/11/2024, sau ngày ban hành văn bản (6/11/2024): chưa được tính") {
		t.Errorf("warnings:\n%v", f.Warnings)
	}
}
