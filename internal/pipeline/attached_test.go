package pipeline

import (
	"strings"
	"testing"

	"vanban/internal/diag"
	"vanban/internal/pdftest"
	"vanban/internal/profile"
)

// TestAttached: a quyết định that issues a Quy chế, in each system. The Quy chế starts on
// a page of its own under the decision's header without its number and date, with its type
// name, title and the note naming the decision (the clerk's blanks kept, the Party's date
// in figures); its pages are numbered from 1 again; it ends with the signature repeated in
// the Party's form only. Nothing of it is lost.
func TestAttached(t *testing.T) {
	for _, c := range []struct {
		file, note string
		signed     bool
	}{
		{"quyet-dinh-nha-nuoc-ban-hanh-quy-che-lam-viec.yaml",
			"(Kèm theo Quyết định số /QĐ-UBND ngày tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Thanh Hóa)", false},
		{"quyet-dinh-dang-ban-hanh-quy-che-lam-viec.yaml",
			"(Ban hành kèm theo Quyết định số 01-QĐ/TU, ngày 10/10/2025 của Ban Chấp hành Đảng bộ tỉnh)", true},
	} {
		t.Run(c.file, func(t *testing.T) {
			doc, out := docAndPDF(t, c.file, read(t, "../../data/"+c.file))
			if len(doc.Attached) != 1 {
				t.Fatalf("%d attached documents, want 1", len(doc.Attached))
			}
			pdftest.NothingLost(t, doc, out)
			ps := pdftest.MustPages(t, out)
			first := -1
			for i, p := range ps {
				if _, ok := pdftest.Find(p, "QUY"); ok && first < 0 && i > 0 {
					first = i
				}
			}
			if first < 1 {
				t.Fatalf("no page opens with QUY CHẾ after the decision's")
			}
			page := func(p pdftest.Page) string {
				var ws []string
				for _, w := range p.Words {
					ws = append(ws, w.Text)
				}
				return strings.Join(ws, " ")
			}
			text := page(ps[first])
			if !strings.Contains(text, c.note) {
				t.Errorf("the Quy chế's first page lacks the note %q:\n%s", c.note, text)
			}
			if strings.Contains(text, "Số") || strings.Contains(text, "Thanh Hóa, ngày") {
				t.Errorf("the Quy chế's header has a number or a date line:\n%s", text)
			}
			numbers := ""
			for _, p := range ps[first:] {
				for _, w := range p.Words {
					if w.Y < profile.MM(20) {
						numbers += w.Text + " "
					}
				}
			}
			if want := "2 "; !strings.HasPrefix(numbers, want) {
				t.Errorf("page numbers of the Quy chế %q, want from 2 on its second page", numbers)
			}
			last := page(ps[len(ps)-1])
			if signed := strings.Contains(last, doc.Meta.Signer.Name); signed != c.signed {
				t.Errorf("the Quy chế ends with the signature: %t, want %t:\n%s", signed, c.signed, last)
			}
			if strings.Count(last, "Nơi nhận") > 0 {
				t.Errorf("the Quy chế's last page has a Nơi nhận:\n%s", last)
			}
		})
	}
}

// TestAttachedMissing: "kiem-tra" warns when Điều 1 issues a document "kèm theo Quyết định
// này" but none follows, in a data file and in official Markdown, and not when one does.
func TestAttachedMissing(t *testing.T) {
	b := newBuilder(t)
	src := string(read(t, "../../data/quyet-dinh-nha-nuoc-ban-hanh-quy-che-lam-viec.yaml"))
	warned := func(name, src string) bool {
		for _, d := range b.Check(name, []byte(src)) {
			if d.Severity == diag.Warning && strings.Contains(d.Message, "kèm theo Quyết định này") {
				return true
			}
		}
		return false
	}
	if warned("qd.yaml", src) {
		t.Error("a decision with its Quy chế is warned about")
	}
	cut := src[:strings.Index(src, "van_ban_kem_theo:")]
	if !warned("qd.yaml", cut) {
		t.Error("a decision without the Quy chế its Điều 1 issues is not warned about")
	}
	md, err := b.Markdown("qd.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if warned("qd.md", string(md)) {
		t.Error("official Markdown with its Quy chế is warned about")
	}
	noAttached := string(md[:strings.Index(string(md), "<!-- văn bản kèm theo -->")])
	if !warned("qd.md", noAttached) {
		t.Error("official Markdown without the Quy chế its Điều 1 issues is not warned about")
	}
}

// TestAttachedNoteAsWritten: an italic paragraph opening with "(" under the title is the note
// as written, in place of the one the profile makes.
func TestAttachedNoteAsWritten(t *testing.T) {
	md := "---\nhe_thong: nha_nuoc\nloai: quyet_dinh\nco_quan: SỞ NỘI VỤ\nky_hieu: QĐ-SNV\ndia_danh: Lâm Đồng\nnguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn A}\n---\n\n" +
		"# QUYẾT ĐỊNH:\n\n**Điều 1.** Phê duyệt kèm theo Quyết định này Kế hoạch bồi dưỡng năm 2026./.\n\n" +
		"<!-- văn bản kèm theo -->\n\n# KẾ HOẠCH\n\n# Bồi dưỡng cán bộ, công chức năm 2026\n\n*(Phê duyệt kèm theo Quyết định số 12/QĐ-SNV)*\n\n## I. MỤC ĐÍCH\n\nNâng cao năng lực./.\n"
	doc, out := docAndPDF(t, "kh.md", []byte(md))
	pdftest.NothingLost(t, doc, out)
	text, err := pdftest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "(Kèm theo") {
		t.Errorf("the profile's note is printed too:\n%s", text)
	}
}
