package vn

// Suggest returns the candidate closest to word, for "có phải ý bạn là
// …?" hints after a typo in a field or template name. Distance is the
// Levenshtein edit distance counted in runes (after NFC), so a wrong
// Vietnamese tone mark costs one edit. A candidate is offered only when it
// differs from word and is within max(1, runes(word)/3) edits: close
// enough to be a typo, not just another short word. On a tie the earlier
// candidate wins. If word itself is among the candidates there is nothing
// to suggest and ok is false; the same goes for an empty word.
func Suggest(word string, candidates []string) (suggestion string, ok bool) {
	if word == "" {
		return "", false // nothing was typed, so there is no typo to fix
	}
	w := []rune(NFC(word))
	limit := max(1, len(w)/3)
	best, bestDist := -1, limit+1
	for i, c := range candidates {
		d := levenshtein(w, []rune(NFC(c)), bestDist)
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 || bestDist == 0 {
		return "", false
	}
	return candidates[best], true
}

// levenshtein returns the edit distance between a and b, or any value
// >= bound once it is clear the distance is at least bound; callers only
// care about candidates better than the best one so far.
func levenshtein(a, b []rune, bound int) int {
	if abs(len(a)-len(b)) >= bound {
		return bound
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= bound {
			return bound // every path already costs too much
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
