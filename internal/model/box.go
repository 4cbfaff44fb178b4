package model

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Box is a run of blocks kept on one page ("giữ trang"); a Frame box is also drawn in a
// rectangle ("khung"), its paragraphs as centred BoxLines: the sample layout of a
// ceremony backdrop, a notice inside a hướng dẫn. A box taller than a page still goes on
// to the next, never cut.
type Box struct {
	Frame  bool
	Blocks []Block
	Pos    Pos
}

// BoxLine is one centred line of a framed box, in the size and weight the writer typed
// before it ("{18 đậm}"): Size 0 is the body's size. Gap is set on the first line of a
// paragraph that a blank line stands before: the body's paragraph space goes above it.
type BoxLine struct {
	Runs         []Run
	Size         float64
	Bold, Italic bool
	Gap          bool
	Pos          Pos
}

// Position implements Block.
func (b *Box) Position() Pos { return b.Pos }

// Position implements Block.
func (l *BoxLine) Position() Pos { return l.Pos }

// dump writes the box as its blocks between two lines naming it.
func (b *Box) dump(w io.Writer) error {
	name := "GIỮ TRANG"
	if b.Frame {
		name = "KHUNG"
	}
	if _, err := fmt.Fprintln(w, name); err != nil {
		return err
	}
	if err := dumpBlocks(w, b.Blocks); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "HẾT "+name)
	return err
}

// dump writes the line with its style as the writer types it: "DÒNG {18 đậm} …".
func (l *BoxLine) dump(w io.Writer) error {
	var style []string
	if l.Size > 0 {
		style = append(style, strconv.FormatFloat(l.Size, 'f', -1, 64))
	}
	if l.Bold {
		style = append(style, "đậm")
	}
	if l.Italic {
		style = append(style, "nghiêng")
	}
	gap := ""
	if l.Gap {
		gap = "¶ "
	}
	_, err := fmt.Fprintf(w, "DÒNG %s{%s} %s\n", gap, strings.Join(style, " "), DumpRuns(l.Runs))
	return err
}
