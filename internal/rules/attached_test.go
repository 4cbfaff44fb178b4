package rules_test

import (
	"testing"

	"vanban/internal/rules"
)

func TestAttached(t *testing.T) {
	for _, c := range []struct {
		article  string
		attached bool
		warn     bool
	}{
		{"Ban hành kèm theo Quyết định này Quy chế làm việc.", false, true},
		{"Phê duyệt kèm theo Quyết định này Kế hoạch năm 2026.", false, true},
		{"BAN HÀNH KÈM THEO QUYẾT ĐỊNH NÀY QUY ĐỊNH …", false, true},
		{"Ban hành kèm theo Nghị quyết này Quy chế …", false, true},
		{"Ban hành kèm theo Quyết định này Quy chế làm việc.", true, false},
		{"Thành lập Tổ công tác …", false, false},
		{"Bãi bỏ Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND.", false, false},
	} {
		ds := rules.Attached("qd.yaml", c.article, 3, 5, c.attached)
		if got := len(ds) > 0; got != c.warn {
			t.Errorf("Attached(%q, %t): warned %t, want %t", c.article, c.attached, got, c.warn)
		}
		for _, d := range ds {
			if d.Line != 3 || d.Col != 5 || d.Hint == "" {
				t.Errorf("finding %+v: want line 3, col 5 and a hint", d)
			}
		}
	}
}
