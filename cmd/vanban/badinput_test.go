package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"vanban/internal/golden"
)

// badInput is one case of the bad-input table: what a user might feed vanban, and what
// vanban must answer. Files live in testdata/bad; cases that need more (a template folder,
// a huge input) build it in setup, which returns the arguments after "dung".
type badInput struct {
	name  string // the case, in Vietnamese, as the docs table shows it
	file  string // testdata/bad/<file>, or "" when setup makes the input
	setup func(t *testing.T, dir string) []string
	code  int    // exit code
	want  string // what stderr must say (empty: a correct document is built)
}

func badInputs() []badInput {
	return []badInput{
		{name: "YAML sai cú pháp (thiếu ngoặc kép đóng)", file: "yaml-sai-cu-phap.yaml", code: 1, want: "YAML sai cú pháp: thiếu dấu ngoặc kép đóng"},
		{name: "thụt lề bằng phím tab", file: "thut-le-bang-tab.yaml", code: 1, want: "dùng dấu tab để thụt lề"},
		{name: "sai kiểu (chữ ở chỗ cần danh sách)", file: "sai-kieu.yaml", code: 1, want: "giá trị không đúng kiểu: cần danh sách"},
		{name: "trường lạ (gõ sai tên)", file: "truong-la.yaml", code: 1, want: "trường “luuu” không tồn tại"},
		{name: "trường lặp lại", file: "trung-truong.yaml", code: 1, want: "trường “luu” bị lặp lại (đã có ở dòng 10)"},
		{name: "thiếu trường bắt buộc", file: "thieu-truong.yaml", code: 1, want: "thiếu trường “dia_danh”"},
		{name: "ngày không có thật (31/02)", file: "ngay-khong-co.yaml", code: 1, want: "ngày “2026-02-31” không tồn tại"},
		{name: "tệp không phải UTF-8", file: "khong-phai-utf8.yaml", code: 1, want: "tệp không phải văn bản UTF-8"},
		{name: "bảng mã cũ TCVN3 (ABC)", file: "bang-ma-tcvn3.yaml", code: 1, want: "bảng mã TCVN3 (ABC)"},
		{name: "bảng mã VNI mở nhầm rồi lưu UTF-8", file: "bang-ma-vni-mo-nham.yaml", code: 1, want: "bảng mã VNI"},
		{name: "tệp có BOM UTF-8 (Notepad)", file: "co-bom.yaml", code: 0},
		{name: "chữ tổ hợp (NFD)", file: "chu-to-hop-nfd.yaml", code: 0},
		{name: "biểu tượng cảm xúc", file: "bieu-tuong-cam-xuc.yaml", code: 1, want: "không có ký tự “😀” (U+1F600)"},
		{name: "chữ Hán", file: "chu-han.yaml", code: 1, want: "không có ký tự “漢” (U+6F22)"},
		{name: "từ hoặc đường dẫn dài hơn một dòng", file: "url-dai.md", code: 0},
		{name: "bảng rộng hơn trang (24 cột)", file: "bang-rong.md", code: 0},
		{name: "ô bảng cao hơn một trang", file: "o-cao.md", code: 0},
		{name: "danh sách lồng 10 cấp", file: "long-sau-10-cap.md", code: 0},
		{name: "mười nghìn đoạn văn", setup: tenThousand, code: 1, want: "văn bản dài quá 500 trang"},
		{name: "mười nghìn đoạn văn, nới giới hạn trang", setup: func(t *testing.T, dir string) []string {
			return append(tenThousand(t, dir), "-so-trang-toi-da", "2000")
		}, code: 0},
		{name: "mẫu lặp không dừng (giới hạn hạ xuống 1 giây cho bài thử)", setup: func(t *testing.T, dir string) []string {
			return append(templateDir(`{{ range 1000000000 }}{{ end }}`)(t, dir), "-thoi-gian-mau", "1s")
		}, code: 1, want: "mẫu chạy quá 1s (giới hạn thời gian)"},
		{name: "mẫu viết ra hàng gigabyte", setup: templateDir(`{{ range 1000000000 }}Một dòng rất dài lặp lại mãi. {{ end }}`), code: 1, want: "mẫu viết ra quá 16 MB"},
		{name: "mẫu viết quá giới hạn 1 MB", setup: func(t *testing.T, dir string) []string {
			return append(templateDir(`{{ range 1000000 }}Một dòng dài lặp lại. {{ end }}`)(t, dir), "-dung-luong-mau", "1")
		}, code: 1, want: "mẫu viết ra quá 1 MB"},
		{name: "thư mục mẫu có liên kết ra ngoài", setup: escapingLink, code: 1, want: "trỏ ra ngoài thư mục mẫu"},
		{name: "tệp kết quả chính là tệp vào", setup: func(t *testing.T, dir string) []string {
			in := copyFile(t, "url-dai.md", dir)
			return []string{in, "-o", in}
		}, code: 1, want: "chính là tệp đầu vào"},
		{name: "thư mục kết quả chỉ đọc", setup: func(t *testing.T, dir string) []string {
			return []string{copyFile(t, "_mau.yaml", dir), "-o", readOnlyDir(t, dir) + "/kh.pdf"}
		}, code: 1, want: "không có quyền ghi"},
		{name: "thiếu dòng Lưu (lỗi của kiem-tra dừng dung)", file: "thieu-luu.yaml", code: 1, want: "thiếu trường luu"},
		{name: "UBND mà ghi he_thong: dang", file: "ubnd-he-thong-dang.yaml", code: 1, want: "sửa thành “he_thong: nha_nuoc”"},
		{name: "số văn bản 1e400 (YAML đọc thành số thực)", file: "so-1e400.yaml", code: 1, want: "số văn bản “1e400”"},
		{name: "Kính gửi để trống", file: "kinh-gui-trong.yaml", code: 1, want: "dòng kính gửi thứ 1 để trống"},
		{name: "hai tài liệu YAML trong một tệp", file: "hai-tai-lieu.yaml", code: 1, want: "nhiều hơn một tài liệu YAML"},
		{name: "bí danh YAML nở ra hàng tỉ giá trị (tệp 1 KB)", file: "bi-danh-no.yaml", code: 1, want: "nở ra quá 1000000 giá trị"},
		{name: "dữ liệu lồng 100.000 tầng (tệp 200 KB)", setup: func(t *testing.T, dir string) []string {
			return []string{writeFile(t, dir, "long.yaml", "he_thong: dang\na: "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n")}
		}, code: 1, want: "lồng nhau quá 100 tầng"},
		{name: "tệp vào là đường ống FIFO", setup: func(t *testing.T, dir string) []string {
			fifo := filepath.Join(dir, "ong.yaml")
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Fatal(err)
			}
			return []string{fifo}
		}, code: 1, want: "đường ống FIFO, không phải tệp thường"},
		{name: "-o là liên kết tới /dev/null (không thay thiết bị bằng tệp)", setup: func(t *testing.T, dir string) []string {
			null := filepath.Join(dir, "null.pdf")
			if err := os.Symlink(os.DevNull, null); err != nil {
				t.Fatal(err)
			}
			return []string{copyFile(t, "_mau.yaml", dir), "-o", null}
		}, code: 1, want: "không phải tệp thường (một thiết bị)"},
		{name: "bảng 10.000 cột", setup: func(t *testing.T, dir string) []string {
			row := "|" + strings.Repeat(" x |", 10000) + "\n"
			return []string{writeFile(t, dir, "rong.md", markdownFront+row+"|"+strings.Repeat("---|", 10000)+"\n"+row)}
		}, code: 1, want: "bảng có 10000 cột"},
		{name: "một từ dài 200 KB không có dấu cách", setup: func(t *testing.T, dir string) []string {
			return []string{writeFile(t, dir, "tu-dai.md", markdownFront+strings.Repeat("x", 200000)+"\n")}
		}, code: 0},
		{name: "mẫu nhân đôi một chuỗi trong vòng lặp", setup: templateDir(`{{ $s := "ab" }}{{ range 64 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ $s }}`),
			code: 1, want: "mẫu viết ra quá 16 MB"},
		{name: "chú thích HTML lạ (cảnh báo, vẫn dựng)", setup: func(t *testing.T, dir string) []string {
			return []string{writeFile(t, dir, "ghi-chu.md", markdownFront+"Đoạn./.\n\n<!-- ghi chú riêng -->\n")}
		}, code: 0},
	}
}

// markdownFront is the front matter of a correct State document, for cases written in code.
const markdownFront = "---\nhe_thong: nha_nuoc\nloai: thong_bao\nco_quan: SỞ NỘI VỤ\nky_hieu: TB-SNV\ndia_danh: Thanh Hóa\n" +
	"nguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn A}\nnoi_nhan: [UBND tỉnh]\nluu: VT, CCHC\n---\n\n"

// writeFile writes a case's input into dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBadInputs runs every case and checks the exit code, the message, and that a failed
// build leaves no output file (and no temporary file) behind.
func TestBadInputs(t *testing.T) {
	var rows []string
	for _, c := range badInputs() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "ket-qua.pdf")
			args := []string{filepath.Join("testdata", "bad", c.file), "-o", out}
			if c.setup != nil {
				args = c.setup(t, dir)
				if !contains(args, "-o") {
					args = append(args, "-o", out)
				}
			}
			code, _, stderr := runCLI(append([]string{"dung"}, args...)...)
			if code != c.code || !strings.Contains(stderr, c.want) {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, c.code, c.want)
			}
			pdf, err := os.ReadFile(out)
			switch {
			case c.code == 0 && (err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-"))):
				t.Errorf("no PDF built: %v", err)
			case c.code != 0 && err == nil:
				t.Errorf("a failed build left %s", out)
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
			said := "dựng được văn bản đúng"
			if c.code != 0 {
				said = firstMessage(stderr)
			}
			file := c.file
			if file == "" {
				file = "(tạo trong bài thử)"
			}
			rows = append(rows, fmt.Sprintf("| %s | `%s` | %s | %d |", c.name, file, said, c.code))
		})
	}
	checkDocsTable(t, rows)
}

