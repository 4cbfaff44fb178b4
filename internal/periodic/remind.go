package periodic

import (
	"vanban/internal/diag"
	"vanban/internal/pipeline"
	"vanban/internal/progress"
	"vanban/internal/report"
	"vanban/internal/vn"
)

// RemindOptions choose the công văn đôn đốc of a period.
type RemindOptions struct {
	// Period is the period's name as its folder is named ("2024-11", "2024-quy-4").
	Period string
	// Unit is a lead unit's id: only its reminder; empty: every unit that owes something.
	Unit string
	// Date is the issue date; zero takes the period's last day (the command line passes
	// SOURCE_DATE_EPOCH here; nothing reads the clock).
	Date vn.Date
	// SendTo names where the units send their reports; empty: see report.RemindOptions.
	SendTo string
}

// Reminder is one unit's công văn đôn đốc: the unit's id (its progress files' name), its
// official Markdown, and the công văn in each format asked for (Files[i] in formats[i]).
type Reminder struct {
	Unit     string
	Markdown []byte
	Files    [][]byte
}

// Reminders builds the công văn đôn đốc of a period from a progress folder (book: its
// theo-doi.yaml), one per lead unit with overdue tasks or a missing submission, in registry
// order; none when nobody owes anything, and none for a unit whose file is broken. Each is
// built in every format of formats (see Build). The folder's problems come back as with
// Report.
func Reminders(b *pipeline.Builder, book string, opt RemindOptions, formats []string) ([]Reminder, diag.List, error) {
	f, err := progress.Load(book, opt.Period, opt.Date)
	if err != nil {
		return nil, nil, err
	}
	out, err := RemindersOf(b, f, opt, formats)
	return out, Problems(f), err
}

// RemindersOf builds the công văn of a folder already read for its period, as a batch does
// once for every document of a period (opt.Period is not read).
func RemindersOf(b *pipeline.Builder, f *progress.Folder, opt RemindOptions, formats []string) ([]Reminder, error) {
	if u := f.Book.Registry.Unit(opt.Unit); u != nil && f.BrokenOf(u) != nil {
		return nil, f.BrokenOf(u)
	}
	rs, err := report.Reminders(f.Book, f.Summary, report.RemindOptions{Unit: opt.Unit, Date: opt.Date, SendTo: opt.SendTo})
	if err != nil {
		return nil, err
	}
	out := make([]Reminder, 0, len(rs))
	for _, r := range rs {
		md, err := b.Render("cong_van_don_doc", string(f.Book.Plan.System), r.Data)
		if err != nil {
			return nil, err
		}
		files, err := Build(b, f.File+" (công văn đôn đốc "+f.Period.String()+", "+r.Unit.ID+").md", md, formats)
		if err != nil {
			return nil, err
		}
		out = append(out, Reminder{Unit: r.Unit.ID, Markdown: md, Files: files})
	}
	return out, nil
}
