package pipeline

import (
	"strings"
	"testing"

	"vanban/internal/data"
)

// TestEveryKind: every kind of data file has a template and starter files in both systems;
// each starter builds to a PDF, and its Markdown has the body parts of its kind.
func TestEveryKind(t *testing.T) {
	b := newBuilder(t)
	if got, want := strings.Join(StarterKinds(), " "), "bao_cao chuong_trinh cong_van ke_hoach quyet_dinh thong_bao to_trinh"; got != want {
		t.Errorf("starter kinds %q, want %q", got, want)
	}
	for _, k := range data.Kinds {
		for _, system := range []string{"dang", "nha_nuoc"} {
			t.Run(k.Loai+"/"+system, func(t *testing.T) {
				src, err := Starter(k.Loai, system)
				if err != nil {
					t.Fatal(err)
				}
				name := k.Loai + ".yaml"
				md, err := b.Markdown(name, src)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := b.PDF(name, src); err != nil {
					t.Fatal(err)
				}
				body := string(md[strings.Index(string(md[3:]), "---")+6:])
				switch k.Body {
				case data.ByArticles:
					if !strings.Contains(body, "QUYẾT ĐỊNH:\n\n**Điều 1.** ") || !strings.Contains(body, "\n## Điều 2. ") {
						t.Errorf("no “QUYẾT ĐỊNH:” line or articles:\n%s", body)
					}
				case data.BySections:
					if !strings.Contains(body, "\n## I. ") {
						t.Errorf("no section I.:\n%s", body)
					}
				}
			})
		}
	}
}

// TestKindDispatch: a kind without a template is named with the kinds there are; a typo of
// one is corrected.
func TestKindDispatch(t *testing.T) {
	for _, c := range []struct{ loai, want string }{
		{"huong_dan", "gợi ý: loại hiện có: ke_hoach, bao_cao, thong_bao, cong_van, quyet_dinh, to_trinh, chuong_trinh"},
		{"thong_bo", "có phải ý bạn là “thong_bao”?"},
	} {
		_, err := newBuilder(t).Markdown("x.yaml", []byte(strings.Replace(smallPlan, "loai: ke_hoach", "loai: "+c.loai, 1)))
		if err == nil || !strings.Contains(err.Error(), "x.yaml:2:7: lỗi: chưa có mẫu cho loại văn bản “"+c.loai+"”") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", c.loai, err)
		}
	}
	_, err := newBuilder(t).Markdown("x.yaml", []byte(strings.Replace(smallPlan, "loai: ke_hoach\n", "", 1)))
	if err == nil || !strings.Contains(err.Error(), "thiếu trường “loai”") {
		t.Errorf("no loai: %v", err)
	}
}
