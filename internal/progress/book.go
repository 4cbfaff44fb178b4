package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/infile"
	"vanban/internal/model"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// ConfigFile is the name of the file that sets up a progress folder.
const ConfigFile = "theo-doi.yaml"

// Config is theo-doi.yaml, the file at the top of a progress folder: which plan the folder
// follows, where the registry is, over which span, and by when reports are due. Paths are
// relative to the folder.
type Config struct {
	Plan     string `yaml:"ke_hoach"`
	Registry string `yaml:"don_vi"`
	From     string `yaml:"bat_dau,omitempty"`
	To       string `yaml:"ket_thuc,omitempty"`
	// SubmitDays: a period's report is due this many days after the period's last day
	// (5: by the 5th of the next month).
	SubmitDays *int `yaml:"han_gui"`
	// RemindDays: a công văn đôn đốc sent after a period's reports were due sets a new
	// deadline this many working days after its own date (han_don_doc; unset: 5).
	RemindDays *int `yaml:"han_don_doc,omitempty"`
	// Report is the periodic report's own header and closing (bao_cao).
	Report Issuer `yaml:"bao_cao,omitempty"`
}

// Issuer is who issues and signs the periodic report of the whole plan, whom it is sent to
// and where the units send theirs (bao_cao in theo-doi.yaml). Each field left out takes the
// plan's (see report.Data for the defaults of each system).
type Issuer struct {
	ParentBody string            `yaml:"co_quan_cap_tren,omitempty"`
	Body       string            `yaml:"co_quan,omitempty"`
	Symbol     string            `yaml:"ky_hieu,omitempty"`
	Subject    string            `yaml:"trich_yeu,omitempty"`
	Addressees []string          `yaml:"kinh_gui,omitempty"`
	Signer     *model.Signer     `yaml:"nguoi_ky,omitempty"`
	Recipients []model.Recipient `yaml:"noi_nhan,omitempty"`
	Archive    *model.Archive    `yaml:"luu,omitempty"`
	// SendTo is where units send their reports ("Ủy ban nhân dân tỉnh (qua Sở Nội vụ)").
	SendTo string `yaml:"noi_gui,omitempty"`
}

// Book is a plan under follow-up: the plan, its registry, the span of the follow-up and
// the submission deadline. Build it with [Open], or as a literal in code; it must not be
// changed after its first use. Its methods are safe for concurrent use.
type Book struct {
	// Dir is the progress folder (<Dir>/<ky>/<ma-don-vi>.yaml); "" for a book built in code.
	Dir string
	// Plan is the plan followed; PlanID is what progress files write in ke_hoach (the plan
	// file's name without .yaml); PlanFile is the plan's path, for messages.
	Plan     *data.Document
	PlanID   string
	PlanFile string
	Registry *Registry
	// RegistryFile is the unit list's path.
	RegistryFile string
	// From and To bound the periods progress may be reported for; a zero To has no end.
	From, To Period
	// SubmitDays, RemindDays: see Config (RemindDays 0 takes 5).
	SubmitDays, RemindDays int
	// Report: see Config.
	Report Issuer

	once  sync.Once
	tasks []*taskInfo
	byID  map[string]*taskInfo
	leads []*Unit // units that lead at least one task, in registry order
}

// taskInfo is a task of the plan with what the book knows of it.
type taskInfo struct {
	data.TaskEntry
	deadline Deadline
	lead     []*Unit // the units of chu_tri, groups resolved, without repeats
	coop     []*Unit // the units of phoi_hop that are not leads
}

// index resolves the plan's tasks through the registry, once.
func (b *Book) index() {
	b.once.Do(func() {
		b.byID = map[string]*taskInfo{}
		isLead := map[*Unit]bool{}
		for _, e := range b.Plan.Tasks() {
			t := &taskInfo{TaskEntry: e, deadline: deadlineOf(e.Task)}
			seen := map[*Unit]bool{}
			for _, name := range e.Lead {
				us, _ := b.Registry.Resolve(name)
				for _, u := range us {
					if !seen[u] {
						seen[u], isLead[u] = true, true
						t.lead = append(t.lead, u)
					}
				}
			}
			for _, name := range e.Cooperate {
				us, _ := b.Registry.Resolve(name)
				for _, u := range us {
					if !seen[u] {
						seen[u] = true
						t.coop = append(t.coop, u)
					}
				}
			}
			b.tasks = append(b.tasks, t)
			b.byID[e.ID] = t
		}
		for _, u := range b.Registry.Units {
			if isLead[u] {
				b.leads = append(b.leads, u)
			}
		}
	})
}

