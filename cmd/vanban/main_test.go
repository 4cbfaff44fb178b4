package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seed = "../../data/ke-hoach-81-kl-tw.yaml"

func runCLI(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		out   string
		magic string
	}{
		{"kh.pdf", "%PDF-"},
		{"kh.docx", "PK\x03\x04"},
		{"kh.md", "---\nhe_thong: dang\n"},
	} {
		out := filepath.Join(dir, c.out)
		code, _, stderr := runCLI("dung", seed, "-o", out)
		if code != 0 {
			t.Fatalf("build -o %s: exit %d: %s", c.out, code, stderr)
		}
		got, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(got, []byte(c.magic)) {
			t.Errorf("%s does not start with %q (err %v)", c.out, c.magic, err)
		}
	}
	// Flags may also come before the input; no stray temporary files are left.
	if code, _, stderr := runCLI("dung", "-o", filepath.Join(dir, "b.pdf"), seed); code != 0 {
		t.Fatalf("flags first: exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestStages: -giai-doan prints what each stage makes.
func TestStages(t *testing.T) {
	for _, c := range []struct{ stage, want string }{
		{"md", "## I. MỤC ĐÍCH, YÊU CẦU"},
		{"mo-hinh", "H2 I. MỤC ĐÍCH, YÊU CẦU"},
		{"bo-cuc", "đậm 15 \"ĐẢNG CỘNG SẢN VIỆT NAM\""},
	} {
		code, stdout, stderr := runCLI("dung", seed, "-giai-doan", c.stage)
		if code != 0 || !strings.Contains(stdout, c.want) {
			t.Errorf("-giai-doan %s: exit %d, stderr %q, output lacks %q", c.stage, code, stderr, c.want)
		}
	}
	if code, _, stderr := runCLI("dung", seed, "-giai-doan", "x"); code != 2 || !strings.Contains(stderr, "không có giai đoạn") {
		t.Errorf("unknown stage: exit %d, %q", code, stderr)
	}
}

func TestBuildDefaultOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "kh.yaml")
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("dung", in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "kh.pdf")); err != nil {
		t.Errorf("no PDF next to the input: %v", err)
	}
}

// TestFailedBuildKeepsOutput: a build that fails exits 1 with a located Vietnamese
// message and leaves the previous output file as it was.
func TestFailedBuildKeepsOutput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "sai.yaml")
	if err := os.WriteFile(bad, []byte("he_thong: dang\nloai: ke_hoach\nco_quan: X\nthoi_hn: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "cu.pdf")
	if err := os.WriteFile(out, []byte("bản cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("dung", bad, "-o", out)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "sai.yaml:4:1: lỗi: trường “thoi_hn” không tồn tại") {
		t.Errorf("stderr %q lacks the located message", stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != "bản cũ" {
		t.Errorf("previous output changed to %q", got)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "vao.md")
	if err := os.WriteFile(in, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no command", []string{"xay"}, 2, "không có lệnh “xay” — dùng dung, kiem-tra, tao, mau, chuyen-ma, bao-cao, thang, don-doc hoặc ke-hoach-don-vi"},
		{"no input", []string{"dung"}, 2, "cần đúng một tệp vào"},
		{"two inputs", []string{"dung", seed, seed}, 2, "cần đúng một tệp vào"},
		{"bad format", []string{"dung", seed, "-o", filepath.Join(dir, "x.odt")}, 2, "không biết định dạng"},
		{"missing input", []string{"dung", filepath.Join(dir, "khong-co.yaml")}, 1, "không có tệp này"},
		{"output is input", []string{"dung", in, "-o", in}, 1, "chính là tệp đầu vào"},
		{"no output folder", []string{"dung", seed, "-o", filepath.Join(dir, "khong-co", "kh.pdf")}, 1, "không ghi được"},
		{"unknown flag", []string{"dung", seed, "-x"}, 2, "không có cờ “-x”"},
		{"flag without value", []string{"dung", seed, "-o"}, 2, "cờ “-o” cần một giá trị"},
		{"input is a folder", []string{"dung", dir}, 1, "đây là một thư mục"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(c.args...)
			if code != c.code || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, c.code, c.want)
			}
		})
	}
}

func TestReadOnlyOutputDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders; the check needs an ordinary user")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	code, _, stderr := runCLI("dung", seed, "-o", filepath.Join(dir, "kh.pdf"))
	if code != 1 || !strings.Contains(stderr, "không ghi được") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"help"}, {"dung", "-h"}, {}} {
		code, stdout, _ := runCLI(args...)
		if code != 0 || !strings.Contains(stdout, "vanban dung TỆP-VÀO") || !strings.Contains(stdout, "-the-thuc") ||
			!strings.Contains(stdout, "build = dung") {
			t.Errorf("help %v: exit %d:\n%s", args, code, stdout)
		}
	}
}

// TestCommands: every command of the table has its line in the help and answers -h with
// the help (exit 0); every alias reaches its command: the same entry of the table, and the
// same answer to a call without arguments.
func TestCommands(t *testing.T) {
	_, help, _ := runCLI("-h")
	for _, c := range commands() {
		if !strings.Contains(help, "  vanban "+c.name+" ") {
			t.Errorf("the help lacks %s", c.name)
		}
		if code, stdout, stderr := runCLI(c.name, "-h"); code != 0 || stdout != help {
			t.Errorf("%s -h: exit %d, %s", c.name, code, stderr)
		}
		if c.alias == "" {
			continue
		}
		if a, ok := lookup(c.alias); !ok || a.name != c.name {
			t.Errorf("alias %s reaches %q, want %s", c.alias, a.name, c.name)
		}
		code, stdout, stderr := runCLI(c.name)
		if acode, astdout, astderr := runCLI(c.alias); acode != code || astdout != stdout || astderr != stderr {
			t.Errorf("%s answers (%d, %q, %q), %s (%d, %q, %q)", c.alias, acode, astdout, astderr, c.name, code, stdout, stderr)
		}
	}
}
