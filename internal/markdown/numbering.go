package markdown

import (
	"errors"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/vn"
)

// Check reads an official Markdown document as Parse does and returns what it finds:
// Parse's errors when the document does not read; else its warnings. A warning is what
// would print other than as typed (see printable.go), or a number typed before a heading,
// a paragraph or an ordered-list item that skips one or repeats the one before it in the
// same list ("5." then "7."; "2." twice): vanban prints numbers as typed, so a gap is the
// writer's to confirm.
func Check(name string, src []byte) diag.List {
	doc, warnings, err := parse(name, src)
	if err != nil {
		var ds diag.List
		if !errors.As(err, &ds) {
			ds = diag.List{diag.Errorf(name, 0, 0, "", "%v", err)}
		}
		return ds
	}
	lines := strings.Split(string(src), "\n")
	ds := append(warnings, numbering(name, lines, doc.Blocks)...)
	for _, a := range doc.Appendices {
		ds = append(ds, numbering(name, lines, a.Blocks)...)
	}
	// An attached document numbers its articles and items afresh, and so do its appendices.
	for _, a := range doc.Attached {
		ds = append(ds, numbering(name, lines, a.Blocks)...)
		for _, ap := range a.Appendices {
			ds = append(ds, numbering(name, lines, ap.Blocks)...)
		}
	}
	return ds
}

// numberAt is where the number of label stands on its line: from the block's position
// on, the first place its digits or letters are typed ("1" of "1\.", "3" of "**Điều 3.**").
func numberAt(lines []string, at model.Pos, label string) model.Pos {
	if at.Line < 1 || at.Line > len(lines) {
		return at
	}
	line := []rune(lines[at.Line-1])
	from := min(max(at.Col-1, 0), len(line))
	if i := strings.Index(string(line[from:]), strings.TrimRight(label, ".)")); i >= 0 {
		at.Col = from + len([]rune(string(line[from:])[:i])) + 1
	}
	return at
}

// numbering follows the labels of a run of blocks. Headings and paragraphs that start
// with a label ("II.", "1.", "1.1.", "a)", "Điều 3.") form one list for each depth of
// label (vn.LabelDepth; "Điều" outermost); a label starts its depth afresh below it, and a
// level-1 heading (phần, chương) starts every depth afresh. The items of an ordered list
// are a list of their own, ended by any block of a lesser depth.
func numbering(name string, lines []string, blocks []model.Block) diag.List {
	var ds diag.List
	warn := func(n *vn.Numbering, label string, at model.Pos) {
		if msg, hint := n.Add(label); msg != "" {
			at = numberAt(lines, at, label)
			ds = append(ds, diag.Diagnostic{Severity: diag.Warning, File: name, Line: at.Line, Col: at.Col,
				Message: msg, Hint: hint})
		}
	}
	levels := map[int]*vn.Numbering{}
	lists := map[int]*vn.Numbering{} // ordered lists by depth
	for _, b := range blocks {
		var runs []model.Run
		var at model.Pos
		switch b := b.(type) {
		case *model.Heading:
			if b.Level == 1 {
				clear(levels)
				clear(lists)
				continue
			}
			runs, at = b.Runs, b.Pos
		case *model.Paragraph:
			if b.Marker != "" {
				for d := range lists {
					if d > b.Depth || d == b.Depth && !ordered(b.Marker) {
						delete(lists, d)
					}
				}
				if ordered(b.Marker) {
					if lists[b.Depth] == nil {
						lists[b.Depth] = &vn.Numbering{}
					}
					warn(lists[b.Depth], b.Marker, b.Pos)
				}
				continue
			}
			runs, at = b.Runs, b.Pos
		}
		clear(lists)
		label, depth := leadingLabel(runs)
		if depth < 0 {
			continue
		}
		for d := range levels {
			if d > depth {
				delete(levels, d)
			}
		}
		if levels[depth] == nil {
			levels[depth] = &vn.Numbering{}
		}
		warn(levels[depth], label, at)
	}
	return ds
}

// ordered reports whether a list marker is a number ("5.", "2)").
func ordered(marker string) bool {
	return marker != "" && marker[0] >= '0' && marker[0] <= '9'
}

// leadingLabel finds the label that starts a text: "1.1." of "1.1. Mục tiêu", "3." of
// "Điều 3. Hiệu lực". It returns the label, its depth (0 for an article, else
// vn.LabelDepth), or depth -1 when the text starts with no label. A label ends with "." or ")" and a space: "3.5 triệu" starts with none.
func leadingLabel(runs []model.Run) (label string, depth int) {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
		if b.Len() > 40 {
			break
		}
	}
	text := b.String()
	if rest, ok := strings.CutPrefix(text, "Điều "); ok {
		token, _, _ := strings.Cut(rest, " ")
		if strings.HasSuffix(token, ".") && vn.LabelDepth(token) > 1 {
			return token, 0
		}
		return "", -1
	}
	token, _, found := strings.Cut(text, " ")
	if !found || !strings.HasSuffix(token, ".") && !strings.HasSuffix(token, ")") {
		return "", -1
	}
	if d := vn.LabelDepth(token); d > 0 {
		return token, d
	}
	return "", -1
}
