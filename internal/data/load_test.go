package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"vanban/internal/diag"
	"vanban/internal/nfctest"
)

// Each file in testdata/bad is testdata/good/toi-thieu.yaml with one mistake an office
// worker could make. The table says where the one diagnostic must point (line:col, 1-based,
// columns counted in characters) and what it must say.
var badCases = []struct {
	file      string
	line, col int
	msg       string // a key phrase of Message
	hint      string // a key phrase of Hint ("" = not checked)
}{
	{file: "truong-sai-ten.yaml", line: 16, col: 11, msg: "trường “thoi_hn” không tồn tại", hint: "“thoi_han”"},
	{file: "crlf-truong-sai-ten.yaml", line: 16, col: 11, msg: "trường “thoi_hn” không tồn tại", hint: "“thoi_han”"},
	{file: "noi-nhan-sai-ten.yaml", line: 19, col: 5, msg: "trường “ghichu” không tồn tại", hint: "“ghi_chu”"},
	{file: "truong-lap.yaml", line: 6, col: 1, msg: "trường “co_quan” bị lặp lại (đã có ở dòng 4)"},
	{file: "thut-le-tab.yaml", line: 23, col: 1, msg: "dùng dấu tab để thụt lề", hint: "dấu cách"},
	{file: "danh-sach-thay-chu.yaml", line: 4, col: 10, msg: "cần chữ nhưng gặp danh sách"},
	{file: "chu-thay-danh-sach.yaml", line: 9, col: 9, msg: "cần danh sách"},
	{file: "chu-tri-la-chu.yaml", line: 15, col: 20, msg: "cần danh sách"},
	{file: "nguoi-ky-la-chu.yaml", line: 21, col: 11, msg: "cần nhóm trường"},
	{file: "thieu-he-thong.yaml", line: 2, col: 1, msg: "thiếu trường “he_thong”"},
	{file: "he-thong-sai.yaml", line: 2, col: 11, msg: "hệ thống văn bản “đảng” không có", hint: "“dang”"},
	{file: "bom-he-thong-sai.yaml", line: 1, col: 11, msg: "hệ thống văn bản “đảng” không có"},
	{file: "thieu-co-quan.yaml", line: 2, col: 1, msg: "thiếu trường “co_quan”"},
	{file: "so-hex.yaml", line: 5, col: 5, msg: "số văn bản “0x10” không phải một số thứ tự"},
	{file: "kinh-gui-trong.yaml", line: 17, col: 12, msg: "dòng kính gửi thứ 1 để trống"},
	{file: "thieu-ho-ten.yaml", line: 22, col: 3, msg: "thiếu trường “nguoi_ky.ho_ten”"},
	{file: "ngay-khong-co.yaml", line: 7, col: 7, msg: "ngày “2023-02-31” không tồn tại", hint: "để trống"},
	{file: "crlf-ngay-khong-co.yaml", line: 7, col: 7, msg: "ngày “2023-02-31” không tồn tại"},
	{file: "ngay-sai-dang.yaml", line: 7, col: 7, msg: "ngày “04/06/2024” không đúng dạng"},
	{file: "khong-phai-utf8.yaml", line: 6, col: 19, msg: "không phải văn bản UTF-8 (byte 0xF3)", hint: "UTF-8"},
	{file: "tieu-de-va-doan.yaml", line: 12, col: 9, msg: "mục có cả “tieu_de” và “doan”"},
	{file: "phan-tu-trong.yaml", line: 15, col: 13, msg: "phần tử nội dung trống"},
	{file: "nhiem-vu-thieu-ma.yaml", line: 14, col: 11, msg: "nhiệm vụ thiếu “ma”"},
	{file: "ma-nhiem-vu-lap.yaml", line: 19, col: 15, msg: "mã nhiệm vụ “III.3” đã dùng ở dòng 14"},
	{file: "nhiem-vu-thieu-chu-tri.yaml", line: 14, col: 11, msg: "thiếu đơn vị chủ trì"},
	{file: "y-con-long-nhau.yaml", line: 18, col: 19, msg: "y_con"},
	{file: "noi-nhan-trong.yaml", line: 19, col: 5, msg: "nơi nhận thứ 2 để trống"},
	{file: "thieu-ngoac-kep.yaml", line: 6, col: 11, msg: "thiếu dấu ngoặc kép đóng"},
	{file: "thieu-ngoac-kep-cuoi.yaml", line: 24, col: 11, msg: "thiếu dấu ngoặc kép đóng"},
	{file: "thut-le-sai.yaml", line: 23, col: 4, msg: "thụt lề"},
	{file: "thut-le-thieu.yaml", line: 23, col: 2, msg: "thụt lề"},
	{file: "bang-thua-o.yaml", line: 18, col: 42, msg: "dòng có 4 ô, bảng có 3 cột", hint: "“<<”"},
	{file: "bang-gop-chong.yaml", line: 19, col: 26, msg: "vùng gộp của ô “Sở Tư pháp”"},
	{file: "bang-can-le-sai.yaml", line: 17, col: 30, msg: "không có cách căn lề “ben_trai”"},
}

