package layout

import (
	"fmt"
	"io"
	"strings"
	"vanban/internal/diag"
)

// Kind tells what an Item is.
type Kind uint8

const (
	// TextItem is a piece of text in one font and size.
	TextItem Kind = iota
	// RuleItem is a straight line.
	RuleItem
	// BoxItem is a filled rectangle with an outline (a bar of a chart).
	BoxItem
)

// Item is one thing drawn on a page. Coordinates are points from the top-left corner.
//
// A text item starts at X with its baseline at Y; W is the width it occupies, WordSpacing
// included. WordSpacing is the space added to every U+0020 between two words of Text (not
// to a leading or trailing one), in points: the layout's justification, which every page
// backend draws as given, so that all of them show the same lines. A rule runs from
// (X, Y) to (X+W, Y+H) with line width Stroke. A box has its top-left corner at (X, Y), size
// W×H, a fill of grey level Fill (0 black, 1 white) and an outline of width Stroke.
type Item struct {
	Kind        Kind
	X, Y        float64
	W, H        float64
	Text        string
	Font        Font
	Size        float64
	WordSpacing float64
	Stroke      float64
	Fill        float64
}

// Page is one page of placed items. Width and Height are its size (an appendix may turn
// its pages to landscape); Number is the page number it shows, 0 for none.
type Page struct {
	Items         []Item
	Width, Height float64
	Number        int
}

// Document is the result of the layout.
type Document struct {
	Width, Height float64
	Pages         []Page
	// FontsUsed tells which of the four styles appear, so the backend embeds only those.
	FontsUsed [4]bool
	// Title and Subject go into the PDF's information dictionary.
	Title, Subject string
	// Warnings are what prints otherwise than typed (a one-line field that wraps).
	Warnings diag.List
}

// Dump writes the pages one item a line, for golden tests and debugging.
func (d *Document) Dump(w io.Writer) error {
	for i, p := range d.Pages {
		if _, err := fmt.Fprintf(w, "trang %d (%.0f×%.0f, số %d)\n", i+1, p.Width, p.Height, p.Number); err != nil {
			return err
		}
		for _, it := range p.Items {
			var err error
			switch it.Kind {
			case TextItem:
				j := ""
				if it.WordSpacing > 0 {
					j = fmt.Sprintf(" giãn %.3f", it.WordSpacing)
				}
				_, err = fmt.Fprintf(w, "  chữ %.2f %.2f w=%.2f %s %.4g%s %q\n", it.X, it.Y, it.W, it.Font, it.Size, j, it.Text)
			case RuleItem:
				_, err = fmt.Fprintf(w, "  kẻ %.2f %.2f → %.2f %.2f nét %.2g\n", it.X, it.Y, it.X+it.W, it.Y+it.H, it.Stroke)
			case BoxItem:
				_, err = fmt.Fprintf(w, "  hộp %.2f %.2f %.2f×%.2f xám %.2g\n", it.X, it.Y, it.W, it.H, it.Fill)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Text returns the text of the document's pages, lines in drawing order, for tests.
func (d *Document) Text() string {
	var b strings.Builder
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if it.Kind == TextItem {
				b.WriteString(it.Text)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}
