package data

// TaskEntry is a task with the text the plan words it in, and the section it belongs to.
type TaskEntry struct {
	Task
	Text string `json:"noi_dung"`
	// Section is the number of the section (phan) holding the task, from 1; 0 for a task
	// outside sections (in a top-level muc or in an article).
	Section int `json:"phan"`
}

// Tasks lists the document's tasks in the order they appear.
func (p *Plan) Tasks() []TaskEntry {
	var out []TaskEntry
	var blocks func(sec int, bs []Block)
	blocks = func(sec int, bs []Block) {
		for _, b := range bs {
			if b.Task != nil {
				out = append(out, TaskEntry{Task: *b.Task, Text: b.Paragraph + b.Bullet, Section: sec})
			}
			blocks(sec, b.Sub)
		}
	}
	var items func(sec int, its []Item)
	items = func(sec int, its []Item) {
		for _, it := range its {
			if it.Task != nil {
				out = append(out, TaskEntry{Task: *it.Task, Text: it.Title + it.Text, Section: sec})
			}
			blocks(sec, it.Content)
			items(sec, it.Points)
		}
	}
	for i, s := range p.Sections {
		blocks(i+1, s.Content)
		items(i+1, s.Items)
	}
	items(0, p.Items)
	for _, a := range p.Articles {
		blocks(0, a.Content)
		items(0, a.Clauses)
	}
	return out
}