// firstMessage is the first line of stderr without the file:line:col prefix.
func firstMessage(stderr string) string {
	line, _, _ := strings.Cut(stderr, "\n")
	if i := strings.Index(line, "lỗi: "); i >= 0 {
		line = line[i+len("lỗi: "):]
	} else if i := strings.Index(line, "vanban: "); i >= 0 {
		line = line[i+len("vanban: "):]
	}
	// Absolute paths (temporary folders) change from run to run and machine to machine.
	line = absPath.ReplaceAllString(line, "“…”")
	return strings.ReplaceAll(line, "|", `\|`)
}

var absPath = regexp.MustCompile(`“/[^”]*”`)

const (
	docsFile  = "../../docs/dau-vao-sai.md"
	tableOpen = "<!-- bảng do TestBadInputs viết: go test ./cmd/vanban -run TestBadInputs -update -->"
	tableEnd  = "<!-- hết bảng -->"
)

// checkDocsTable compares the table in docs/dau-vao-sai.md with what the cases produced
// (or rewrites it with -update), so that the docs say what vanban really says.
func checkDocsTable(t *testing.T, rows []string) {
	t.Helper()
	src, err := os.ReadFile(docsFile)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src)
	i, j := strings.Index(doc, tableOpen), strings.Index(doc, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the table markers", docsFile)
	}
	table := tableOpen + "\n\n| trường hợp | tệp thử | vanban nói | mã thoát |\n|---|---|---|---|\n" +
		strings.Join(rows, "\n") + "\n\n"
	golden.Check(t, docsFile, []byte(doc[:i]+table+doc[j:]))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func copyFile(t *testing.T, name, dir string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "bad", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tenThousand writes a plan of ten thousand paragraphs.
func tenThousand(t *testing.T, dir string) []string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "bad", "_mau.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(string(src), "      - doan: \"Nội dung.\"\n"))
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "      - doan: \"Đoạn thứ %d của kế hoạch, đủ dài để chiếm một dòng rưỡi trên trang giấy khổ A4 của văn bản.\"\n", i+1)
	}
	path := filepath.Join(dir, "muoi-nghin-doan.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{path}
}

