package progress

import (
	"sort"
	"strings"

	"vanban/internal/vn"
)

// Summary is where a plan stands at the end of a period, drawn from the units' progress
// files: what a báo cáo tiến độ prints and what reminders are built from. Every list is in
// a fixed order (tasks in plan order, units in registry order), so the same files give the
// same Summary.
type Summary struct {
	Period Period
	// Tasks holds every task of the plan, in plan order.
	Tasks []*TaskState
	// Overall counts the tasks by their combined status.
	Overall Count
	// Sections counts the tasks of each section of the plan that has tasks, in order.
	Sections []SectionCount
	// Units holds every lead unit (see Book.Leads), in registry order: its submission for
	// the period and its own status on each task it leads.
	Units []*UnitState
	// Overdue lists the tasks whose deadline has passed at the period's end and that are
	// not done, in plan order.
	Overdue []*TaskState
	// Completed lists the tasks that some lead unit completed in the period.
	Completed []Completion
	// Missing lists the lead units with no submission for the period.
	Missing []*Unit
	// Unreadable lists the lead units whose progress file could not be read fully (see
	// Load): they are not in Missing, and no document of theirs is built.
	Unreadable []*Unit
	// Late lists the submissions of the period sent after their due day.
	Late []Late
	// Indicators groups the latest figures of every unit by indicator.
	Indicators []IndicatorGroup
	// Change compares with the previous period of the same kind.
	Change Change

	tasks map[string]*TaskState
	units map[string]*UnitState
}

// TaskState is a task at the end of the period.
type TaskState struct {
	Task     TaskInfo
	Deadline Deadline
	// Status combines the lead units' statuses (see Combine).
	Status Status
	// Percent is the mean of the lead units' percents (hoan_thanh counts 100 and
	// chua_trien_khai 0 when no percent is written); HasPercent is false when no lead
	// unit gave one.
	Percent    float64
	HasPercent bool
	// Leads holds one report per lead unit, NoReport for a unit that has not reported on
	// the task, in the order the plan names them (a group's units in the order of its
	// members); Others the reports of cooperating units that reported, in the same way.
	Leads  []UnitReport
	Others []UnitReport
	// Overdue: the deadline has passed at the period's end and the task is not done;
	// DaysOverdue counts from the deadline to the period's last day; Owing are the lead
	// units that have not reported it done ("by whom").
	Overdue     bool
	DaysOverdue int
	Owing       []*Unit
}

// TaskInfo is what the plan says of a task.
type TaskInfo struct {
	ID, Name  string
	Text      string   // the paragraph of the plan that assigns it
	Section   int      // 1 for phần I …, 0 outside sections
	Item      int      // its first-level item (area) in the section, from 1; 0 outside items
	Lead      []string // chu_tri as the plan writes it
	Cooperate []string
	Deadline  string
	Product   string
}

// UnitReport is a unit's latest report on a task at the end of the period.
type UnitReport struct {
	Unit   *Unit
	Status Status      // NoReport when Report is nil
	Report *TaskReport // the entry of the file, nil when none
	From   *Submission // the file it comes from
}

// Count is a number of tasks by status. Tasks is the total.
type Count struct {
	Tasks                                                  int
	Done, InProgress, Behind, Paused, NotStarted, NoReport int
	// Overdue counts the tasks overdue at the period's end (also counted by status).
	Overdue int
}

// Rate is the completion rate in percent: Done out of Tasks, 0 when there are no tasks.
func (c Count) Rate() float64 {
	if c.Tasks == 0 {
		return 0
	}
	return float64(c.Done) / float64(c.Tasks) * 100
}

// Of returns the count of one status.
func (c Count) Of(s Status) int {
	switch s {
	case Done:
		return c.Done
	case InProgress:
		return c.InProgress
	case Behind:
		return c.Behind
	case Paused:
		return c.Paused
	case NotStarted:
		return c.NotStarted
	}
	return c.NoReport
}

func (c *Count) add(s Status, overdue bool) {
	c.Tasks++
	switch s {
	case Done:
		c.Done++
	case InProgress:
		c.InProgress++
	case Behind:
		c.Behind++
	case Paused:
		c.Paused++
	case NotStarted:
		c.NotStarted++
	default:
		c.NoReport++
	}
	if overdue {
		c.Overdue++
	}
}

// SectionCount is the count of one section's tasks.
type SectionCount struct {
	Section int    // 1 for phần I …, 0 for tasks outside sections
	Title   string // the section's tieu_de
	Count   Count
}

// UnitState is a lead unit in the period.
type UnitState struct {
	Unit *Unit
	// Submission is the unit's file for the period (the latest sent, if several fall in
	// it), nil when it sent none.
	Submission *Submission
	// LateDays is how late Submission was sent, 0 when on time.
	LateDays int
	// Tasks holds the unit's own latest report on each task it leads, in plan order.
	Tasks []UnitTask
	// Count counts those tasks by the unit's own status; Count.Overdue those it owes.
	Count Count
	// Overdue lists the overdue tasks the unit owes.
	Overdue []*TaskState
}

