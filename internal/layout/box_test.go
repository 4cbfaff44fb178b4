package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"vanban/internal/model"
	"vanban/internal/profile"
)

// framed is a framed box of n lines "KHUNG i …", in the sizes and weights given in turn.
func framed(n int, styles ...model.BoxLine) *model.Box {
	b := &model.Box{Frame: true, Pos: model.Pos{Line: 9}}
	for i := range n {
		l := model.BoxLine{}
		if len(styles) > 0 {
			l = styles[i%len(styles)]
		}
		l.Runs = []model.Run{{Text: fmt.Sprintf("KHUNG%d %s", i, words(3, "xyz"))}}
		b.Blocks = append(b.Blocks, &l)
	}
	return b
}

// frameRules returns, per page, the frame's horizontal rules (its stroke is the profile's
// khung rule, no other rule's) and the lines of the box on it.
func frameRules(t *testing.T, d *Document, stroke float64) (rules [][]Item, lines [][]Item) {
	t.Helper()
	for _, pg := range d.Pages {
		var rs, ls []Item
		for _, it := range pg.Items {
			switch {
			case it.Kind == RuleItem && it.Stroke == stroke && it.H == 0:
				rs = append(rs, it)
			case it.Kind == TextItem && strings.HasPrefix(it.Text, "KHUNG"):
				ls = append(ls, it)
			}
		}
		rules, lines = append(rules, rs), append(lines, ls)
	}
	return rules, lines
}

// TestBoxLayout: a box that fits on a page is never broken: where it would cross the foot
// of a page, it moves whole to the next; a box taller than a page goes on over pages, its
// frame closed by a rule at the foot of each page it breaks on and opened by one at the top
// of the next, every line inside the frame.
func TestBoxLayout(t *testing.T) {
	p := hd36(t)
	stroke := p.Box.RuleWidthPT
	left, right := profile.MM(p.Page.LeftMM), profile.MM(p.Page.WidthMM-p.Page.RightMM)
	for _, c := range []struct {
		name  string
		lines int
		// whole: the box stands on one page.
		whole bool
	}{
		{"short", 6, true},
		{"tall", 60, false},
	} {
		moved := false
		for filler := 1; filler <= 40; filler++ {
			d := lay(t, para(words(filler*12, "xyz")), framed(c.lines))
			rules, lines := frameRules(t, d, stroke)
			var on []int // pages holding lines of the box
			for i, ls := range lines {
				if len(ls) > 0 {
					on = append(on, i)
				}
			}
			what := fmt.Sprintf("%s, filler %d", c.name, filler)
			n := 0
			for _, i := range on {
				n += len(lines[i])
				// Two rules on every page the box stands on: above its first line, below its last.
				if len(rules[i]) != 2 {
					t.Fatalf("%s: page %d has %d frame rules, want 2", what, i+1, len(rules[i]))
				}
				top, bottom := rules[i][0], rules[i][1]
				if top.Y > bottom.Y {
					top, bottom = bottom, top
				}
				for _, l := range lines[i] {
					if l.Y < top.Y || l.Y > bottom.Y || l.X < left || l.X+l.W > right {
						t.Fatalf("%s: page %d: line %q outside its frame", what, i+1, l.Text)
					}
				}
				for _, r := range rules[i] {
					if math.Abs(r.X-left) > 0.01 || math.Abs(r.W-(right-left)) > 0.01 {
						t.Fatalf("%s: page %d: a frame rule runs from %.2f, %.2f wide", what, i+1, r.X, r.W)
					}
				}
			}
			if n != c.lines {
				t.Fatalf("%s: %d lines of the box printed, want %d", what, n, c.lines)
			}
			if c.whole && len(on) != 1 {
				t.Fatalf("%s: the box is broken over pages %v", what, on)
			}
			if !c.whole && len(on) < 2 {
				t.Fatalf("%s: a box taller than a page stands on one", what)
			}
			moved = moved || on[0] > 0
		}
		if c.whole && !moved {
			t.Errorf("%s: the sweep never moved the box to a later page", c.name)
		}
	}
}

// TestBoxMovesWhole: a box that does not fit at the foot of a page starts the next one,
// leaving the rest of the page empty, rather than break.
func TestBoxMovesWhole(t *testing.T) {
	p := hd36(t)
	for filler := 1; filler <= 40; filler++ {
		d := lay(t, para(words(filler*12, "xyz")), framed(6))
		_, lines := frameRules(t, d, p.Box.RuleWidthPT)
		for i, ls := range lines {
			if len(ls) > 0 && len(ls) < 6 {
				t.Fatalf("filler %d: page %d holds %d of the box's 6 lines", filler, i+1, len(ls))
			}
		}
	}
}

// TestBoxLinesCentred: the lines of a framed box are centred on the text area, each in the
// size and weight typed before it, one under the other.
func TestBoxLinesCentred(t *testing.T) {
	p := hd36(t)
	left, right := profile.MM(p.Page.LeftMM), profile.MM(p.Page.WidthMM-p.Page.RightMM)
	styles := []model.BoxLine{{Size: 15, Bold: true}, {Size: 20, Bold: true}, {}, {Size: 13, Italic: true}}
	d := lay(t, framed(4, styles...))
	_, lines := frameRules(t, d, p.Box.RuleWidthPT)
	want := []struct {
		size float64
		font Font
	}{{15, Bold}, {20, Bold}, {p.Body.Style.Size, Regular}, {13, Italic}}
	if len(lines[0]) != 4 {
		t.Fatalf("%d lines, want 4", len(lines[0]))
	}
	for i, l := range lines[0] {
		if mid := l.X + l.W/2; math.Abs(mid-(left+right)/2) > 0.01 {
			t.Errorf("line %d is centred on %.2f, want %.2f", i, mid, (left+right)/2)
		}
		if l.Size != want[i].size || l.Font != want[i].font {
			t.Errorf("line %d: %s %.4g, want %s %.4g", i, l.Font, l.Size, want[i].font, want[i].size)
		}
		if i > 0 && l.Y <= lines[0][i-1].Y {
			t.Errorf("line %d is not under line %d", i, i-1)
		}
	}

}
