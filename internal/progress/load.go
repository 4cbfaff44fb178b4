package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// Folder is a progress folder read for one period: what a báo cáo, a công văn đôn đốc or
// the monthly job of that period is built from. It is only read once made, so concurrent
// builds may share it.
type Folder struct {
	// File is the folder's theo-doi.yaml ("" for a book built in code), for messages.
	File    string
	Book    *Book
	Period  Period
	Summary *Summary
	// Warnings are the folder's warnings that concern the period (late files, files sent
	// after the documents' date): see Load.
	Warnings diag.List
	// Broken are the files that could not be read fully, of the period or before it, and
	// the folders misnamed: the documents of their units are not built (see Load).
	Broken []Broken
}

// Broken is a progress file (or a folder) that could not be read fully: Unit is the unit
// its name says (nil when the name is no unit's), Problems its errors and warnings.
type Broken struct {
	File     string
	Unit     *Unit
	Problems diag.List
}

// Error says which file is broken and why, with its first error.
func (b Broken) Error() string {
	n, first := 0, ""
	for _, d := range b.Problems {
		if d.Severity == diag.Error {
			if n++; first == "" {
				first = d.Error()
			}
		}
	}
	msg := fmt.Sprintf("tệp tiến độ “%s” có %d lỗi, chưa đọc được: sửa tệp rồi chạy lại (vanban kiem-tra %s)", b.File, n, b.File)
	if first != "" {
		msg += "\n" + first
	}
	return msg
}

// Load opens the progress folder of book (its theo-doi.yaml), reads the files of every
// period — a summary needs the earlier periods' too — and summarizes the period named ky
// ("2024-11", "2024-quy-4", …) as it stands on date, the issue date of its documents (zero:
// the period's last day). It is an error when the period lies outside the follow-up's span
// (bat_dau – ket_thuc), when no folder of the period (or of a shorter period inside it)
// exists, and when date comes before the period's end. A file sent after date is not
// counted (a warning says so): a document never cites a submission after its own date. A
// file that cannot be read fully is not left out silently: it is in Broken, its unit is
// neither counted as not having sent (Summary.Missing) nor reminded, and the documents of
// that unit are refused (see Summary.Unreadable).
func Load(book, ky string, date vn.Date) (*Folder, error) {
	bk, ds := Open(book)
	if bk == nil {
		return nil, ds
	}
	p, err := ParsePeriod(ky)
	if err != nil {
		return nil, diag.List{diag.Errorf(book, 0, 0, "viết kỳ như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024", "%v", err)}
	}
	if err := bk.checkPeriod(book, p, date); err != nil {
		return nil, err
	}
	if date.IsZero() {
		date = p.Last()
	}
	subs, lds := bk.LoadAll()
	f := &Folder{Book: bk, Period: p, File: book}
	all := append(ds, lds...)
	for _, d := range all {
		if d.Severity == diag.Error {
			f.addBroken(d, p)
		}
	}
	var keep diag.List
	for _, d := range all {
		switch br := f.broken(d.File); {
		case d.Severity == diag.Error:
		case br != nil:
			br.Problems = append(br.Problems, d)
		default:
			keep = append(keep, d)
		}
	}
	for _, br := range f.Broken {
		sortByLine(br.Problems)
	}
	var counted []*Submission
	for _, s := range subs {
		if f.broken(s.File) != nil {
			continue // its warnings were told with its errors
		}
		if date.Before(s.Sent) {
			if s.Period.Within(p) {
				keep = append(keep, warning(s.loc.Errorf("$.ngay_gui", "đặt ngày ban hành muộn hơn (SOURCE_DATE_EPOCH hoặc -ngay) nếu muốn tính tệp này",
					"tệp gửi ngày %s, sau ngày ban hành văn bản (%s): chưa được tính", dateText(s.Sent), dateText(date))))
			}
			continue
		}
		counted = append(counted, s)
	}
	f.Summary = bk.Summarize(p, counted)
	for _, br := range f.Broken {
		f.Summary.markUnreadable(br.Unit)
	}
	f.Warnings = ofPeriod(keep, p)
	return f, nil
}

