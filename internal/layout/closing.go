package layout

import (
	"strings"

	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/vn"
)

// columnGap keeps the recipients' longest lines off the signature column, in points.
const columnGap = 6

// closing is the block after the body, kept on one page: "Nơi nhận:" and the recipients
// on the left, the signature on the right, the label level with the authority line.
func (e *engine) closing() box {
	c := e.p.Closing
	m := e.doc.Meta
	lx, lw, rx, rw := e.columns(c.LeftShare)
	lead := c.LineGapPT
	var items []Item

	// Left: the label, then one line a recipient, then the archive line.
	ly := 0.0
	if len(m.Recipients) > 0 || strings.TrimSpace(m.Archive) != "" {
		for _, l := range e.para(text(c.Label), styleOf(c.LabelStyle), lx, lw, 0, lead, model.AlignLeft) {
			items = append(items, shift(l.items, ly)...)
			ly += l.h
		}
		lines := make([]string, 0, len(m.Recipients)+1)
		for _, r := range m.Recipients {
			lines = append(lines, r.Text())
		}
		if a := strings.TrimSpace(m.Archive); a != "" {
			lines = append(lines, strings.ReplaceAll(c.ArchiveFormat, "{luu}", a))
		}
		rs := c.Recipients
		rlead := rs.Style.Size * 1.2
		for i, s := range lines {
			end := rs.LineEnd
			if i == len(lines)-1 {
				end = rs.LastEnd
			}
			for _, l := range e.para(text(rs.Prefix+punctuate(s, end)), styleOf(rs.Style), lx, lw-columnGap, 0, rlead, model.AlignLeft) {
				items = append(items, shift(l.items, ly)...)
				ly += l.h
			}
		}
	}

	// Right: authority, position, the space to sign, the name.
	ry := 0.0
	s := m.Signer
	if strings.TrimSpace(s.Authority) != "" {
		its, ny, _ := e.column(vn.Upper(s.Authority), c.Authority, rx, rw, ry, lead)
		items, ry = append(items, its...), ny
	}
	its, ny, _ := e.column(vn.Upper(s.Position), c.Position, rx, rw, ry, lead)
	items, ry = append(items, its...), ny+profile.MM(c.SignGapMM)
	its, ry, _ = e.column(s.Name, c.Name, rx, rw, ry, lead)
	items = append(items, its...)

	return box{lines: []line{{h: max(ly, ry), items: items}}, before: c.SpaceBeforePT, together: true}
}

// shift moves items down by dy.
func shift(items []Item, dy float64) []Item {
	for i := range items {
		items[i].Y += dy
	}
	return items
}
