package layout

import (
	"vanban/internal/model"
	"vanban/internal/profile"
)

// block lays out one body block.
func (e *engine) block(b model.Block) []box {
	switch b := b.(type) {
	case *model.Heading:
		return []box{e.heading(b)}
	case *model.Paragraph:
		return []box{e.paragraph(b)}
	case *model.Table:
		return []box{e.table(b)}
	case *model.Chart:
		return []box{e.chart(b)}
	}
	return nil
}

func (e *engine) heading(h *model.Heading) box {
	hs := e.p.Headings
	st := e.p.Body.Style
	if len(hs) > 0 {
		st = hs[min(h.Level, len(hs))-1]
	}
	indent := 0.0
	if st.Indent {
		indent = profile.MM(e.p.Body.IndentMM)
	}
	lines := e.para(h.Runs, styleOf(st), e.left, e.right-e.left, indent, e.p.Body.LeadingPT, alignOf(st.Align, model.AlignJustify))
	return box{lines: lines, before: e.p.Body.ParagraphSpacePT, keepNext: true}
}

func (e *engine) paragraph(p *model.Paragraph) box {
	st := e.p.Body.Style
	runs := p.Runs
	if p.Marker != "" {
		marker := p.Marker
		if marker == "-" {
			ms := e.p.Body.BulletMarkers
			marker = ms[(max(p.Depth, 1)-1)%len(ms)]
		}
		runs = append([]model.Run{{Text: marker + " "}}, runs...)
	}
	indent := 0.0
	if st.Indent {
		indent = profile.MM(e.p.Body.IndentMM)
	}
	align := p.Align
	if align == model.AlignDefault {
		align = alignOf(st.Align, model.AlignJustify)
	}
	if align == model.AlignCenter || align == model.AlignRight {
		indent = 0
	}
	lines := e.para(runs, styleOf(st), e.left, e.right-e.left, indent, e.p.Body.LeadingPT, align)
	return box{lines: lines, before: e.p.Body.ParagraphSpacePT}
}
