package markdown

import (
	"vanban/internal/diag"
	mdast "vanban/internal/mdext/ast"
	"vanban/internal/model"
)

// box reads a box and the blocks it holds.
func (r *reader) box(n *mdast.Box) {
	outer := r.blocks
	r.blocks = nil
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c, 0)
		r.seen(c)
	}
	b := &model.Box{Frame: n.Frame, Blocks: r.blocks, Pos: r.pos(n)}
	r.blocks = append(outer, b)
}

// boxLine reads one line of a framed box.
func (r *reader) boxLine(n *mdast.BoxLine) {
	r.blocks = append(r.blocks, &model.BoxLine{Runs: r.inlines(n), Size: n.Size, Bold: n.Bold, Italic: n.Italic,
		Gap: n.HasBlankPreviousLines() && n.PreviousSibling() != nil, Pos: r.pos(n)})
}

// boxMark reports a box's mark that has no partner: what it was to hold would not be kept
// together, or a closing mark closes nothing.
func (r *reader) boxMark(n *mdast.BoxMark) {
	open, end := "<!-- giu trang -->", "<!-- het giu trang -->"
	if n.Frame {
		open, end = "<!-- khung -->", "<!-- het khung -->"
	}
	at := r.pos(n)
	if n.Open {
		r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col,
			"thêm dòng “"+end+"” sau khối cần giữ, ở đầu dòng, ngoài danh sách; trong khối không có khối khác, “sang trang” hay “phụ lục”",
			"“%s” không có dòng đóng “%s”", open, end))
		return
	}
	r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col,
		"thêm dòng “"+open+"” trước khối cần giữ, hoặc xóa dòng này",
		"dòng “%s” không đóng khối nào", end))
}
