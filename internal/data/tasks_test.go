package data

import (
	"fmt"
	"strings"
	"testing"
)

const twoTasksPlan = `he_thong: nha_nuoc
loai: ke_hoach
co_quan: "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG"
ky_hieu: KH-UBND
dia_danh: Lâm Đồng
trich_yeu: Cải cách hành chính năm 2026
phan:
  - tieu_de: NHIỆM VỤ
    muc:
      - tieu_de: Cải cách thể chế
        noi_dung:
          - y: "Công bố danh mục văn bản hết hiệu lực."
            nhiem_vu: {ma: I.1, chu_tri: [Sở Tư pháp], theo_doi: [Sở Tư pháp]}
      - tieu_de: Công tác chỉ đạo, điều hành
        noi_dung:
          - y: "Tham mưu ban hành Kế hoạch kiểm tra."
            nhiem_vu:
              - {ma: VII.2, ten: "Kế hoạch kiểm tra của tỉnh", chu_tri: [Sở Nội vụ]}
              - {ma: VII.2.b, ten: "Kế hoạch tự kiểm tra", chu_tri: [Các cơ quan, đơn vị, địa phương]}
    bang_nhiem_vu: true
    cot: [stt, nhiem_vu, theo_doi]
nguoi_ky: {quyen_han: KT. CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Văn A}
`

// TestTaskLists: a block assigns one task (a mapping) or several (a list); each task knows
// the first-level item (the plan's area) it belongs to and its own path.
func TestTaskLists(t *testing.T) {
	p, err := Load("x.yaml", []byte(twoTasksPlan))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range p.Tasks() {
		got = append(got, e.ID+"@"+string(rune('0'+e.Section))+"."+string(rune('0'+e.Item))+" "+e.Path)
	}
	want := []string{
		"I.1@1.1 $.phan[0].muc[0].noi_dung[0].nhiem_vu",
		"VII.2@1.2 $.phan[0].muc[1].noi_dung[0].nhiem_vu[0]",
		"VII.2.b@1.2 $.phan[0].muc[1].noi_dung[0].nhiem_vu[1]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m := p.Tasks()[0].Monitor; len(m) != 1 || m[0] != "Sở Tư pháp" {
		t.Errorf("theo_doi = %v", m)
	}
}

// TestTaskColumnsChecked: a column the task table does not have is an error with a
// suggestion; so is a repeated one, and cot without the table.
func TestTaskColumnsChecked(t *testing.T) {
	for _, c := range []struct{ old, new, want string }{
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [stt, nhiem_vu, theo_doy]", "có phải ý bạn là “theo_doi”"},
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [stt, stt]", "cột “stt” ghi hai lần"},
		{"    bang_nhiem_vu: true\n", "", "không có bảng đó"},
		{"{ma: VII.2, ten:", "{ma: I.1, ten:", "mã nhiệm vụ “I.1” đã dùng ở dòng 13"},
		// The mapping form: its code checked at “ma”, widths for every column or none.
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [stt, {ma: thoi_hn, ten: Thời gian hoàn thành}]", "21:21: lỗi: bảng phân công không có cột “thoi_hn”"},
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [stt, {ten: Thời gian hoàn thành}]", "cột thiếu mã (“ma”)"},
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [{ma: stt, rong: 1}, {ma: nhiem_vu, rong: 6}, theo_doi]", "2 trong 3 cột có độ rộng (“rong”)"},
		{"cot: [stt, nhiem_vu, theo_doi]", "cot: [stt, {ma: nhiem_vu, can_le: giữa}]", "không có cách căn lề “giữa”"},
	} {
		_, err := Load("x.yaml", []byte(strings.Replace(twoTasksPlan, c.old, c.new, 1)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s → %v, want %q", c.new, err, c.want)
		}
	}
}

// TestTaskAreas: tasks in the titled items of one section follow the plan's areas, each
// with its area's title; a task after the first of a nhiem_vu list continues its block.
// Tasks of a single area, or of items without titles, have no area.
func TestTaskAreas(t *testing.T) {
	p, err := Load("x.yaml", []byte(twoTasksPlan))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range p.Tasks() {
		got = append(got, fmt.Sprintf("%s %q %v", e.ID, e.Area, e.Continues))
	}
	want := `I.1 "Cải cách thể chế" false|VII.2 "Công tác chỉ đạo, điều hành" false|VII.2.b "Công tác chỉ đạo, điều hành" true`
	if strings.Join(got, "|") != want {
		t.Errorf("areas:\n%s\nwant:\n%s", strings.Join(got, "|"), want)
	}
	for _, c := range []struct{ old, new string }{
		{"      - tieu_de: Công tác chỉ đạo, điều hành\n", "      - tieu_de: Cải cách thể chế\n"}, // still two items
		{"- tieu_de: Cải cách thể chế\n", "- doan: Cải cách thể chế.\n"},                          // an untitled item
	} {
		p, err := Load("x.yaml", []byte(strings.Replace(twoTasksPlan, c.old, c.new, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if by := ByArea(p.Tasks()); by != (c.old == "      - tieu_de: Công tác chỉ đạo, điều hành\n") {
			t.Errorf("%q → ByArea %v", c.new, by)
		}
	}
}
