package batch

import (
	"vanban/internal/periodic"
	"vanban/internal/report"
)

// RemindFile is the file name of a unit's công văn đôn đốc.
func RemindFile(unit string) string { return "don-doc-" + unit + ".pdf" }

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
		jobs = append(jobs, Job{Name: RemindFile(unit), Unit: unit, Kind: "don-doc", Build: func() ([]File, error) {
			out, err := periodic.RemindersOf(in.Builder, in.Folder, periodic.RemindOptions{Unit: unit, Date: in.Date}, true)
			if err != nil {
				return nil, err
			}
			files := make([]File, len(out))
			for i, o := range out {
				files[i] = File{Name: RemindFile(o.Unit), Data: o.PDF}
			}
			return files, nil
		}})
	}
	return jobs
}