// Leads are the units expected to report each period: those that lead at least one task
// of the plan, in registry order.
func (b *Book) Leads() []*Unit {
	b.index()
	return b.leads
}

// Assigned returns the lead and cooperating units of a task (groups resolved), and false
// when the plan has no task with the id.
func (b *Book) Assigned(taskID string) (lead, coop []*Unit, ok bool) {
	b.index()
	t := b.byID[taskID]
	if t == nil {
		return nil, nil, false
	}
	return t.lead, t.coop, true
}

// TasksOf lists the ids of the tasks a unit leads, in plan order.
func (b *Book) TasksOf(u *Unit) []string {
	b.index()
	var ids []string
	for _, t := range b.tasks {
		for _, l := range t.lead {
			if l == u {
				ids = append(ids, t.ID)
			}
		}
	}
	return ids
}

// Due is the last day a period's report may be sent on time.
func (b *Book) Due(p Period) vn.Date { return p.Last().AddDays(b.SubmitDays) }

// Open reads a progress folder's theo-doi.yaml (path), the plan and the registry it names,
// and checks that they fit: every unit name of the plan's chu_tri and phoi_hop is in the
// registry, every thoi_han can be read as a date. The list holds every problem found; the
// book is nil when one is an error.
func Open(path string) (*Book, diag.List) {
	dir := filepath.Dir(path)
	src, err := infile.Read(path)
	if err != nil {
		return nil, diag.List{fileError(path, err)}
	}
	s, err := yamlfile.Parse(path, src)
	if err != nil {
		return nil, asList(err)
	}
	var cfg Config
	if err := s.Decode(&cfg); err != nil {
		return nil, asList(err)
	}
	loc := s.Locator()
	var ds diag.List
	b := &Book{Dir: dir, Report: cfg.Report}
	if cfg.SubmitDays == nil {
		ds = append(ds, loc.Errorf("$", "ví dụ “han_gui: 5”: báo cáo của một kỳ gửi chậm nhất 5 ngày sau ngày cuối kỳ", "thiếu trường “han_gui”"))
	} else if *cfg.SubmitDays < 0 {
		ds = append(ds, loc.Errorf("$.han_gui", "ghi số ngày sau ngày cuối kỳ, 0 trở lên", "“han_gui” không được âm"))
	} else {
		b.SubmitDays = *cfg.SubmitDays
	}
	if cfg.RemindDays != nil && *cfg.RemindDays < 1 {
		ds = append(ds, loc.Errorf("$.han_don_doc", "số ngày làm việc từ ngày công văn đôn đốc đến hạn mới, 1 trở lên", "“han_don_doc” phải từ 1 trở lên"))
	} else if cfg.RemindDays != nil {
		b.RemindDays = *cfg.RemindDays
	}
	var planSrc *yamlfile.Source
	if cfg.Plan == "" {
		ds = append(ds, loc.Errorf("$", "ví dụ “ke_hoach: ../ke-hoach-81-kl-tw.yaml” (đường dẫn tính từ thư mục này)", "thiếu trường “ke_hoach”"))
	} else {
		b.PlanFile = under(dir, cfg.Plan)
		b.PlanID = strings.TrimSuffix(filepath.Base(cfg.Plan), ".yaml")
		b.Plan, planSrc, ds = loadPlan(b.PlanFile, loc, ds)
	}
	if cfg.Registry == "" {
		ds = append(ds, loc.Errorf("$", "ví dụ “don_vi: don-vi-thanh-hoa.yaml” (đường dẫn tính từ thư mục này)", "thiếu trường “don_vi”"))
	} else {
		file := under(dir, cfg.Registry)
		b.RegistryFile = file
		rsrc, err := infile.Read(file)
		if err != nil {
			ds = append(ds, loc.Errorf("$.don_vi", "kiểm tra đường dẫn (tính từ thư mục của "+ConfigFile+")", "không đọc được danh sách đơn vị “%s”: %s", file, why(err)))
		} else {
			var rds diag.List
			b.Registry, rds = ParseRegistry(file, rsrc)
			ds = append(ds, rds...)
		}
	}
	switch p, err := ParsePeriod(cfg.From); {
	case cfg.From != "" && err != nil:
		ds = append(ds, loc.Errorf("$.bat_dau", "", "%v", err))
	case cfg.From != "":
		b.From = p
	case b.Plan != nil && b.Plan.Date != "":
		if d, err := vn.ParseDate(b.Plan.Date); err == nil && d.Month > 0 {
			b.From = Period{Kind: Month, Year: d.Year, N: d.Month}
		}
	}
	if b.From.IsZero() && b.Plan != nil && cfg.From == "" {
		ds = append(ds, loc.Errorf("$", "ví dụ “bat_dau: 2024-07”; kế hoạch chưa ghi ngày ban hành nên phải ghi kỳ bắt đầu theo dõi", "thiếu trường “bat_dau”"))
	}
	if cfg.To != "" {
		if p, err := ParsePeriod(cfg.To); err != nil {
			ds = append(ds, loc.Errorf("$.ket_thuc", "", "%v", err))
		} else if b.To = p; !b.From.IsZero() && p.Last().Before(b.From.First()) {
			ds = append(ds, loc.Errorf("$.ket_thuc", "", "kỳ kết thúc (%s) trước kỳ bắt đầu (%s)", p.Title(), b.From.Title()))
		}
	}
	if b.Plan != nil && b.Registry != nil {
		ds = append(ds, b.checkPlan(planSrc.Locator())...)
	}
	if ds.HasErrors() {
		return nil, ds
	}
	return b, ds
}

