package batch

import (
	"vanban/internal/periodic"
	"vanban/internal/report"
)

// Reminder names a unit's công văn đôn đốc in the period's folder, without the extension
// its format gives: don-doc-<ma-don-vi>.
func Reminder(unit string) string { return "don-doc-" + unit }

// ReminderJobs gives one job a unit that owes something in the period (overdue tasks or a
// missing report): its công văn đôn đốc. Units that owe nothing get none.
func ReminderJobs(in *Input) []Job {
	rs, err := report.Reminders(in.Book, in.Summary, report.RemindOptions{Date: in.Date})
	if err != nil {
		return []Job{{Name: "don-doc", Kind: "don-doc", Build: func() ([]File, error) { return nil, err }}}
	}
	jobs := make([]Job, 0, len(rs))
	for _, r := range rs {
		unit := r.Unit.ID
		jobs = append(jobs, in.documentJob(Reminder(unit), unit, "don-doc", func(formats []string) ([][]byte, error) {
			out, err := periodic.RemindersOf(in.Builder, in.Folder, periodic.RemindOptions{Unit: unit, Date: in.Date}, formats)
			if err != nil || len(out) == 0 {
				return nil, err
			}
			return out[0].Files, nil
		}))
	}
	return jobs
}
