package pdftest

import (
	"sort"
	"unicode"
)

const (
	// lineTolerance is how far apart (in points) two baselines may be and
	// still count as one line.
	lineTolerance = 1.0
	// gapEm is the horizontal gap, as a fraction of the font size, between
	// two glyphs that counts as a word break even without a space glyph.
	gapEm = 0.15
	// backEm is how far (as a fraction of the font size) the pen may move
	// backwards and still continue the same piece of text.
	backEm = 0.5
)

// groupLines splits glyphs (in content stream order) into pieces of
// continuously drawn text, groups pieces whose baselines are within
// lineTolerance into lines, sorts lines top to bottom and pieces left to
// right, and returns each line's glyphs.
func groupLines(gs []glyph) [][]glyph {
	type line struct {
		y      float64
		pieces [][]glyph
	}
	var lines []*line
	add := func(piece []glyph) {
		y := piece[0].y
		for _, l := range lines {
			if abs(l.y-y) < lineTolerance {
				l.pieces = append(l.pieces, piece)
				return
			}
		}
		lines = append(lines, &line{y: y, pieces: [][]glyph{piece}})
	}
	start := 0
	for i := 1; i <= len(gs); i++ {
		if i < len(gs) {
			prev, g := gs[i-1], gs[i]
			if abs(g.y-prev.y) < lineTolerance/4 && g.x >= prev.x+prev.adv-backEm*max(g.size, prev.size) {
				continue
			}
		}
		add(gs[start:i])
		start = i
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y })
	out := make([][]glyph, 0, len(lines))
	for _, l := range lines {
		sort.SliceStable(l.pieces, func(i, j int) bool { return l.pieces[i][0].x < l.pieces[j][0].x })
		var all []glyph
		for _, p := range l.pieces {
			all = append(all, p...)
		}
		out = append(out, all)
	}
	return out
}

// forEachRun calls fn for every word of a line: a maximal run of non-space
// glyphs in one font and size without a gap wider than gapEm between them.
// spaceBefore reports whether a space separates the run from the previous
// one (as opposed to a mere change of font or size).
func forEachRun(ln []glyph, fn func(run []glyph, spaceBefore bool)) {
	var run []glyph
	runSpace := false // a space precedes the current run
	space := false    // a space was seen since the last non-space glyph
	var prev *glyph
	for i := range ln {
		g := &ln[i]
		if prev != nil && g.x-(prev.x+prev.adv) > gapEm*max(g.size, prev.size) {
			space = true
		}
		prev = g
		if isSpace(g.s) {
			space = true
			continue
		}
		if g.s == "" {
			continue // unmapped glyph: no text, but it still advanced the pen
		}
		if len(run) > 0 && (space || g.font != run[0].font || g.size != run[0].size) {
			fn(run, runSpace)
			run = nil
		}
		if len(run) == 0 {
			runSpace = space
		}
		space = false
		run = append(run, *g)
	}
	if len(run) > 0 {
		fn(run, runSpace)
	}
}

func isSpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