// UnitTask is a task a unit leads with the unit's own report on it.
type UnitTask struct {
	Task   *TaskState
	Report UnitReport
}

// Completion is a task that lead units completed in the period: Units reported it done
// (they had not at the end of the previous period); Whole when the task as a whole
// became done.
type Completion struct {
	Task  *TaskState
	Units []*Unit
	Whole bool
}

// Late is a submission sent after its due day.
type Late struct {
	Unit       *Unit
	Submission *Submission
	Due        vn.Date
	Days       int
}

// IndicatorGroup is one indicator (name and unit of measure) as every unit reports it.
type IndicatorGroup struct {
	Name, Measure string
	Rows          []IndicatorRow
}

// IndicatorRow is a unit's latest figures for an indicator.
type IndicatorRow struct {
	Unit      *Unit
	Indicator Indicator
	// Achieved is Actual as a percent of Target; HasAchieved is false without a target or
	// with a target of 0.
	Achieved    float64
	HasAchieved bool
	From        *Submission
}

// Change compares the period with the one before it (Period.Prev).
type Change struct {
	Prev Period
	// HasPrev is false when no file covers the previous period or earlier: there is
	// nothing to compare with, and the fields below are empty.
	HasPrev bool
	// PrevRate is the overall completion rate at the previous period's end; RateDelta is
	// the change in percentage points.
	PrevRate, RateDelta float64
	// Tasks lists the tasks whose combined status changed; Units the changes of a lead
	// unit's own status on a task. Both in plan order (then registry order).
	Tasks []StatusChange
	Units []StatusChange
}

// StatusChange is a status that changed between two periods. Unit is nil for a task's
// combined status.
type StatusChange struct {
	Task     *TaskState
	Unit     *Unit
	From, To Status
}

// key names a unit's report on a task (item: the task id), or its figure for an
// indicator (item: the name, measure: the unit of measure).
type key struct {
	unit          *Unit
	item, measure string
}

// group names an indicator across units.
type group struct{ name, measure string }

type taskEntry struct {
	report *TaskReport
	from   *Submission
}

type indicatorEntry struct {
	ind  Indicator
	pos  int // index in the file's chi_tieu
	from *Submission
}

// state is what the files say at the end of a day: the latest report of each unit on each
// task, and the latest figure of each unit for each indicator.
type state struct {
	tasks      map[key]taskEntry
	indicators map[key]indicatorEntry
	any        bool // some file counts
}

// newer reports whether a counts over b: the later period end, then the later sending
// day, then the shorter period, then the later file name.
func newer(a, b *Submission) bool {
	switch {
	case a.Period.Last() != b.Period.Last():
		return b.Period.Last().Before(a.Period.Last())
	case a.Sent != b.Sent:
		return b.Sent.Before(a.Sent)
	case a.Period.First() != b.Period.First():
		return b.Period.First().Before(a.Period.First())
	}
	return a.File > b.File
}

// stateAt gathers the latest reports of the files whose period ends by day.
func (b *Book) stateAt(day vn.Date, subs []*Submission) state {
	nt, ni := 0, 0
	for _, s := range subs {
		nt, ni = nt+len(s.Tasks), ni+len(s.Indicators)
	}
	st := state{tasks: make(map[key]taskEntry, nt), indicators: make(map[key]indicatorEntry, ni)}
	for _, s := range subs {
		u := b.Registry.Unit(s.UnitID)
		if u == nil || s.Period.IsZero() || day.Before(s.Period.Last()) {
			continue
		}
		st.any = true
		for i := range s.Tasks {
			t := &s.Tasks[i]
			k := key{unit: u, item: t.ID}
			if old, ok := st.tasks[k]; !ok || newer(s, old.from) {
				st.tasks[k] = taskEntry{t, s}
			}
		}
		for i, in := range s.Indicators {
			k := key{unit: u, item: in.Name, measure: in.Measure}
			if old, ok := st.indicators[k]; !ok || newer(s, old.from) {
				st.indicators[k] = indicatorEntry{in, i, s}
			}
		}
	}
	return st
}

func (st state) report(u *Unit, taskID string) UnitReport {
	e, ok := st.tasks[key{unit: u, item: taskID}]
	if !ok {
		return UnitReport{Unit: u}
	}
	return UnitReport{Unit: u, Status: e.report.Status, Report: e.report, From: e.from}
}

// combined is a task's combined status in a state.
func (st state) combined(t *taskInfo) Status {
	ss := make([]Status, len(t.lead))
	for i, u := range t.lead {
		ss[i] = st.report(u, t.ID).Status
	}
	return Combine(ss)
}

