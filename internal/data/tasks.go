package data

import "fmt"

// TaskEntry is a task with the text the document words it in, the section it belongs to and
// where it stands in the file.
type TaskEntry struct {
	Task
	Text string `json:"noi_dung"`
	// Section is the number of the section (phan) holding the task, from 1; 0 for a task
	// outside sections (in a top-level muc or in an article).
	Section int `json:"phan"`
	// Path is the YAML path of the task's nhiem_vu ("$.phan[1].muc[0].noi_dung[2].nhiem_vu"),
	// for messages that point at it.
	Path string `json:"-"`
}

// Tasks lists the document's tasks in the order they appear.
func (p *Document) Tasks() []TaskEntry {
	var out []TaskEntry
	add := func(t *Task, text string, sec int, path string) {
		if t != nil {
			out = append(out, TaskEntry{Task: *t, Text: text, Section: sec, Path: path + ".nhiem_vu"})
		}
	}
	var blocks func(sec int, path string, bs []Block)
	blocks = func(sec int, path string, bs []Block) {
		for i, b := range bs {
			q := fmt.Sprintf("%s[%d]", path, i)
			add(b.Task, b.Paragraph+b.Bullet, sec, q)
			blocks(sec, q+".y_con", b.Sub)
		}
	}
	var items func(sec int, path string, its []Item)
	items = func(sec int, path string, its []Item) {
		for i, it := range its {
			q := fmt.Sprintf("%s[%d]", path, i)
			add(it.Task, it.Title+it.Text, sec, q)
			blocks(sec, q+".noi_dung", it.Content)
			items(sec, q+".diem", it.Points)
		}
	}
	for i, s := range p.Sections {
		blocks(i+1, fmt.Sprintf("$.phan[%d].noi_dung", i), s.Content)
		items(i+1, fmt.Sprintf("$.phan[%d].muc", i), s.Items)
	}
	items(0, "$.muc", p.Items)
	for i, a := range p.Articles {
		blocks(0, fmt.Sprintf("$.dieu[%d].noi_dung", i), a.Content)
		items(0, fmt.Sprintf("$.dieu[%d].khoan", i), a.Clauses)
	}
	return out
}
