package layout

import (
	"vanban/internal/form"
)

// chart lays out a bar chart: its title centred, then one row a bar, the label on the left
// (wrapped), the bar drawn to scale in mid grey with a black outline, and the value printed
// after it, so that the chart reads in black and white and its figures are in the text.
// The scale runs to 100 for percentages, else to the largest value. Rows are the box's
// lines: a long chart breaks between bars.
func (e *engine) chart(c *form.Chart) box {
	st := c.Style
	lead := c.Leading
	tw := e.right - e.left
	labelW := tw * 0.38
	valueW := e.m.Width(Regular, st.Size, "100,00%") + 4
	barX := e.left + labelW + 6
	barW := e.right - valueW - barX
	top := 100.0
	if c.Unit != "%" {
		top = 0
		for _, b := range c.Bars {
			top = max(top, b.Value)
		}
	}
	b := box{before: c.Before}
	if c.Title != "" {
		var items []Item
		y := 0.0
		for _, l := range e.para(text(c.Title), form.Style{Size: st.Size, Bold: true}, e.left, tw, 0, lead, form.Center) {
			items = append(items, shift(l.items, y)...)
			y += l.h
		}
		b.lines = append(b.lines, line{h: y + lead/3, items: items})
		b.keepNext = true
	}
	for _, bar := range c.Bars {
		var items []Item
		y := 0.0
		for _, l := range e.para(text(bar.Label), st, e.left, labelW, 0, lead, form.Left) {
			items = append(items, shift(l.items, y)...)
			y += l.h
		}
		h := max(y, lead) + lead/3
		w := 0.0
		if top > 0 {
			w = barW * min(bar.Value, top) / top
		}
		items = append(items, Item{Kind: BoxItem, X: barX, Y: lead * 0.15, W: w, H: lead * 0.7, Fill: 0.55, Stroke: 0.4},
			// The axis, a piece a row, so that a chart that breaks across pages keeps it.
			Item{Kind: RuleItem, X: barX, Y: 0, H: h, Stroke: 0.6})
		for _, l := range e.para(text(bar.Text), st, barX+w+4, valueW, 0, lead, form.Left) {
			items = append(items, l.items...)
		}
		b.lines = append(b.lines, line{h: h, items: items})
	}
	return b
}
