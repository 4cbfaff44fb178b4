package data

import (
	"errors"
	"strings"
	"testing"

	"vanban/internal/diag"
)

// TestAttachedChecks: the document a quyết định issues with it needs a type name, a title
// and one way of dividing its body; only a quyết định has one; its articles are checked as
// the decision's, numbered on through its chapters, and its tasks are the decision's.
func TestAttachedChecks(t *testing.T) {
	const decision = "he_thong: nha_nuoc\nloai: quyet_dinh\nco_quan: SỞ NỘI VỤ\nky_hieu: QĐ-SNV\ndia_danh: Lâm Đồng\n" +
		"nguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn A}\ndieu: [{doan: \"Ban hành kèm theo Quyết định này Quy chế.\"}]\n"
	for _, c := range []struct{ name, yaml, want string }{
		{"chapters", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc, chuong: [{tieu_de: CHUNG, dieu: [{doan: Một.}]}]}\n", ""},
		{"sections with a task", decision + "van_ban_kem_theo: {ten_loai: KẾ HOẠCH, trich_yeu: Bồi dưỡng, phan: [{tieu_de: NHIỆM VỤ, muc: [{doan: Mở lớp., nhiem_vu: {ma: I.1, chu_tri: [Sở Nội vụ]}}]}]}\n", ""},
		{"no type name", decision + "van_ban_kem_theo: {trich_yeu: Làm việc, dieu: [{doan: Một.}]}\n", "thiếu “ten_loai”"},
		{"no title", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, dieu: [{doan: Một.}]}\n", "thiếu “trich_yeu”"},
		{"no body", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc}\n", "chưa có nội dung"},
		{"chapters and articles", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc, chuong: [{tieu_de: CHUNG, dieu: [{doan: Một.}]}], dieu: [{doan: Hai.}]}\n", "lẫn điều ngoài chương"},
		{"empty chapter", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc, chuong: [{tieu_de: CHUNG, dieu: []}]}\n", "chưa có điều nào"},
		{"article numbered on", decision + "van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc, chuong: [{tieu_de: A, dieu: [{doan: Một.}]}, {tieu_de: B, dieu: [{}]}]}\n", "điều thứ 2 thiếu"},
		{"not a decision", strings.Replace(strings.Replace(decision, "quyet_dinh", "ke_hoach", 1), "dieu: [{doan: \"Ban hành kèm theo Quyết định này Quy chế.\"}]\n", "phan: [{tieu_de: A}]\n", 1) +
			"van_ban_kem_theo: {ten_loai: QUY CHẾ, trich_yeu: Làm việc, dieu: [{doan: Một.}]}\n", "chỉ quyết định mới có văn bản ban hành kèm theo"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Load("qd.yaml", []byte(c.yaml))
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c.name == "sections with a task" && len(p.Tasks()) != 1 {
					t.Errorf("tasks %+v, want the attached plan's task", p.Tasks())
				}
				return
			}
			var ds diag.List
			if !errors.As(err, &ds) || !strings.Contains(ds.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}