// Summarize draws the summary of period p from the submissions: the files that passed
// Check (others are skipped when their unit or period is unknown). A file counts for p
// when its period ends by p's last day; for each unit and task the latest file wins (see
// docs/tien-do.md). It reads nothing and changes nothing.
func (b *Book) Summarize(p Period, subs []*Submission) *Summary {
	b.index()
	cur := b.stateAt(p.Last(), subs)
	prev := b.stateAt(p.First().AddDays(-1), subs)
	sum := &Summary{Period: p, Change: Change{Prev: p.Prev(), HasPrev: prev.any}, tasks: map[string]*TaskState{}}

	// Tasks, their combined status, overdue and completions.
	bySection := map[int]*SectionCount{}
	var prevCount Count
	for _, t := range b.tasks {
		ts := &TaskState{Task: taskInfoOf(t), Deadline: t.deadline}
		var ss []Status
		var pctSum float64
		var pctN int
		for _, u := range t.lead {
			r := cur.report(u, t.ID)
			ts.Leads = append(ts.Leads, r)
			ss = append(ss, r.Status)
			if v, ok := percentOf(r); ok {
				pctSum, pctN = pctSum+v, pctN+1
			}
		}
		for _, u := range t.coop {
			if r := cur.report(u, t.ID); r.Report != nil {
				ts.Others = append(ts.Others, r)
			}
		}
		ts.Status = Combine(ss)
		if pctN > 0 {
			ts.Percent, ts.HasPercent = pctSum/float64(pctN), true
		}
		if due, _ := t.deadline.On(p.Last()); ts.Status != Done && t.deadline.OverdueAt(p.Last()) {
			ts.Overdue, ts.DaysOverdue = true, vn.DaysBetween(due, p.Last())
			for _, r := range ts.Leads {
				if r.Status != Done {
					ts.Owing = append(ts.Owing, r.Unit)
				}
			}
			sum.Overdue = append(sum.Overdue, ts)
		}
		sum.Tasks = append(sum.Tasks, ts)
		sum.tasks[t.ID] = ts
		sum.Overall.add(ts.Status, ts.Overdue)
		sc := bySection[t.Section]
		if sc == nil {
			sc = &SectionCount{Section: t.Section, Title: b.sectionTitle(t.Section)}
			bySection[t.Section] = sc
		}
		sc.Count.add(ts.Status, ts.Overdue)

		// Against the previous period's end.
		was := prev.combined(t)
		prevCount.add(was, false)
		if prev.any && was != ts.Status {
			sum.Change.Tasks = append(sum.Change.Tasks, StatusChange{Task: ts, From: was, To: ts.Status})
		}
		c := Completion{Task: ts, Whole: ts.Status == Done && was != Done}
		for _, r := range ts.Leads {
			had := prev.report(r.Unit, t.ID).Status
			if prev.any && r.Status != had {
				sum.Change.Units = append(sum.Change.Units, StatusChange{Task: ts, Unit: r.Unit, From: had, To: r.Status})
			}
			if r.Status == Done && had != Done {
				c.Units = append(c.Units, r.Unit)
			}
		}
		if c.Whole || len(c.Units) > 0 {
			sum.Completed = append(sum.Completed, c)
		}
	}
	for _, sc := range bySection {
		sum.Sections = append(sum.Sections, *sc)
	}
	sort.Slice(sum.Sections, func(i, j int) bool { return sum.Sections[i].Section < sum.Sections[j].Section })
	if prev.any {
		sum.Change.PrevRate = prevCount.Rate()
		sum.Change.RateDelta = sum.Overall.Rate() - prevCount.Rate()
	}

	// Units: their submission for p, lateness, their own count.
	latest := map[*Unit]*Submission{}
	for _, s := range subs {
		u := b.Registry.Unit(s.UnitID)
		if u == nil || s.Period.IsZero() || !s.Period.Within(p) {
			continue
		}
		if due := b.Due(s.Period); due.Before(s.Sent) {
			sum.Late = append(sum.Late, Late{Unit: u, Submission: s, Due: due, Days: vn.DaysBetween(due, s.Sent)})
		}
		if old := latest[u]; old == nil || newer(s, old) {
			latest[u] = s
		}
	}
	order := b.Registry.order()
	sort.SliceStable(sum.Late, func(i, j int) bool {
		a, c := sum.Late[i], sum.Late[j]
		if a.Unit != c.Unit {
			return order[a.Unit] < order[c.Unit]
		}
		return newer(c.Submission, a.Submission)
	})
	sum.units = map[string]*UnitState{}
	for _, u := range b.leads {
		us := &UnitState{Unit: u, Submission: latest[u]}
		if us.Submission == nil {
			sum.Missing = append(sum.Missing, u)
		} else if due := b.Due(us.Submission.Period); due.Before(us.Submission.Sent) {
			us.LateDays = vn.DaysBetween(due, us.Submission.Sent)
		}
		sum.Units = append(sum.Units, us)
		sum.units[u.ID] = us
	}
	for _, ts := range sum.Tasks { // plan order, so each unit's tasks are in plan order
		for _, r := range ts.Leads {
			us := sum.units[r.Unit.ID]
			owes := ts.Overdue && r.Status != Done
			us.Tasks = append(us.Tasks, UnitTask{Task: ts, Report: r})
			us.Count.add(r.Status, owes)
			if owes {
				us.Overdue = append(us.Overdue, ts)
			}
		}
	}

	// Indicators: grouped by name and unit of measure in order of first appearance
	// (units in registry order, each unit's figures in the order of its file).
	groups := map[group]*IndicatorGroup{}
	var names []group
	byUnit := map[*Unit][]key{}
	for k := range cur.indicators {
		byUnit[k.unit] = append(byUnit[k.unit], k)
	}
	for _, u := range b.Registry.Units {
		mine := byUnit[u]
		sort.Slice(mine, func(i, j int) bool {
			a, c := cur.indicators[mine[i]], cur.indicators[mine[j]]
			if a.pos != c.pos {
				return a.pos < c.pos
			}
			if mine[i].item != mine[j].item {
				return mine[i].item < mine[j].item
			}
			return mine[i].measure < mine[j].measure
		})
		for _, k := range mine {
			g := group{k.item, k.measure}
			if groups[g] == nil {
				groups[g] = &IndicatorGroup{Name: k.item, Measure: k.measure}
				names = append(names, g)
			}
			e := cur.indicators[k]
			row := IndicatorRow{Unit: u, Indicator: e.ind, From: e.from}
			if !row.Indicator.Target.Set {
				row.Indicator.Target = b.declaredTarget(k.item)
			}
			row.Achieved, row.HasAchieved = row.Indicator.Achieved()
			groups[g].Rows = append(groups[g].Rows, row)
		}
	}
	for _, k := range names {
		sum.Indicators = append(sum.Indicators, *groups[k])
	}
	return sum
}

