package pdftest

import (
	"reflect"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"  \n\t ", []string{}},
		{"Ban  Thường\tvụ\nTỉnh\fủy", []string{"Ban", "Thường", "vụ", "Tỉnh", "ủy"}},
		{"Điều\u00a01.\u2003Phạm", []string{"Điều", "1.", "Phạm"}}, // no-break and em space
		{"Thu\u031bo\u031b\u0300ng", []string{"Thường"}},           // decomposed → NFC
	}
	for _, tc := range tests {
		if got := Words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestContainsInOrder(t *testing.T) {
	hay := Words("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch")
	tests := []struct {
		needle  string
		ok      bool
		missing int
	}{
		{"", true, -1},
		{"Ban Thường vụ", true, -1},
		{"Ban Tỉnh Kế hoạch", true, -1},
		{"ban hành ban", false, 2},
		{"Kế Ban", false, 1},
		{"Thuong", false, 0},
	}
	for _, tc := range tests {
		ok, missing := ContainsInOrder(hay, Words(tc.needle))
		if ok != tc.ok || missing != tc.missing {
			t.Errorf("ContainsInOrder(%q) = %v, %d, want %v, %d", tc.needle, ok, missing, tc.ok, tc.missing)
		}
	}
}

func TestDiff(t *testing.T) {
	long := Words("a b c d e f g h i j k l m n o p q r s t")
	tests := []struct {
		name      string
		want, got []string
		contains  []string // substrings of the result; nil means ""
		excludes  []string
	}{
		{name: "equal", want: long, got: long},
		{name: "both empty"},
		{
			name: "changed word with context",
			want: long, got: Words("a b c d e f g h i j X l m n o p q r s t"),
			contains: []string{"word 10", "want: … c d e f g h i j «k» l m n o p q r s …", "got:  … c d e f g h i j «X» l m"},
			excludes: []string{" b "},
		},
		{
			name: "missing word",
			want: Words("một hai ba"), got: Words("một ba"),
			contains: []string{"word 1 (want 3 words, got 2)", `word "hai" missing`},
		},
		{
			name: "extra word",
			want: Words("một ba"), got: Words("một hai ba"),
			contains: []string{`extra word "hai"`},
		},
		{
			name: "got ends early",
			want: Words("một hai"), got: Words("một"),
			contains: []string{"want: một «hai»", "got:  một «END»"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Diff(tc.want, tc.got)
			if tc.contains == nil && got != "" {
				t.Fatalf("Diff = %q, want \"\"", got)
			}
			for _, s := range tc.contains {
				if !strings.Contains(got, s) {
					t.Errorf("Diff = %q\nlacks %q", got, s)
				}
			}
			for _, s := range tc.excludes {
				if strings.Contains(got, s) {
					t.Errorf("Diff = %q\nshould not contain %q", got, s)
				}
			}
		})
	}
}
