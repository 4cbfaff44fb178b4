package pdftest

import "golang.org/x/text/unicode/norm"

// Find returns the first word on the page (in reading order) whose Text
// equals text (compared after NFC normalisation).
func Find(p Page, text string) (Word, bool) {
	text = norm.NFC.String(text)
	for _, w := range p.Words {
		if w.Text == text {
			return w, true
		}
	}
	return Word{}, false
}

// FindPhrase finds the first occurrence of a multi-word phrase drawn as
// consecutive words on one baseline. It returns the left x and the baseline
// y of the first word and the width from there to the right edge of the last
// word. The phrase is split with [Words], so any whitespace separates words.
func FindPhrase(p Page, phrase string) (x, y, w float64, ok bool) {
	want := Words(phrase)
	if len(want) == 0 {
		return 0, 0, 0, false
	}
Start:
	for i := 0; i+len(want) <= len(p.Words); i++ {
		first := p.Words[i]
		for k, t := range want {
			wd := p.Words[i+k]
			if wd.Text != t || abs(wd.Y-first.Y) >= lineTolerance {
				continue Start
			}
		}
		last := p.Words[i+len(want)-1]
		return first.X, first.Y, last.X + last.W - first.X, true
	}
	return 0, 0, 0, false
}
