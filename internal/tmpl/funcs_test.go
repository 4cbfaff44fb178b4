package tmpl_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"text/template"
	"text/template/parse"

	"github.com/goccy/go-yaml"

	"vanban/internal/model"
	"vanban/internal/tmpl"
)

// TestFuncExamples runs every example of every registered function through text/template:
// the examples are the function reference, so each must hold, and each function needs one.
func TestFuncExamples(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range tmpl.Registry {
		t.Run(f.Name, func(t *testing.T) {
			if seen[f.Name] {
				t.Errorf("function %q registered twice", f.Name)
			}
			seen[f.Name] = true
			if f.Fn == nil || strings.TrimSpace(f.Doc) == "" {
				t.Errorf("function %q needs Fn and a Doc line", f.Name)
			}
			if len(f.Examples) == 0 {
				t.Fatalf("function %q has no example", f.Name)
			}
			for _, ex := range f.Examples {
				tp, err := template.New(f.Name).Funcs(tmpl.Funcs()).Option("missingkey=error").Parse(ex[0])
				if err != nil {
					t.Errorf("%s: %v", ex[0], err)
					continue
				}
				if !calls(tp.Tree.Root, f.Name) {
					t.Errorf("example %s does not call %s", ex[0], f.Name)
				}
				var b strings.Builder
				if err := tp.Execute(&b, nil); err != nil {
					t.Errorf("%s: %v", ex[0], err)
					continue
				}
				if b.String() != ex[1] {
					t.Errorf("%s\n got %q\nwant %q", ex[0], b.String(), ex[1])
				}
			}
		})
	}
}

// calls reports whether the parse tree below n names the function name.
func calls(n parse.Node, name string) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return false
		}
		for _, c := range n.Nodes {
			if calls(c, name) {
				return true
			}
		}
	case *parse.ActionNode:
		return calls(n.Pipe, name)
	case *parse.PipeNode:
		if n == nil {
			return false
		}
		for _, c := range n.Cmds {
			if calls(c, name) {
				return true
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			if calls(a, name) {
				return true
			}
		}
	case *parse.ChainNode:
		return calls(n.Node, name)
	case *parse.IdentifierNode:
		return n.Ident == name
	case *parse.IfNode:
		return calls(n.Pipe, name) || calls(n.List, name) || calls(n.ElseList, name)
	case *parse.RangeNode:
		return calls(n.Pipe, name) || calls(n.List, name) || calls(n.ElseList, name)
	case *parse.WithNode:
		return calls(n.Pipe, name) || calls(n.List, name) || calls(n.ElseList, name)
	}
	return false
}

// TestFuncNamesSorted checks that FuncNames lists every registered function, sorted.
func TestFuncNamesSorted(t *testing.T) {
	names := tmpl.FuncNames()
	if len(names) != len(tmpl.Registry) {
		t.Fatalf("FuncNames has %d names, Registry %d", len(names), len(tmpl.Registry))
	}
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Errorf("FuncNames not sorted: %q before %q", names[i-1], names[i])
		}
	}
	fm := tmpl.Funcs()
	for _, n := range names {
		if fm[n] == nil {
			t.Errorf("Funcs() lacks %q", n)
		}
	}
}