// templateDir returns a setup that overrides the kế hoạch template with text.
func templateDir(text string) func(t *testing.T, dir string) []string {
	return func(t *testing.T, dir string) []string {
		t.Helper()
		mau := filepath.Join(dir, "mau")
		if err := os.MkdirAll(mau, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mau, "ke-hoach.md.tmpl"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return []string{copyFile(t, "_mau.yaml", dir), "-mau", mau}
	}
}

// escapingLink makes a template folder whose kế hoạch template is a link to a file outside.
func escapingLink(t *testing.T, dir string) []string {
	t.Helper()
	outside := filepath.Join(dir, "ngoai.md.tmpl")
	if err := os.WriteFile(outside, []byte("bí mật"), 0o644); err != nil {
		t.Fatal(err)
	}
	mau := filepath.Join(dir, "mau")
	if err := os.MkdirAll(mau, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(mau, "ke-hoach.md.tmpl")); err != nil {
		t.Fatal(err)
	}
	return []string{copyFile(t, "_mau.yaml", dir), "-mau", mau}
}

// readOnlyDir returns a folder nobody may write into: a chmod 0555 folder, or for root
// (who may write anyway) /sys, where nobody may create files.
func readOnlyDir(t *testing.T, dir string) string {
	t.Helper()
	if os.Geteuid() == 0 {
		return "/sys"
	}
	ro := filepath.Join(dir, "chi-doc")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	return ro
}