func loadBad(t *testing.T, file string) diag.List {
	t.Helper()
	path := filepath.Join("testdata", "bad", file)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(path, src)
	if err == nil {
		return nil
	}
	if p != nil {
		t.Errorf("Load returned a document together with an error")
	}
	var l diag.List
	if !errors.As(err, &l) {
		t.Fatalf("error is %T, want diag.List: %v", err, err)
	}
	return l
}

func TestLoadBad(t *testing.T) {
	for _, tc := range badCases {
		t.Run(strings.TrimSuffix(tc.file, ".yaml"), func(t *testing.T) {
			l := loadBad(t, tc.file)
			var problems []string
			if len(l) != 1 {
				problems = append(problems, fmt.Sprintf("got %d diagnostics, want 1", len(l)))
			}
			if len(l) == 0 {
				t.Fatal("Load accepts the file")
			}
			d := l[0]
			if d.Line != tc.line || d.Col != tc.col {
				problems = append(problems, fmt.Sprintf("at %d:%d, want %d:%d", d.Line, d.Col, tc.line, tc.col))
			}
			if !strings.Contains(d.Message, tc.msg) {
				problems = append(problems, fmt.Sprintf("message %q does not say %q", d.Message, tc.msg))
			}
			if !strings.Contains(d.Hint, tc.hint) {
				problems = append(problems, fmt.Sprintf("hint %q does not say %q", d.Hint, tc.hint))
			}
			if d.Severity != diag.Error {
				problems = append(problems, "severity is not Error")
			}
			if len(problems) > 0 {
				t.Errorf("%s\ngot: %v", strings.Join(problems, "\n"), l)
			}
		})
	}
}

// TestBadCasesCovered keeps the table and testdata/bad in step.
func TestBadCasesCovered(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	inTable := map[string]bool{}
	for _, tc := range badCases {
		inTable[tc.file] = true
	}
	for _, f := range files {
		if !inTable[filepath.Base(f)] {
			t.Errorf("%s has no row in badCases", f)
		}
	}
	if len(files) != len(badCases) {
		t.Errorf("%d files in testdata/bad, %d rows in badCases", len(files), len(badCases))
	}
}

// TestDiagnosticFormat: every diagnostic names its place the way editors and terminals
// turn into links, "<file>:<line>:<col>: lỗi: <message>", with a real line and column.
func TestDiagnosticFormat(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Load(path, src)
		if err == nil {
			continue // TestLoadBad reports it
		}
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Errorf("%s: error %T %v, want a non-empty diag.List", path, err, err)
			continue
		}
		lines := strings.Split(string(src), "\n")
		for _, d := range l {
			prefix := fmt.Sprintf("%s:%d:%d: lỗi: ", path, d.Line, d.Col)
			if !strings.HasPrefix(d.Error(), prefix) {
				t.Errorf("%q does not start with %q", d.Error(), prefix)
			}
			if d.File != path || d.Line < 1 || d.Line > len(lines) || d.Col < 1 {
				t.Errorf("%s: place %s:%d:%d is not in the file", path, d.File, d.Line, d.Col)
			}
			if d.Message == "" || !utf8.ValidString(d.Error()) {
				t.Errorf("%s: empty or invalid message %q", path, d.Error())
			}
		}
		if got, want := l.Error(), l[0].Error(); !strings.HasPrefix(got, want) {
			t.Errorf("List.Error() = %q, want it to start with the first diagnostic", got)
		}
	}
}

// The same plan saved with a byte order mark, in NFD or with Windows line ends loads to the
// same value as the plain UTF-8 NFC file.
func TestLoadEncodings(t *testing.T) {
	want := loadFile(t, "testdata/good/toi-thieu.yaml")
	for _, f := range []string{"bom.yaml", "nfd.yaml", "crlf.yaml"} {
		t.Run(f, func(t *testing.T) {
			path := filepath.Join("testdata", "good", f)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if f == "nfd.yaml" && norm.NFC.IsNormal(src) {
				t.Fatal("testdata/good/nfd.yaml is not decomposed")
			}
			got := loadFile(t, path)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
			if got.Body != "TỈNH ỦY THANH HÓA" || got.Sections[0].Items[0].Text != "Văn phòng Tỉnh ủy theo dõi, đôn đốc." {
				t.Errorf("text not NFC: %+q", got.Body)
			}
			nfctest.Check(t, got)
		})
	}
}

