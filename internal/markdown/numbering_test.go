package markdown_test

import (
	"strings"
	"testing"

	"vanban/internal/markdown"
)

// TestTypedListNumbers: an ordered list prints its numbers as typed, not renumbered from
// its first.
func TestTypedListNumbers(t *testing.T) {
	src := "---\nhe_thong: dang\nco_quan: A\nky_hieu: KH/TU\ndia_danh: B\nnguoi_ky: {chuc_vu: C, ho_ten: D}\n---\n\n5. Năm\n\n7. Bảy\n7. Bảy nữa\n\n1) Một\n"
	doc, err := markdown.Parse("so.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"L1[5.] Năm", "L1[7.] Bảy", "L1[7.] Bảy nữa", "L1[1)] Một"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("model lacks %q:\n%s", want, b.String())
		}
	}
}
