package pdftest

import (
	"fmt"
	"reflect"
	"testing"
)

// pdffontsLine formats a row the way poppler's pdffonts.cc does.
func pdffontsLine(name, typ, enc, emb, sub, uni string, num int) string {
	return fmt.Sprintf("%-36s %-17s %-16s %-3s %-3s %-3s %6d %2d\n", name, typ, enc, emb, sub, uni, num, 0)
}

func TestParsePdffonts(t *testing.T) {
	const header = "name                                 type              encoding         emb sub uni object ID\n" +
		"------------------------------------ ----------------- ---------------- --- --- --- ---------\n"
	long := "ABCDEF+LiberationSerif-BoldItalicWithAVeryLongName"
	tests := []struct {
		name    string
		out     string
		want    []FontInfo
		wantErr bool
	}{
		{name: "no fonts", out: header},
		{name: "empty output", out: ""},
		{
			name: "gopdf fonts",
			out: header +
				pdffontsLine("serif", "CID TrueType", "Identity-H", "yes", "no", "yes", 9) +
				pdffontsLine("serif", "CID TrueType", "Identity-H", "yes", "no", "yes", 14),
			want: []FontInfo{
				{Name: "serif", Type: "CID TrueType", Encoding: "Identity-H", Embedded: true, Unicode: true},
				{Name: "serif", Type: "CID TrueType", Encoding: "Identity-H", Embedded: true, Unicode: true},
			},
		},
		{
			name: "long name shifts the columns; spaces inside values",
			out: header +
				pdffontsLine(long, "CID TrueType (OT)", "Identity-H", "yes", "yes", "yes", 14) +
				pdffontsLine("Times New Roman", "TrueType", "WinAnsi", "no", "no", "no", 22) +
				pdffontsLine("[none]", "Type 3", "Custom", "yes", "no", "no", 20) +
				pdffontsLine("X", "Type 1C", "UniJIS-UCS2-HW-H-long", "yes", "yes", "no", 1234567),
			want: []FontInfo{
				{Name: long, Type: "CID TrueType (OT)", Encoding: "Identity-H", Embedded: true, Subset: true, Unicode: true},
				{Name: "Times New Roman", Type: "TrueType", Encoding: "WinAnsi"},
				{Name: "[none]", Type: "Type 3", Encoding: "Custom", Embedded: true},
				{Name: "X", Type: "Type 1C", Encoding: "UniJIS-UCS2-HW-H-long", Embedded: true, Subset: true},
			},
		},
		{name: "garbage", out: "Syntax Error: something\n", wantErr: true},
		{name: "bad yes/no", out: header + pdffontsLine("a", "Type 1", "Custom", "maybe", "no", "no", 1), wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parsePdffonts(tc.out)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestParseBBox(t *testing.T) {
	const out = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title></title>
<meta name="Producer" content="gopdf"/>
</head>
<body>
<doc>
  <page width="595.000000" height="842.000000">
    <word xMin="70.000000" yMin="88.417000" xMax="90.917000" yMax="102.808000">Ban</word>
    <word xMin="94.167000" yMin="88.417000" xMax="135.494000" yMax="102.808000">Thu&#x31b;o&#x31b;&#x300;ng</word>
    <word xMin="10" yMin="1" xMax="20" yMax="2">A&amp;B&lt;</word>
  </page>
  <page width="842" height="595">
  </page>
</doc>
</body>
</html>`
	got, err := parseBBox([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []Page{
		{Number: 1, Width: 595, Height: 842, Words: []Word{
			{Text: "Ban", X: 70, Y: 102.808, W: 90.917 - 70},
			{Text: "Thường", X: 94.167, Y: 102.808, W: 135.494 - 94.167},
			{Text: "A&B<", X: 10, Y: 2, W: 10},
		}},
		{Number: 2, Width: 842, Height: 595},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{`<page width="x" height="1"></page>`, `<word xMin="1">a</word>`, `<page width="1" height="1"><word>`} {
		if _, err := parseBBox([]byte(bad)); err == nil {
			t.Errorf("parseBBox(%q): want error", bad)
		}
	}
}