// Several independent problems are all reported at once, in document order.
func TestLoadReportsAll(t *testing.T) {
	src := []byte(`he_thong: dang
loai: ke_hoach
co_quan: "TỈNH ỦY THANH HÓA"
ky_hieu: "KH/TU"
dia_danh: "Thanh Hóa"
ngay: "2024-13-01"
phan:
  - tieu_de: ""
    muc:
      - doan: "Một."
        nhiem_vu: {ma: A, chu_tri: [X]}
      - doan: "Hai."
        nhiem_vu: {ma: A}
nguoi_ky: {chuc_vu: "PHÓ BÍ THƯ", ho_ten: "Trịnh Tuấn Sinh"}
`)
	_, err := Load("nhieu-loi.yaml", src)
	var l diag.List
	if !errors.As(err, &l) {
		t.Fatalf("error %T %v, want diag.List", err, err)
	}
	want := []struct {
		line int
		msg  string
	}{
		{6, "tháng phải từ 1 đến 12"},
		{8, "phần thứ 1 thiếu “tieu_de”"},
		{13, "mã nhiệm vụ “A” đã dùng ở dòng 11"},
		{13, "nhiệm vụ “A” thiếu đơn vị chủ trì"},
	}
	if len(l) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%v", len(l), len(want), l)
	}
	for i, w := range want {
		if l[i].Line != w.line || !strings.Contains(l[i].Message, w.msg) {
			t.Errorf("diagnostic %d = %v, want line %d saying %q", i, l[i], w.line, w.msg)
		}
	}
}

// A third level of bullets is an error, and the tasks in it are still checked.
func TestLoadNestedSubBullets(t *testing.T) {
	src := []byte(`he_thong: dang
loai: ke_hoach
co_quan: "TỈNH ỦY THANH HÓA"
ky_hieu: "KH/TU"
dia_danh: "Thanh Hóa"
phan:
  - tieu_de: "TỔ CHỨC THỰC HIỆN"
    noi_dung:
      - y: "Văn phòng Tỉnh ủy:"
        y_con:
          - y: "theo dõi;"
            y_con:
              - y: "đôn đốc."
                nhiem_vu: {ma: A}
nguoi_ky: {chuc_vu: "PHÓ BÍ THƯ", ho_ten: "Trịnh Tuấn Sinh"}
`)
	_, err := Load("y-con.yaml", src)
	var l diag.List
	if !errors.As(err, &l) {
		t.Fatalf("error %T %v, want diag.List", err, err)
	}
	want := []struct {
		line, col int
		msg       string
	}{
		{13, 15, "y_con"},
		{14, 27, "nhiệm vụ “A” thiếu đơn vị chủ trì"},
	}
	if len(l) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%v", len(l), len(want), l)
	}
	for i, w := range want {
		if l[i].Line != w.line || l[i].Col != w.col || !strings.Contains(l[i].Message, w.msg) {
			t.Errorf("diagnostic %d = %v, want %d:%d saying %q", i, l[i], w.line, w.col, w.msg)
		}
	}
}

// TestEveryUnknownKey: all mistyped keys of a file are reported at once, each with the
// closest key of its own place.
func TestEveryUnknownKey(t *testing.T) {
	src := "he_thong: dang\nloai: ke_hoach\nco_quan: X\nky_hieu: KH/TU\ndia_danh: Y\nthoi_hn: 1\n" +
		"nguoi_ky: {chuc_vu: A, ho_tne: B}\nphan:\n  - tieu_de: A\n    muc:\n      - doan: x\n" +
		"        nhiem_vu: {ma: a, chu_tri: [b], thoi_hann: c}\n"
	_, err := Load("typos.yaml", []byte(src))
	want := []string{
		"typos.yaml:6:1: lỗi: trường “thoi_hn” không tồn tại",
		"typos.yaml:7:24: lỗi: trường “ho_tne” không tồn tại\n\tgợi ý: có phải ý bạn là “ho_ten”?",
		"typos.yaml:12:41: lỗi: trường “thoi_hann” không tồn tại\n\tgợi ý: có phải ý bạn là “thoi_han”?",
	}
	if err == nil {
		t.Fatal("typos accepted")
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
}
