package pdftest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// parsePdffonts parses pdffonts output:
//
//	name                                 type              encoding         emb sub uni object ID
//	------------------------------------ ----------------- ---------------- --- --- --- ---------
//	ABCDEF+LiberationSerif               CID TrueType      Identity-H       yes yes yes      9  0
//
// Columns are located by the dash groups under the header. pdffonts pads
// values with printf("%-36s ...") so a value longer than its column (a long
// font name) pushes the rest of the line to the right; splitColumns follows
// that shift.
func parsePdffonts(out string) ([]FontInfo, error) {
	lines := strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
	dash := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "---") {
			dash = i
			break
		}
	}
	if dash < 0 {
		if strings.TrimSpace(out) == "" {
			return nil, nil
		}
		return nil, errors.New("no header underline (----) found")
	}
	cols := dashColumns(lines[dash])
	if len(cols) < 6 {
		return nil, fmt.Errorf("expected at least 6 columns, header underline has %d", len(cols))
	}
	var fonts []FontInfo
	for _, l := range lines[dash+1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		f := splitColumns(l, cols)
		for i, want := range []int{3, 4, 5} {
			if v := f[want]; v != "yes" && v != "no" {
				return nil, fmt.Errorf("line %q: column %d is %q, want yes or no", l, 4+i, v)
			}
		}
		fonts = append(fonts, FontInfo{
			Name:     f[0],
			Type:     f[1],
			Encoding: f[2],
			Embedded: f[3] == "yes",
			Subset:   f[4] == "yes",
			Unicode:  f[5] == "yes",
		})
	}
	return fonts, nil
}

// dashColumns returns the [start, end) byte ranges of the dash groups.
func dashColumns(underline string) [][2]int {
	var cols [][2]int
	start := -1
	for i := 0; i <= len(underline); i++ {
		dash := i < len(underline) && underline[i] == '-'
		switch {
		case dash && start < 0:
			start = i
		case !dash && start >= 0:
			cols = append(cols, [2]int{start, i})
			start = -1
		}
	}
	return cols
}

// splitColumns cuts line into the columns cols. When a value runs past the
// end of its column (no space there), the value is extended to the next
// space and every following column is shifted by the same amount. The last
// column takes the rest of the line.
func splitColumns(line string, cols [][2]int) []string {
	out := make([]string, len(cols))
	shift := 0
	for i, c := range cols {
		start := c[0] + shift
		if start >= len(line) {
			break
		}
		end := len(line)
		if i < len(cols)-1 {
			end = min(c[1]+shift, len(line))
			for end < len(line) && line[end] != ' ' {
				end++
			}
			shift = end - c[1]
		}
		out[i] = strings.TrimSpace(line[start:end])
	}
	return out
}

// parseBBox parses the XHTML written by `pdftotext -bbox`.
func parseBBox(out []byte) ([]Page, error) {
	d := xml.NewDecoder(bytes.NewReader(out))
	d.Entity = xml.HTMLEntity
	var pages []Page
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			w, err1 := floatAttr(se, "width")
			h, err2 := floatAttr(se, "height")
			if err := errors.Join(err1, err2); err != nil {
				return nil, err
			}
			pages = append(pages, Page{Number: len(pages) + 1, Width: w, Height: h})
		case "word":
			if len(pages) == 0 {
				return nil, errors.New("<word> outside <page>")
			}
			var bw struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			}
			if err := d.DecodeElement(&bw, &se); err != nil {
				return nil, err
			}
			p := &pages[len(pages)-1]
			p.Words = append(p.Words, Word{
				Text: norm.NFC.String(strings.TrimSpace(bw.Text)),
				X:    bw.XMin,
				Y:    bw.YMax,
				W:    bw.XMax - bw.XMin,
			})
		}
	}
	return pages, nil
}

func floatAttr(se xml.StartElement, name string) (float64, error) {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return strconv.ParseFloat(a.Value, 64)
		}
	}
	return 0, fmt.Errorf("<%s> has no %s attribute", se.Name.Local, name)
}
