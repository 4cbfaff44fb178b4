package periodic

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/unitplan"
	"vanban/internal/vn"
)

// stateBook is a small State progress folder: the UBND's digital-transformation plan of
// data/, 13 units (12 lead), March 2026 with three files (Sở KH&CN, Sở Tài chính, UBND phường Hạc
// Thành, the last sent late).
const stateBook = "testdata/tien-do-nha-nuoc/theo-doi.yaml"

// partyOnly are words of Party documents a State document must not hold; stateOnly the
// forms of State documents a Party one must not hold. Names of bodies that belong to the
// other system are allowed where the document names them (a Party unit “Ban Cán sự đảng
// UBND tỉnh”, a State plan sent to the “TTr Tỉnh ủy”): see allowed.
var (
	partyOnly = []string{"đảng viên", "cấp ủy", "Ban Thường vụ", "lãnh đạo, chỉ đạo", "Ban Chấp hành", "T/M", "Huyện ủy", "Đảng bộ", "ĐẢNG BỘ", "-KH/", "BC/", "CV/", "Kế hoạch của Ủy)"}
	stateOnly = []string{"UBND", "Ủy ban nhân dân", "ỦY BAN NHÂN DÂN", "V/v", "TM.", "KT.", "công chức, viên chức", "chỉ đạo, tổ chức thực hiện", "-UBND", "Sở "}
	allowed   = []string{"Ban Cán sự đảng UBND", "BAN CÁN SỰ ĐẢNG UBND", "BCS đảng UBND", "TTr Tỉnh ủy"}
)

// TestVocabulary builds every generated document of both systems — the reports of the
// whole plan and of each lead unit, the công văn đôn đốc, the plan skeleton of each unit —
// of the bundled Party folder (three months) and the State folder above, and fails on a
// word of the other system.
func TestVocabulary(t *testing.T) {
	b := newBuilder(t)
	n := map[model.System]int{}
	for _, c := range []struct {
		book   string
		period string
		date   vn.Date
	}{
		{progressBook, "2024-09", vn.Date{Year: 2024, Month: 10, Day: 6}},
		{progressBook, "2024-10", vn.Date{Year: 2024, Month: 11, Day: 6}},
		{progressBook, "2024-11", issued},
		{stateBook, "2026-03", vn.Date{Year: 2026, Month: 4, Day: 10}},
		{stateBook, "2026-03", vn.Date{Year: 2026, Month: 4, Day: 3}}, // before the deadline
	} {
		f, err := progress.Load(c.book, c.period, c.date)
		if err != nil {
			t.Fatal(err)
		}
		sys := f.Book.Plan.System
		docs := map[string][]byte{}
		units := append([]string{""}, ids(f.Book.Leads())...)
		for _, u := range units {
			md, err := ReportMarkdown(b, f, ReportOptions{Unit: u, Date: c.date})
			if err != nil {
				t.Fatal(err)
			}
			docs["báo cáo "+u] = md
		}
		rs, err := RemindersOf(b, f, RemindOptions{Date: c.date}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			docs["công văn "+r.Unit] = r.Markdown
		}
		for _, u := range f.Book.Registry.Units {
			src, err := unitplan.Skeleton(f.Book, u.ID)
			if err != nil {
				continue // a unit the plan gives nothing to
			}
			md, err := b.Markdown(u.ID+".yaml", src)
			if err != nil {
				t.Fatalf("plan of %s: %v", u.ID, err)
			}
			docs["kế hoạch "+u.ID] = append(src, md...)
		}
		forbidden := partyOnly
		if sys == model.Party {
			forbidden = stateOnly
		}
		quoted := inputs(t, f)
		for name, doc := range docs {
			// What the documents quote (the plan, the units' texts, the names) is the
			// offices' own wording; the rest is generated.
			text := string(doc)
			for _, q := range quoted {
				text = strings.ReplaceAll(text, q, "")
			}
			for _, a := range allowed {
				text = strings.ReplaceAll(text, a, "")
			}
			for _, w := range forbidden {
				if i := strings.Index(text, w); i >= 0 {
					t.Errorf("%s %s, %s: “%s” of the other system: …%s…", sys, c.period, name, w, text[max(0, i-60):min(len(text), i+60)])
				}
			}
		}
		n[sys] += len(docs)
	}
	// Hand counts: Party 3 × (21 reports + 22 unit plans, Báo Thanh Hóa's too) + 5 + 3 + 1
	// công văn; State 2 × (13 reports + 13 unit plans) + 11 công văn on 10/04 (every lead
	// unit but Hạc Thành: V.1, due 15/02, is overdue for every sở) + 12 on 03/04 (Hạc Thành's
	// file, sent 08/04, is not there yet).
	if n[model.Party] != 3*(21+22)+5+3+1 || n[model.State] != 2*(13+13)+11+12 {
		t.Errorf("documents: %v", n)
	}
}

// inputs are every text of a folder's plan, registry and counted files, longest first.
func inputs(t *testing.T, f *progress.Folder) []string {
	var subs []any
	for _, ts := range f.Summary.Tasks {
		for _, r := range append(append([]progress.UnitReport{}, ts.Leads...), ts.Others...) {
			if r.Report != nil {
				subs = append(subs, r.Report)
			}
		}
	}
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			for _, line := range strings.Split(v, "\n") {
				if line = strings.TrimSpace(line); len(line) > 3 {
					seen[line] = true
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, v := range []any{f.Book.Plan, f.Book.Registry.Units, f.Book.Registry.Groups, subs, f.Summary.Indicators} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var x any
		json.Unmarshal(b, &x)
		walk(x)
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func ids(us []*progress.Unit) []string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = u.ID
	}
	return out
}

// The State folder's figures, counted by hand.
func TestStateFolder(t *testing.T) {
	f, err := progress.Load(stateBook, "2026-03", vn.Date{Year: 2026, Month: 4, Day: 10})
	if err != nil {
		t.Fatal(err)
	}
	s := f.Summary
	var overdue []string
	for _, ts := range s.Overdue {
		overdue = append(overdue, fmt.Sprintf("%s %d", ts.Task.ID, ts.DaysOverdue))
	}
	// 17 tasks; overdue at 31/3: III.2.d (31/3, 0 days) and V.1 (15/02, 44 days); 12 lead
	// units (Báo và PT-TH only cooperates), 9 without a file, Hạc Thành late (08/04).
	if s.Overall.Tasks != 17 || strings.Join(overdue, ", ") != "III.2.d 0, V.1 44" || len(s.Units) != 12 || len(s.Missing) != 9 || len(s.Late) != 1 {
		t.Errorf("tasks %d, overdue %v, units %d, missing %d, late %d", s.Overall.Tasks, overdue, len(s.Units), len(s.Missing), len(s.Late))
	}
}
