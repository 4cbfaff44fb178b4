// Package progress is the plan cycle's data: what each unit reports, period by period, on
// the tasks of a plan (data.Document, its nhiem_vu), and the figures an office draws from those
// reports.
//
// The pieces, from the files up:
//
//   - [Period]: a month, quarter, half-year or year, named the way its folder is
//     ("2024-09", "2024-quy-4", "2024-6-thang-dau", "2024"), with its first and last day.
//   - [Deadline]: a task's thoi_han read as a date ("2024-09-30", "Quý II/2026" → 30/6/2026,
//     "thường xuyên" → never overdue).
//   - [Registry]: the units that report (ma, ten, ten_ngan) and the group names a plan uses
//     in chu_tri and phoi_hop ("Các huyện, thị, thành ủy, đảng ủy trực thuộc" → its members).
//   - [Submission]: one unit's progress file for one period: per task a [Status], a percent,
//     results, difficulties, proposals; and [Indicator] figures.
//   - [Book]: a plan, its registry and the tracking rules (span, submission deadline) read
//     from a folder's theo-doi.yaml. It checks submissions (every problem a Vietnamese
//     diagnostic at file:line:col) and loads the folder <ky>/<ma-don-vi>.yaml.
//   - [Book.Summarize]: a pure function of the book, a period and the submissions: the
//     latest status of every task, counts and rates by section, lead unit and overall,
//     overdue tasks and who owes them, completions, missing and late submissions,
//     indicators and the change against the previous period ([Summary]).
//
// Nothing here reads the clock: a summary of the same files is the same value. Reports,
// reminders and the batch command are built on [Summary]; docs/tien-do.md is the user's
// side of this package.
package progress
