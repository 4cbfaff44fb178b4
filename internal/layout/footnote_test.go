package layout

import (
	"fmt"
	"strings"
	"testing"

	"vanban/internal/model"
)

// notesDoc is a document of n paragraphs, the i-th referring to note i, the note of
// long being long words words.
func notesDoc(t *testing.T, n, long, words0 int) *Document {
	t.Helper()
	doc := &model.Document{Meta: meta(), Source: "thu.md"}
	for i := 1; i <= n; i++ {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Runs: []model.Run{
			{Text: fmt.Sprintf("THAMCHIEU%d %s", i, words(20+i%7*15, "xyz"))},
			{Text: fmt.Sprint(i), Note: i},
			{Text: ". " + words(10, "xyz")},
		}})
		text := fmt.Sprintf("GHICHU%d nguồn số liệu", i)
		if i == long {
			text += " " + words(words0, "abc")
		}
		doc.Footnotes = append(doc.Footnotes, &model.Footnote{Runs: []model.Run{{Text: text}}})
	}
	d, err := Layout(formed(t, doc), fixed{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFootnotesOnTheirPage: every note starts at the foot of the page of its reference,
// under the body, in the order of the references, set smaller than the body; a long note
// goes on at the foot of the next page; no word of a note is lost.
func TestFootnotesOnTheirPage(t *testing.T) {
	d := notesDoc(t, 30, 7, 900)
	refPage, notePage := map[string]int{}, map[string]int{}
	abc := 0
	for pi, pg := range d.Pages {
		bodyEnd, footTop := 0.0, 1e9
		for _, it := range pg.Items {
			if it.Kind != TextItem {
				continue
			}
			if it.Size == 14*supScale { // a reference's mark in the body
				refPage[it.Text] = pi
				continue
			}
			for _, w := range strings.Fields(it.Text) {
				switch {
				case strings.HasPrefix(w, "THAMCHIEU"):
					bodyEnd = max(bodyEnd, it.Y)
				case strings.HasPrefix(w, "GHICHU"):
					notePage[strings.TrimPrefix(w, "GHICHU")] = pi
					footTop = min(footTop, it.Y)
					if it.Size >= 14 {
						t.Errorf("note %s set at %g pt", w, it.Size)
					}
				case w == "abc":
					abc++
				case w == "xyz" && it.Size < 14:
					t.Errorf("body text at %g pt", it.Size)
				}
			}
		}
		if footTop < bodyEnd {
			t.Errorf("page %d: a note at %.1f stands above the body's last line at %.1f", pi+1, footTop, bodyEnd)
		}
	}
	for i := 1; i <= 30; i++ {
		k := fmt.Sprint(i)
		if _, ok := notePage[k]; !ok {
			t.Errorf("note %s is not printed", k)
		} else if notePage[k] != refPage[k] {
			t.Errorf("note %s on page %d, its reference on page %d", k, notePage[k]+1, refPage[k]+1)
		}
	}
	if abc != 900 {
		t.Errorf("%d words of the long note printed, want 900", abc)
	}
	// The long note runs over: some of its words are on a later page than its start.
	found := false
	for pi := notePage["7"] + 1; pi < len(d.Pages) && !found; pi++ {
		for _, it := range d.Pages[pi].Items {
			if it.Kind == TextItem && strings.Contains(it.Text, "abc") {
				found = true
			}
		}
	}
	if !found {
		t.Error("the long note does not continue on the next page")
	}
}

// TestFootnoteMark: the reference is a small raised number right after its word.
func TestFootnoteMark(t *testing.T) {
	d := notesDoc(t, 1, 0, 0)
	items := d.Pages[0].Items
	for i, it := range items {
		if it.Kind != TextItem || it.Text != "1" || it.Size != 14*supScale {
			continue
		}
		prev := items[i-1]
		if prev.Kind != TextItem || !strings.HasSuffix(prev.Text, "xyz") {
			t.Fatalf("the mark follows %q", prev.Text)
		}
		if d := it.X - (prev.X + prev.W); d < -0.01 || d > 0.01 {
			t.Errorf("mark %.2f pt off its word", d)
		}
		if rise := prev.Y - it.Y; rise < 4 || rise > 6 {
			t.Errorf("mark raised %.1f pt", rise)
		}
		return
	}
	t.Fatal("no mark in the body")
}