// declaredTarget is the target the plan declares for an indicator, as it prints it; unset
// when the plan declares none.
func (b *Book) declaredTarget(name string) Number {
	for _, d := range b.Plan.Indicators {
		if d.Name == name && strings.TrimSpace(d.Target) != "" {
			// Written as the plan prints it: dots group thousands, a comma marks decimals.
			v, why := parseNumber(strings.ReplaceAll(d.Target, ".", ""))
			return Number{Text: d.Target, Value: v, Set: true, err: why}
		}
	}
	return Number{}
}

// percentOf is a lead unit's percent on a task: the one written, else 100 for
// hoan_thanh and 0 for chua_trien_khai; ok is false otherwise.
func percentOf(r UnitReport) (float64, bool) {
	switch {
	case r.Report == nil:
		return 0, false
	case r.Report.Percent.Set && r.Report.Percent.Err() == nil:
		return r.Report.Percent.Value, true
	case r.Status == Done:
		return 100, true
	case r.Status == NotStarted:
		return 0, true
	}
	return 0, false
}

func taskInfoOf(t *taskInfo) TaskInfo {
	return TaskInfo{ID: t.ID, Name: t.Name, Text: t.Text, Section: t.Section, Item: t.Item, Lead: t.Lead,
		Cooperate: t.Cooperate, Deadline: t.Deadline, Product: t.Product}
}

// sectionTitle is the tieu_de of section n (from 1), "" for 0.
func (b *Book) sectionTitle(n int) string {
	if n < 1 || n > len(b.Plan.Sections) {
		return ""
	}
	return b.Plan.Sections[n-1].Title
}

// Task returns the state of the task with the id, or nil.
func (s *Summary) Task(id string) *TaskState { return s.tasks[id] }

// Unit returns the state of the lead unit with the id, or nil.
func (s *Summary) Unit(id string) *UnitState { return s.units[id] }

// markUnreadable moves a lead unit whose file could not be read out of Missing into
// Unreadable; nil and units that lead nothing are passed by.
func (s *Summary) markUnreadable(u *Unit) {
	if u == nil || s.units[u.ID] == nil {
		return
	}
	for _, v := range s.Unreadable {
		if v == u {
			return
		}
	}
	s.Unreadable = append(s.Unreadable, u)
	for i, v := range s.Missing {
		if v == u {
			s.Missing = append(s.Missing[:i:i], s.Missing[i+1:]...)
			break
		}
	}
}

// IsUnreadable reports whether the unit's progress file could not be read fully.
func (s *Summary) IsUnreadable(u *Unit) bool {
	for _, v := range s.Unreadable {
		if v == u {
			return true
		}
	}
	return false
}
