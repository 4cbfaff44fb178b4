package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"vanban/internal/progress"
	"vanban/internal/vn"
)

const lamDongBook = "../../data/tien-do-lam-dong/theo-doi.yaml"

// TestLamDongFebruary checks the report of February 2026 of the State example against hand
// counts: 52 tasks (the 52 rows of the annex); done: VII.2 and VII.3 (Sở Nội vụ, January)
// and VI.1 (Sở KH&CN, February) = 3, 5,77% (January 2 of 52, 3,85%); paused VII.4 (Bắc Gia
// Nghĩa); behind VII.1 (Đơn Dương, January's file); overdue at 28/02: IV.3 (31/12/2025, Sở
// Nội vụ did not report it), VII.1 (15/01), VII.2.b and VII.3.b (January, no unit reported
// them) — I.2 ("Trước ngày 31/01 năm liền kề") is due in 2027; Đơn Dương did not send (16 of 17), Thanh tra tỉnh sent 4 days late, Phan
// Thiết's file is broken. Results come under the plan's seven areas, and Phan Thiết's and
// Đơn Dương's results are January's, marked.
func TestLamDongFebruary(t *testing.T) {
	f, err := progress.Load(lamDongBook, "2026-02", vn.Date{Year: 2026, Month: 3, Day: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Broken) != 1 || filepath.Base(f.Broken[0].File) != "ubnd-phuong-phan-thiet.yaml" {
		t.Errorf("broken = %v", f.Broken)
	}
	d, err := Data(f.Book, f.Summary, Options{Date: vn.Date{Year: 2026, Month: 3, Day: 10}})
	if err != nil {
		t.Fatal(err)
	}
	tong := d["tong"].(map[string]any)
	got := fmt.Sprint(tong["so_nhiem_vu"], tong["hoan_thanh"], tong["tam_dung"], tong["cham_tien_do"], tong["qua_han"], " ", tong["ty_le"])
	if want := "52 3 1 1 4 5,77%"; got != want {
		t.Errorf("tong = %s, want %s", got, want)
	}
	var overdue []string
	for _, o := range d["qua_han"].([]any) {
		overdue = append(overdue, o.(map[string]any)["ma"].(string))
	}
	if got := strings.Join(overdue, " "); got != "IV.3 VII.1 VII.2.b VII.3.b" {
		t.Errorf("overdue = %s", got)
	}
	if s := d["so_sanh"].(map[string]any); s["ty_le_truoc"] != "3,85%" {
		t.Errorf("so_sanh = %v", s)
	}
	if got := fmt.Sprint(d["so_don_vi_gui"], "/", d["so_don_vi"], " ", d["chua_gui"], " ", d["gui_muon"]); got != "16/17 [map[don_vi:UBND xã Đơn Dương so_nhiem_vu:28]] [map[don_vi:Thanh tra tỉnh ngay_gui:09/03/2026 so_ngay:4]]" {
		t.Errorf("submissions: %s", got)
	}
	var areas []string
	marked := 0
	for _, g := range d["cac_phan"].([]any) {
		g := g.(map[string]any)
		areas = append(areas, g["tieu_de"].(string))
		for _, task := range g["nhiem_vu"].([]any) {
			for _, r := range task.(map[string]any)["ket_qua"].([]any) {
				if r.(map[string]any)["ky_truoc"].(bool) {
					marked++
				}
			}
		}
	}
	if len(areas) != 7 || areas[0] != "Cải cách thể chế" || areas[6] != "Công tác chỉ đạo, điều hành" {
		t.Errorf("areas = %q", areas)
	}
	if marked != 4 { // VII.1 and VII.5 of Phan Thiết and of Đơn Dương
		t.Errorf("%d results marked as last period's, want 4", marked)
	}
	if d["trich_yeu"] != "Kết quả thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 về cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng, tháng 2 năm 2026" {
		t.Errorf("trich_yeu = %v", d["trich_yeu"])
	}
	rs, err := Reminders(f.Book, f.Summary, RemindOptions{Date: vn.Date{Year: 2026, Month: 3, Day: 10}})
	if err != nil {
		t.Fatal(err)
	}
	// Every unit leads VII.2.b and VII.3.b, which no one reported: all but the broken one.
	if len(rs) != 16 {
		t.Errorf("%d reminders, want 16", len(rs))
	}
	for _, r := range rs {
		if r.Unit.ID == "ubnd-phuong-phan-thiet" {
			t.Error("a reminder for the unit whose file is broken")
		}
	}
}

// TestStatusRowsAddUp: in every bundled report — each folder, each period, the whole plan
// and each lead unit — every row of the status table (and the total) adds up: done, in
// progress, behind, paused, not started and not reported make the number of tasks.
func TestStatusRowsAddUp(t *testing.T) {
	for _, book := range []string{"../../data/tien-do/theo-doi.yaml", lamDongBook} {
		periods, _ := filepath.Glob(filepath.Join(filepath.Dir(book), "20*"))
		for _, dir := range periods {
			f, err := progress.Load(book, filepath.Base(dir), vn.Date{})
			if err != nil {
				t.Fatal(err)
			}
			units := []string{""}
			for _, u := range f.Summary.Units {
				if !f.Summary.IsUnreadable(u.Unit) {
					units = append(units, u.Unit.ID)
				}
			}
			for _, unit := range units {
				d, err := Data(f.Book, f.Summary, Options{Unit: unit})
				if err != nil {
					t.Fatal(err)
				}
				rows := append([]any{d["tong"]}, d["theo_don_vi"].([]any)...)
				for i, r := range rows {
					m := r.(map[string]any)
					sum := 0
					for _, k := range []string{"hoan_thanh", "dang_thuc_hien", "cham_tien_do", "tam_dung", "chua_trien_khai", "chua_bao_cao"} {
						sum += m[k].(int)
					}
					if sum != m["so_nhiem_vu"].(int) {
						t.Errorf("%s %s %q row %d: statuses add up to %d, not %d", book, dir, unit, i, sum, m["so_nhiem_vu"])
					}
				}
			}
		}
	}
}