// checkPeriod refuses a period outside the span, a period with no folder, and an issue date
// before the period's end.
func (b *Book) checkPeriod(book string, p Period, date vn.Date) error {
	span := "từ " + b.From.Title()
	if !b.To.IsZero() {
		span += " đến " + b.To.Title()
	}
	if p.First().Before(b.From.First()) || (!b.To.IsZero() && b.To.Last().Before(p.Last())) {
		return diag.List{diag.Errorf(book, 0, 0, "kiểm tra kỳ, hoặc sửa “bat_dau”, “ket_thuc” của "+ConfigFile,
			"kỳ %s nằm ngoài thời gian theo dõi kế hoạch (%s)", p.Title(), span)}
	}
	if !date.IsZero() && date.Before(p.Last()) {
		return diag.List{diag.Errorf(book, 0, 0, "dựng văn bản của kỳ khi kỳ đã kết thúc, hoặc đặt ngày ban hành (SOURCE_DATE_EPOCH, -ngay) từ ngày cuối kỳ trở đi",
			"ngày ban hành %s trước ngày cuối kỳ %s (%s): kỳ chưa kết thúc", dateText(date), p.Title(), dateText(p.Last()))}
	}
	entries, err := os.ReadDir(b.Dir)
	if err != nil {
		return diag.List{fileError(b.Dir, err)}
	}
	for _, e := range entries {
		if q, ok := parseCanonical(e.Name()); ok && e.IsDir() && q.Within(p) {
			return nil
		}
	}
	return diag.List{diag.Errorf(book, 0, 0, fmt.Sprintf("tạo thư mục “%s” cạnh %s và đặt các tệp tiến độ của kỳ vào đó", p, ConfigFile),
		"chưa có thư mục của kỳ %s (“%s”) trong thư mục tiến độ “%s”", p.Title(), p, b.Dir)}
}

// addBroken files an error of the folder under its file: a progress file of a period ending
// by p's end, or a folder misnamed; files of later periods do not concern p.
func (f *Folder) addBroken(d diag.Diagnostic, p Period) {
	folder := filepath.Base(filepath.Dir(d.File))
	if q, ok := parseCanonical(folder); ok && p.Last().Before(q.Last()) {
		return
	}
	if br := f.broken(d.File); br != nil {
		br.Problems = append(br.Problems, d)
		return
	}
	var u *Unit
	if _, ok := parseCanonical(folder); ok {
		u = f.Book.Registry.Unit(strings.TrimSuffix(filepath.Base(d.File), ".yaml"))
	}
	f.Broken = append(f.Broken, Broken{File: d.File, Unit: u, Problems: diag.List{d}})
}

// broken returns the broken file of that name, or nil.
func (f *Folder) broken(file string) *Broken {
	for i := range f.Broken {
		if f.Broken[i].File == file {
			return &f.Broken[i]
		}
	}
	return nil
}

// BrokenOf returns the broken file of a unit, or nil.
func (f *Folder) BrokenOf(u *Unit) *Broken {
	for i := range f.Broken {
		if f.Broken[i].Unit == u && u != nil {
			return &f.Broken[i]
		}
	}
	return nil
}

// CheckFolder checks a whole progress folder given by its theo-doi.yaml: the plan, the
// unit list, and every file of every period; every problem found, nothing left out.
func CheckFolder(book string) diag.List {
	bk, ds := Open(book)
	if bk == nil {
		return ds
	}
	_, fds := bk.LoadAll()
	return append(ds, fds...)
}

// NewFolder summarizes period p of a book and submissions already in memory (a book built
// in code, a benchmark's thousand units).
func NewFolder(bk *Book, p Period, subs []*Submission) *Folder {
	return &Folder{Book: bk, Period: p, Summary: bk.Summarize(p, subs)}
}

// ofPeriod keeps the warnings that concern period p: those of the files in its folder
// (<ky>/…) and those of no period's file (the plan, the units, a folder misnamed). Older
// periods' late files were told when their own documents were built.
func ofPeriod(ds diag.List, p Period) diag.List {
	var out diag.List
	for _, d := range ds {
		folder := filepath.Base(filepath.Dir(d.File))
		if q, ok := parseCanonical(folder); !ok || q == p {
			out = append(out, d)
		}
	}
	return out
}
