package model_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/goccy/go-yaml"

	"vanban/internal/model"
)

// quyen_han reads as a string, a string with line breaks or a list, and writes one line
// back as a string and several as a list; luu reads as a string or a mapping.
func TestSignerAndArchiveYAML(t *testing.T) {
	for _, c := range []struct {
		in       string
		chain    model.TextLines
		archive  model.Archive
		out      string
		jsonForm string
	}{
		{"quyen_han: KT. CHỦ TỊCH\nluu: VT, NC\n", model.TextLines{"KT. CHỦ TỊCH"}, model.Archive{Place: "VT, NC"},
			"quyen_han: KT. CHỦ TỊCH\nluu: VT, NC\n", `{"quyen_han":"KT. CHỦ TỊCH","luu":"VT, NC"}`},
		{"quyen_han: \"TM. ỦY BAN NHÂN DÂN\\n KT. CHỦ TỊCH \\n\"\n", model.TextLines{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, model.Archive{},
			"quyen_han:\n- TM. ỦY BAN NHÂN DÂN\n- KT. CHỦ TỊCH\n", `{"quyen_han":["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH"]}`},
		{"quyen_han: [TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG]\nluu: {noi: \"VT, NC\", nguoi_soan: Châu, so_ban: 2}\n",
			model.TextLines{"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"}, model.Archive{Place: "VT, NC", Drafter: "Châu", Copies: 2},
			"quyen_han:\n- TL. CHỦ TỊCH\n- KT. CHÁNH VĂN PHÒNG\nluu:\n  noi: VT, NC\n  nguoi_soan: Châu\n  so_ban: 2\n",
			`{"quyen_han":["TL. CHỦ TỊCH","KT. CHÁNH VĂN PHÒNG"],"luu":{"noi":"VT, NC","nguoi_soan":"Châu","so_ban":2}}`},
	} {
		type doc struct {
			Chain   model.TextLines `yaml:"quyen_han,omitempty" json:"quyen_han"`
			Archive model.Archive   `yaml:"luu,omitempty" json:"luu"`
		}
		var d doc
		if err := yaml.Unmarshal([]byte(c.in), &d); err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if !reflect.DeepEqual(d.Chain, c.chain) || d.Archive != c.archive {
			t.Errorf("%q read as %#v, %#v", c.in, d.Chain, d.Archive)
		}
		out, err := yaml.Marshal(d)
		if err != nil || string(out) != c.out {
			t.Errorf("%q written as %q (%v), want %q", c.in, out, err, c.out)
		}
		var j doc
		if err := json.Unmarshal([]byte(c.jsonForm), &j); err != nil || !reflect.DeepEqual(j, d) {
			t.Errorf("JSON %s read as %#v (%v), want %#v", c.jsonForm, j, err, d)
		}
	}
}

func TestCutArchiveLabel(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		ok       bool
	}{
		{"Lưu: VT, NC", "VT, NC", true},
		{"lưu:VT", "VT", true},
		{"Lưu VT, NC", "VT, NC", true},
		{"Lưu Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy", true},
		{"LƯU", "", true},
		{"Lưu trữ lịch sử tỉnh", "Lưu trữ lịch sử tỉnh", false},
		{"VT, NC", "VT, NC", false},
	} {
		if rest, ok := model.CutArchiveLabel(c.in); rest != c.rest || ok != c.ok {
			t.Errorf("CutArchiveLabel(%q) = %q, %v; want %q, %v", c.in, rest, ok, c.rest, c.ok)
		}
	}
}
