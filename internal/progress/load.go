package progress

import (
	"path/filepath"

	"vanban/internal/diag"
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
	// Warnings are the folder's warnings that concern the period (late files, files left
	// out for their errors): see Load.
	Warnings diag.List
}

// Load opens the progress folder of book (its theo-doi.yaml), reads the files of every
// period — a summary needs the earlier periods' too — and summarizes the period named ky
// ("2024-11", "2024-quy-4", …). Files with errors are left out of the summary and their
// errors come back among the warnings, so that the period's documents still build and the
// office sees what was left out. The error is for a folder that cannot be used at all.
func Load(book, ky string) (*Folder, error) {
	bk, ds := Open(book)
	if bk == nil {
		return nil, ds
	}
	p, err := ParsePeriod(ky)
	if err != nil {
		return nil, diag.List{diag.Errorf(book, 0, 0, "viết kỳ như tên thư mục kỳ: 2024-11, 2024-quy-4, 2024-6-thang-dau, 2024", "%v", err)}
	}
	subs, lds := bk.LoadAll()
	f := NewFolder(bk, p, subs)
	f.File, f.Warnings = book, ofPeriod(append(ds, lds...), p)
	return f, nil
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