// under is path p of a config in dir: p itself when absolute.
func under(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// loadPlan reads and checks the plan at path; a problem of reading it is reported at the
// config's ke_hoach, those of its content in the plan file.
func loadPlan(path string, loc *yamlfile.Locator, ds diag.List) (*data.Document, *yamlfile.Source, diag.List) {
	src, err := infile.Read(path)
	if err != nil {
		return nil, nil, append(ds, loc.Errorf("$.ke_hoach", "kiểm tra đường dẫn (tính từ thư mục của "+ConfigFile+")", "không đọc được kế hoạch “%s”: %s", path, why(err)))
	}
	s, err := yamlfile.Parse(path, src)
	if err != nil {
		return nil, nil, append(ds, asList(err)...)
	}
	p, err := data.FromSource(s)
	if err != nil {
		return nil, nil, append(ds, asList(err)...)
	}
	if len(p.Tasks()) == 0 {
		return nil, nil, append(ds, loc.Errorf("$.ke_hoach", "gắn “nhiem_vu” vào các đoạn giao việc của kế hoạch (docs/du-lieu.md mục 7)", "kế hoạch không có nhiệm vụ nào để theo dõi"))
	}
	return p, s, ds
}

// checkPlan checks the plan against the registry, at the plan's lines.
func (b *Book) checkPlan(loc *yamlfile.Locator) diag.List {
	var ds diag.List
	unknownLead := map[string]bool{}
	for _, e := range b.Plan.Tasks() {
		path := e.Path
		for _, f := range []struct {
			key   string
			names []string
		}{{"chu_tri", e.Lead}, {"phoi_hop", e.Cooperate}} {
			for j, name := range f.names {
				if _, ok := b.Registry.Resolve(name); !ok {
					unknownLead[e.ID] = unknownLead[e.ID] || f.key == "chu_tri"
					ds = append(ds, loc.Errorf(fmt.Sprintf("%s.%s[%d]", path, f.key, j),
						suggestHint(name, b.Registry.Names(), "thêm đơn vị hoặc nhóm có đúng tên này vào danh sách đơn vị, hoặc sửa tên cho khớp"),
						"“%s” không có trong danh sách đơn vị", name))
				}
			}
		}
	}
	ds = append(ds, CheckDeadlines(b.Plan, loc)...)
	b.index()
	for _, t := range b.tasks {
		if len(t.lead) == 0 && len(t.Lead) > 0 && !unknownLead[t.ID] {
			ds = append(ds, warning(loc.Errorf(t.Path+".chu_tri", "ghi thành viên cho nhóm trong danh sách đơn vị",
				"không đơn vị nào báo cáo nhiệm vụ %s: các tên chủ trì không ứng với đơn vị nào", t.ID)))
		}
	}
	return ds
}

// CheckDeadlines finds the deadlines of a plan's tasks that tracking cannot use: a thoi_han
// that reads as no day, recurrence or reference is a warning at its line (the task is then
// never overdue) with the hint to add han_theo_doi; a han_theo_doi that does not read as a
// day is an error.
func CheckDeadlines(plan *data.Document, loc *yamlfile.Locator) diag.List {
	var ds diag.List
	for _, e := range plan.Tasks() {
		if e.Tracking != "" {
			if d := ParseDeadline(e.Tracking); d.Kind != Dated && d.Kind != Yearly {
				ds = append(ds, loc.Errorf(e.Path+".han_theo_doi", "viết một ngày NĂM-THÁNG-NGÀY, ví dụ “han_theo_doi: 2026-06-30”",
					"hạn theo dõi “%s” của nhiệm vụ %s không phải một ngày", e.Tracking, e.ID))
			}
			continue
		}
		if ParseDeadline(e.Deadline).Kind == Unreadable {
			ds = append(ds, warning(loc.Errorf(e.Path+".thoi_han", "viết “Quý II/2026”, “trước ngày 30/6/2026”, “thường xuyên” …; hoặc giữ nguyên chữ in trong văn bản và thêm “han_theo_doi: 2026-06-30” (ngày dùng để theo dõi)",
				"không đọc được thời hạn “%s” của nhiệm vụ %s thành ngày: nhiệm vụ này không bao giờ bị tính là quá hạn", e.Deadline, e.ID)))
		}
	}
	return ds
}

// deadlineOf is the deadline tracking holds a task to: its han_theo_doi when it has one
// (the text stays the printed thoi_han), else its thoi_han.
func deadlineOf(t data.Task) Deadline {
	if t.Tracking == "" {
		return ParseDeadline(t.Deadline)
	}
	d := ParseDeadline(t.Tracking)
	d.Text = t.Deadline
	return d
}

// warning turns a diagnostic into a warning.
func warning(d diag.Diagnostic) diag.Diagnostic {
	d.Severity = diag.Warning
	return d
}

func fileError(path string, err error) diag.Diagnostic {
	hint := ""
	if errors.Is(err, fs.ErrNotExist) {
		hint = "kiểm tra tên và đường dẫn"
	}
	return diag.Errorf(path, 0, 0, hint, "không đọc được tệp: %s", why(err))
}

// why is the reason, in Vietnamese, an input file could not be read.
func why(err error) string {
	var fe *infile.Error
	if errors.As(err, &fe) {
		return fe.Why
	}
	return vn.FileError(err, vn.Reading)
}

// ReadFile reads and checks one progress file. When the file sits in a folder named after a
// period (2024-10/huyen-uy-tho-xuan.yaml), the folder must be the file's ky and the file
// name its don_vi. The submission is nil when the list holds an error.
func (b *Book) ReadFile(path string) (*Submission, diag.List) {
	src, err := infile.Read(path)
	if err != nil {
		return nil, diag.List{fileError(path, err)}
	}
	return b.Read(path, src)
}

// Read is ReadFile on the file's bytes; name is the file's path.
func (b *Book) Read(name string, src []byte) (*Submission, diag.List) {
	s, err := Decode(name, src)
	if err != nil {
		return nil, asList(err)
	}
	ds := b.Check(s)
	folder := filepath.Base(filepath.Dir(name))
	if _, ok := parseCanonical(folder); ok {
		ds = append(ds, checkPlace(s, folder, strings.TrimSuffix(filepath.Base(name), ".yaml"))...)
		sortByLine(ds)
	}
	if ds.HasErrors() {
		return nil, ds
	}
	return s, ds
}

// checkPlace checks that a file in folder <ky>/ named <unit>.yaml says that ky and unit.
func checkPlace(s *Submission, folder, unit string) diag.List {
	var ds diag.List
	if s.PeriodText != "" && s.PeriodText != folder {
		ds = append(ds, s.loc.Errorf("$.ky", fmt.Sprintf("chuyển tệp vào thư mục “%s”, hoặc sửa “ky” cho đúng kỳ của thư mục", s.PeriodText),
			"tệp nằm trong thư mục kỳ “%s” nhưng ghi “ky: %s”", folder, s.PeriodText))
	}
	if s.UnitID != "" && s.UnitID != unit {
		ds = append(ds, s.loc.Errorf("$.don_vi", fmt.Sprintf("đổi tên tệp thành “%s.yaml”, hoặc sửa “don_vi”", s.UnitID),
			"tệp tên “%s.yaml” nhưng ghi “don_vi: %s”", unit, s.UnitID))
	}
	return ds
}

// LoadPeriod reads and checks every progress file of a period (<Dir>/<ky>/*.yaml). A
// missing folder is no file. Only files without errors are returned, sorted by name.
func (b *Book) LoadPeriod(p Period) ([]*Submission, diag.List) {
	return b.loadDir(filepath.Join(b.Dir, p.String()))
}

// ReminderFolderPrefix starts the name of the folder of a period's công văn đôn đốc that
// "vanban don-doc" writes by default beside theo-doi.yaml: LoadAll passes it by.
const ReminderFolderPrefix = "don-doc-"

// LoadAll reads and checks the files of every period folder of Dir. A folder whose name is
// not a period is an error, but for vanban's own reminder folders (ReminderFolderPrefix);
// files at the top (theo-doi.yaml, a registry, notes) are not progress files and are left
// alone.
func (b *Book) LoadAll() ([]*Submission, diag.List) {
	entries, err := os.ReadDir(b.Dir)
	if err != nil {
		return nil, diag.List{fileError(b.Dir, err)}
	}
	var subs []*Submission
	var ds diag.List
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), ReminderFolderPrefix) {
			continue // not a period: hidden, or the công văn đôn đốc vanban wrote here
		}
		dir := filepath.Join(b.Dir, e.Name())
		if _, ok := parseCanonical(e.Name()); !ok {
			_, err := ParsePeriod(e.Name())
			ds = append(ds, diag.Errorf(dir, 0, 0, "mỗi thư mục con là một kỳ, đặt tên "+periodForms,
				"thư mục “%s” không phải tên một kỳ (%v)", e.Name(), err))
			continue
		}
		s, d := b.loadDir(dir)
		subs, ds = append(subs, s...), append(ds, d...)
	}
	return subs, ds
}

func (b *Book) loadDir(dir string) ([]*Submission, diag.List) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, diag.List{fileError(dir, err)}
	}
	var subs []*Submission
	var ds diag.List
	for _, e := range entries {
		name, path := e.Name(), filepath.Join(dir, e.Name())
		switch {
		case strings.HasPrefix(name, "."):
		case e.IsDir() || !strings.HasSuffix(name, ".yaml"):
			ds = append(ds, warning(diag.Errorf(path, 0, 0, "mỗi tệp tiến độ là <mã đơn vị>.yaml, nằm ngay trong thư mục kỳ",
				"bỏ qua “%s”: không phải tệp tiến độ", name)))
		default:
			s, d := b.ReadFile(path)
			ds = append(ds, d...)
			if s != nil {
				subs = append(subs, s)
			}
		}
	}
	return subs, ds
}

// sortByLine puts diagnostics in the order of the file, stably.
func sortByLine(ds diag.List) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}
