// Package pdf draws laid-out pages (layout.Document) into PDF bytes with gopdf. It decides
// nothing about where things go: it embeds the fonts the layout used, draws each text
// piece and rule where the layout put it, and writes the information dictionary. It is the
// only package that imports gopdf. The output depends only on its input (no clock), so the
// same document gives the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/signintech/gopdf"

	"vanban/internal/fonts"
	"vanban/internal/layout"
)

// gopdf's style bits for each layout font.
var styles = [4]int{
	layout.Regular:    gopdf.Regular,
	layout.Bold:       gopdf.Bold,
	layout.Italic:     gopdf.Italic,
	layout.BoldItalic: gopdf.Bold | gopdf.Italic,
}

// Render returns the PDF of d, set in the fonts of set.
func Render(d *layout.Document, set *fonts.Set) ([]byte, error) {
	var pdf gopdf.GoPdf
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: d.Width, H: d.Height}, Unit: gopdf.UnitPT})
	var missing []rune
	families := familyNames(set.Name())
	for f, used := range d.FontsUsed {
		if !used {
			continue
		}
		err := pdf.AddTTFFontDataWithOption(families[f], set.Face(layout.Font(f)).Data, gopdf.TtfOption{
			Style:           styles[f],
			OnGlyphNotFound: func(r rune) { missing = append(missing, r) },
		})
		if err != nil {
			return nil, fmt.Errorf("không nạp được phông %s (%s): %w", set.Name(), layout.Font(f), err)
		}
	}
	pdf.SetInfo(gopdf.PdfInfo{Title: d.Title, Subject: d.Subject, Creator: "vanban", Producer: "vanban"})
	for _, pg := range d.Pages {
		pdf.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: pg.Width, H: pg.Height}})
		for _, it := range pg.Items {
			if err := draw(&pdf, set, families, it); err != nil {
				return nil, err
			}
		}
	}
	if len(missing) > 0 {
		// The layout checks every character first; reaching this is a bug, not bad input.
		return nil, fmt.Errorf("phông %s không có ký tự %q", set.Name(), string(missing))
	}
	var buf bytes.Buffer
	if _, err := pdf.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("không ghi được PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// familyNames gives each style its own font name, which becomes the PDF's BaseFont
// ("LiberationSerif-Bold"), so that font lists show what is embedded.
func familyNames(name string) [4]string {
	base := strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || strings.ContainsRune("()<>[]{}/%#", r) {
			return -1
		}
		return r
	}, name)
	if base == "" {
		base = "Font"
	}
	return [4]string{base, base + "-Bold", base + "-Italic", base + "-BoldItalic"}
}

func draw(pdf *gopdf.GoPdf, set *fonts.Set, families [4]string, it layout.Item) error {
	switch it.Kind {
	case layout.RuleItem:
		pdf.SetLineWidth(it.Stroke)
		pdf.Line(it.X, it.Y, it.X+it.W, it.Y+it.H)
		return nil
	case layout.BoxItem:
		g := uint8(255 * min(max(it.Fill, 0), 1))
		pdf.SetLineWidth(it.Stroke)
		pdf.SetFillColor(g, g, g)
		pdf.RectFromUpperLeftWithStyle(it.X, it.Y, it.W, it.H, "FD")
		pdf.SetFillColor(0, 0, 0) // text after it is black again
		return nil
	case layout.TextItem:
		if err := pdf.SetFontWithStyle(families[it.Font&3], styles[it.Font&3], it.Size); err != nil {
			return err
		}
		if gaps := interiorSpaces(it.Text); it.WordSpacing > 0 && gaps > 0 {
			// The layout's word spacing is written as a TJ adjustment after each interior
			// space. gopdf v0.37.0 writes those only for a justified cell, so the cell is
			// given the width the layout's spacing makes: gopdf spreads exactly that over
			// the same gaps. A cell aligned to its top puts the baseline one ascent below it.
			w := set.Width(it.Font, it.Size, it.Text) + float64(gaps)*it.WordSpacing
			pdf.SetXY(it.X, it.Y-set.Ascent(it.Font, it.Size))
			return pdf.CellWithOption(&gopdf.Rect{W: w, H: it.Size}, it.Text,
				gopdf.CellOption{Align: gopdf.Justify | gopdf.Top})
		}
		pdf.SetXY(it.X, it.Y)
		return pdf.Text(it.Text)
	}
	return nil
}

// interiorSpaces counts the spaces of s that stand between two words: those the layout's
// word spacing widens.
func interiorSpaces(s string) int {
	return strings.Count(strings.Trim(s, " "), " ")
}