// TestFrontMatterRoundTrip writes Meta values with phan_dau and decodes the YAML back: it
// must give the same Meta for Vietnamese text, multi-line values, ": " and quotes inside a
// value, words YAML would read as other types, and recipients with notes.
func TestFrontMatterRoundTrip(t *testing.T) {
	base := model.Meta{
		System: model.Party, Kind: "ke_hoach", Body: "TỈNH ỦY THANH HÓA", Symbol: "KH/TU",
		Place: "Thanh Hóa", Signer: model.Signer{Authority: model.TextLines{"T/M BAN THƯỜNG VỤ"}, Position: "PHÓ BÍ THƯ", Name: "Lại Thế Nguyên"},
	}
	tests := []struct {
		name string
		edit func(m *model.Meta)
	}{
		{"minimal", func(m *model.Meta) {}},
		{"every field in Vietnamese", func(m *model.Meta) {
			m.ParentBody = "ĐẢNG BỘ TỈNH THANH HÓA"
			m.Number = "05"
			m.Date = "2024-06-04"
			m.TypeName = "KẾ HOẠCH"
			m.Subject = "thực hiện Kết luận số 81-KL/TW của Bộ Chính trị về chủ động ứng phó với biến đổi khí hậu"
			m.Bases = []string{"Căn cứ Điều lệ Đảng;", "Căn cứ Kết luận số 81-KL/TW ngày 29/7/2020"}
			m.Archive = model.Archive{Place: "Văn phòng Tỉnh ủy"}
		}},
		{"multi-line co_quan", func(m *model.Meta) {
			m.System = model.State
			m.Body = "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"
			m.ParentBody = "BỘ NỘI VỤ\nCỤC VĂN THƯ"
		}},
		{"colon-space and quotes inside values", func(m *model.Meta) {
			m.Subject = `Về việc: triển khai "Đề án 06" và 'chuyển đổi số'`
			m.Signer.Authority = model.TextLines{"KT. CHỦ TỊCH: PHÓ CHỦ TỊCH"}
			m.Archive = model.Archive{Place: `VT, "VP"`}
			m.Bases = []string{`"Căn cứ" đầu dòng`, "- gạch đầu", "# không phải chú thích", "a: b"}
		}},
		{"words YAML reads as other types", func(m *model.Meta) {
			m.Number = "123"
			m.Symbol = "yes"
			m.Archive = model.Archive{Place: "null"}
			m.TypeName = "1.5"
			m.Subject = "true"
			m.Bases = []string{"~", "2024-06-04", "0x1F", "on"}
		}},
		{"recipients with notes", func(m *model.Meta) {
			m.Recipients = []model.Recipient{
				{Name: "Ban Bí thư", Note: "b/c"},
				{Name: "Các đồng chí Tỉnh ủy viên"},
				{Name: "Các sở, ban, ngành: Nội vụ, Tài chính", Note: "để t/h"},
				{Name: `Báo "Thanh Hóa"`, Note: "đăng tin"},
			}
		}},
		{"signer chain and Lưu with drafter and copies", func(m *model.Meta) {
			m.System = model.State
			m.Signer.Authority = model.TextLines{"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"}
			m.Archive = model.Archive{Place: "VT, NC", Drafter: "Châu", Copies: 2}
		}},
		{"leading and trailing spaces, empty lines", func(m *model.Meta) {
			m.Subject = "  thụt lề đầu và cuối  "
			m.Body = "DÒNG MỘT\n\nDÒNG BA\n"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := base
			tt.edit(&want)
			data := genericMeta(t, want)
			data["phan"] = []any{map[string]any{"tieu_de": "không thuộc phần đầu"}}

			tp := template.Must(template.New("x").Funcs(tmpl.Funcs()).Parse(`{{ phan_dau . }}`))
			var b strings.Builder
			if err := tp.Execute(&b, data); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			body, ok := strings.CutPrefix(out, "---\n")
			body, ok2 := strings.CutSuffix(body, "---")
			if !ok || !ok2 || !strings.HasSuffix(body, "\n") {
				t.Fatalf("not between “---” lines:\n%s", out)
			}
			var got model.Meta
			if err := yaml.UnmarshalWithOptions([]byte(body), &got, yaml.Strict()); err != nil {
				t.Fatalf("decode: %v\n%s", err, out)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the Meta\n got %#v\nwant %#v\nYAML:\n%s", got, want, out)
			}
		})
	}
}

// genericMeta turns a Meta into the plain map a template sees (the build package passes
// data through JSON the same way).
func genericMeta(t *testing.T, m model.Meta) map[string]any {
	t.Helper()
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
