package progress

import (
	"strings"
	"testing"
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
		f, err := Load(book, c.ky)
		if err != nil {
			t.Fatal(err)
		}
		if f.Period.String() != c.ky || f.Summary.Period != f.Period || f.File != book || f.Book == nil {
			t.Errorf("%s: folder %+v", c.ky, f)
		}
		if got := strings.Contains(f.Warnings.Error(), "huyen-uy-ba-thuoc.yaml:8:11: cảnh báo: gửi muộn 7 ngày"); got != c.late {
			t.Errorf("%s: the late warning %v, want %v:\n%v", c.ky, got, c.late, f.Warnings)
		}
	}
	for _, c := range []struct{ book, ky, want string }{
		{book, "2024-Q4", "có phải ý bạn là “2024-quy-4”"},
		{"khong-co/theo-doi.yaml", "2024-11", "không đọc được tệp: không có tệp này"},
	} {
		if _, err := Load(c.book, c.ky); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%s, %s): %v, want %q", c.book, c.ky, err, c.want)
		}
	}
}
