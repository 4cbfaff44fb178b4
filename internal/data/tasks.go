package data

import (
	"fmt"
	"strings"
)

// TaskEntry is a task with the text the document words it in, the section it belongs to and
// where it stands in the file.
type TaskEntry struct {
	Task
	Text string `json:"noi_dung"`
	// Section is the number of the section (phan) holding the task, from 1; 0 for a task
	// outside sections (in a top-level muc or in an article).
	Section int `json:"phan"`
	// Item is the number of the first-level item (muc) of the section holding the task, from
	// 1 (the areas of a plan: "1. Cải cách thể chế"); 0 for a task before the section's items.
	Item int `json:"muc"`
	// Area is the title of that item when the document's tasks are grouped by areas (see
	// [ByArea]); "" otherwise. The task table opens each area with a row of its own.
	Area string `json:"linh_vuc"`
	// Continues is true for the second and later tasks of one nhiem_vu list: they share
	// the text of their block (the task table merges its STT and Nhiệm vụ cells with the
	// row above when they read the same).
	Continues bool `json:"noi_tiep"`
	// Path is the YAML path of the task's nhiem_vu ("$.phan[1].muc[0].noi_dung[2].nhiem_vu"),
	// for messages that point at it.
	Path string `json:"-"`
}

// Tasks lists the document's tasks in the order they appear.
func (p *Document) Tasks() []TaskEntry {
	var out []TaskEntry
	area := "" // the title of the first-level item walked
	add := func(ts Tasks, text string, sec, item int, path string) {
		a := ""
		if item > 0 {
			a = area
		}
		for i, t := range ts {
			out = append(out, TaskEntry{Task: t, Text: text, Section: sec, Item: item, Area: a, Continues: i > 0, Path: ts.Path(path+".nhiem_vu", i)})
		}
	}
	var blocks func(sec, item int, path string, bs []Block)
	blocks = func(sec, item int, path string, bs []Block) {
		for i, b := range bs {
			q := fmt.Sprintf("%s[%d]", path, i)
			add(b.Tasks, b.Paragraph+b.Bullet, sec, item, q)
			blocks(sec, item, q+".y_con", b.Sub)
		}
	}
	// items walks the items at path; item is their first-level item's number, 0 when they
	// are the first level themselves.
	var items func(sec, item int, path string, its []Item)
	items = func(sec, item int, path string, its []Item) {
		for i, it := range its {
			n := item
			if n == 0 {
				n, area = i+1, strings.TrimSpace(it.Title)
			}
			q := fmt.Sprintf("%s[%d]", path, i)
			add(it.Tasks, it.Title+it.Text, sec, n, q)
			blocks(sec, n, q+".noi_dung", it.Content)
			items(sec, n, q+".diem", it.Points)
		}
	}
	sections := func(path string, ss []Section) {
		for i, s := range ss {
			blocks(i+1, 0, fmt.Sprintf("%s[%d].noi_dung", path, i), s.Content)
			items(i+1, 0, fmt.Sprintf("%s[%d].muc", path, i), s.Items)
		}
	}
	articles := func(path string, as []Article) {
		for i, a := range as {
			blocks(0, 0, fmt.Sprintf("%s[%d].noi_dung", path, i), a.Content)
			items(0, 0, fmt.Sprintf("%s[%d].khoan", path, i), a.Clauses)
		}
	}
	sections("$.phan", p.Sections)
	items(0, 0, "$.muc", p.Items)
	articles("$.dieu", p.Articles)
	for i, a := range p.Appendices {
		blocks(0, 0, fmt.Sprintf("$.phu_luc[%d].noi_dung", i), a.Content)
	}
	if a := p.Attached; a != nil {
		// The tasks of an attached kế hoạch are the decision's: its sections number them.
		for i, c := range a.Chapters {
			articles(fmt.Sprintf("$.van_ban_kem_theo.chuong[%d].dieu", i), c.Articles)
		}
		articles("$.van_ban_kem_theo.dieu", a.Articles)
		sections("$.van_ban_kem_theo.phan", a.Sections)
	}
	if !ByArea(out) {
		for i := range out {
			out[i].Area = ""
		}
	}
	return out
}

// ByArea tells whether tasks follow a plan's areas — the titled first-level items of one
// section ("1. Cải cách thể chế", "2. Cải cách thủ tục hành chính" …) — rather than its
// sections: when every task lies in a titled item of the same section, and they lie in two
// items at least.
func ByArea(ts []TaskEntry) bool {
	items := map[int]bool{}
	for _, t := range ts {
		if t.Item == 0 || t.Area == "" || t.Section != ts[0].Section {
			return false
		}
		items[t.Item] = true
	}
	return len(items) > 1
}
