package layout

import "vanban/internal/form"

// block lays out one body block.
func (e *engine) block(b form.Block) []box {
	switch b := b.(type) {
	case *form.Paragraph:
		return []box{e.paragraph(b)}
	case *form.Table:
		return []box{e.table(b)}
	case *form.Chart:
		return []box{e.chart(b)}
	case *form.PageBreak:
		return []box{{newPage: true}}
	case *form.Box:
		return []box{e.keptBox(b)}
	}
	return nil
}

// paragraph lays out a paragraph, a heading or a list item across the text width.
func (e *engine) paragraph(p *form.Paragraph) box {
	lines := e.para(p.Runs, p.Style, e.left, e.right-e.left, p.Indent, p.Leading, p.Align)
	return box{lines: lines, before: p.Before, keepNext: p.KeepNext}
}
