package vn

import (
	"fmt"
	"strconv"
	"strings"
)

// label is a number as typed before a part, an item or a point: "I.",
// "1.", "1.1.", "2.10.", "5)", "đ)", "7". parts holds its numbers ("2.10."
// → 2, 10; "IV." → 4; "đ)" → 5); style is 'I' (Roman), '1' (digits) or
// 'a' (point letters); end is what follows the last number ("." or ")" or
// nothing).
type label struct {
	parts []int
	style byte
	end   string
}

// parseLabel reads a label, or reports that s is none.
func parseLabel(s string) (label, bool) {
	l := label{}
	body := s
	if e, ok := strings.CutSuffix(s, "."); ok {
		body, l.end = e, "."
	} else if e, ok := strings.CutSuffix(s, ")"); ok {
		body, l.end = e, ")"
	}
	if body == "" {
		return l, false
	}
	if n := romanValue(body); n > 0 {
		l.parts, l.style = []int{n}, 'I'
		return l, true
	}
	if n := letterValue(body); n > 0 {
		l.parts, l.style = []int{n}, 'a'
		return l, true
	}
	for _, p := range strings.Split(body, ".") {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p[0] == '+' || len(p) > 6 {
			return l, false
		}
		l.parts = append(l.parts, n)
	}
	l.style = '1'
	return l, true
}

// IsLabel reports whether s is a number as typed before a part, an item
// or a point: "I.", "1.", "1.1.", "2.10.", "5)", "đ)", "7".
func IsLabel(s string) bool {
	_, ok := parseLabel(s)
	return ok
}

// last is the label's own number: 10 for "2.10.".
func (l label) last() int { return l.parts[len(l.parts)-1] }

// String writes the label back as typed.
func (l label) String() string {
	switch l.style {
	case 'I':
		return Roman(l.last()) + l.end
	case 'a':
		return LetterPoint(l.last()) + l.end
	}
	parts := make([]string, len(l.parts))
	for i, p := range l.parts {
		parts[i] = strconv.Itoa(p)
	}
	return strings.Join(parts, ".") + l.end
}

// next is the label after l in the same list: "1.2." after "1.1.", "VI."
// after "V.", "e)" after "đ)".
func (l label) next() label {
	n := l
	n.parts = append([]int(nil), l.parts...)
	n.parts[len(n.parts)-1]++
	return n
}

// NextLabel is the label a template prints for an item: typed when the
// data gives one; else the one after prev, the label printed before it in
// the same list, in prev's style ("1.2." after "1.1.", "VI." after "V.");
// first for the first item ("I.", "1.", "a)"). A prev that is no label is
// followed by first.
func NextLabel(typed, prev, first string) string {
	if typed = strings.TrimSpace(typed); typed != "" {
		return typed
	}
	l, ok := parseLabel(prev)
	if !ok {
		return first
	}
	return l.next().String()
}

// Numbering follows the labels of one list, in order, as NextLabel numbers
// them, and says where a typed label skips a number or repeats one. The
// zero value is an empty list.
type Numbering struct {
	prev    label
	started bool
}

// Add takes the next item's label ("" for one the template numbers). When
// a typed label does not follow the one before it — "7." after "5.", "2."
// after "2." — it returns a warning and its hint, in Vietnamese; a label
// whose numbers above its own differ from the one before ("2.1." after
// "1.3.") starts a new run and is not compared.
func (n *Numbering) Add(typed string) (warning, hint string) {
	typed = strings.TrimSpace(typed)
	l, ok := parseLabel(typed)
	switch {
	case typed == "" && n.started:
		n.prev = n.prev.next()
		return "", ""
	case typed == "":
		// The first item, numbered by the template in a style Numbering is not told:
		// style 0 compares with any.
		n.prev, n.started = label{parts: []int{1}}, true
		return "", ""
	case !ok:
		// A typed text that is no label: what follows is compared with nothing.
		n.started = false
		return "", ""
	}
	prev, started := n.prev, n.started
	n.prev, n.started = l, true
	if !started || !samePrefix(prev, l) {
		return "", ""
	}
	if prev.style == 0 {
		prev.style, prev.end = l.style, l.end
	}
	want := prev.next()
	want.end = l.end
	switch d := l.last() - prev.last(); {
	case d == 0:
		return fmt.Sprintf("số “%s” lặp lại số của mục trước", typed),
			fmt.Sprintf("mục này là “%s”? nếu văn bản gốc đánh số như vậy thì giữ nguyên, nếu không thì sửa số", want)
	case d < 0:
		return fmt.Sprintf("số “%s” nhỏ hơn số của mục trước (“%s”)", typed, prev.String()),
			fmt.Sprintf("mục này là “%s”? nếu văn bản gốc đánh số như vậy thì giữ nguyên, nếu không thì sửa số", want)
	case d > 1:
		return fmt.Sprintf("số “%s” nhảy cóc: mục trước là “%s”, thiếu “%s”", typed, prev.String(), want),
			"nếu văn bản gốc đánh số như vậy thì giữ nguyên (vanban in đúng số đã gõ); nếu không thì sửa số hoặc thêm mục còn thiếu"
	}
	return "", ""
}

// samePrefix reports whether two labels are of one list: the same style
// (a label the template numbered has any) and the same numbers above their
// own ("1.1." and "1.2.").
func samePrefix(a, b label) bool {
	if a.style != 0 && a.style != b.style || len(a.parts) != len(b.parts) {
		return false
	}
	for i := 0; i < len(a.parts)-1; i++ {
		if a.parts[i] != b.parts[i] {
			return false
		}
	}
	return true
}

// romanValue reads an upper-case Roman numeral written the usual way (I to
// MMMCMXCIX), or returns 0.
func romanValue(s string) int {
	if s == "" || len(s) > 15 || strings.Trim(s, "IVXLCDM") != "" {
		return 0
	}
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	n := 0
	for i := 0; i < len(s); i++ {
		v := values[s[i]]
		if i+1 < len(s) && values[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n > 3999 || Roman(n) != s {
		return 0
	}
	return n
}

// letterValue reads a point label ("a", "đ", "aa"), the inverse of
// LetterPoint, or returns 0.
func letterValue(s string) int {
	if s == "" || len(s) > 12 {
		return 0
	}
	n := 0
	for s != "" {
		d := 0
		for i, l := range pointLetters {
			if strings.HasPrefix(s, l) {
				d = i + 1
				s = s[len(l):]
				break
			}
		}
		if d == 0 {
			return 0
		}
		n = n*len(pointLetters) + d
	}
	return n
}

// LabelDepth tells where a label sits in the usual order of a document's
// numbering: 1 for a Roman part ("II."), 2 for "1.", 3 for "1.1." and one
// more for each further number, 20 for a point letter ("a)"); 0 when s is
// no label.
func LabelDepth(s string) int {
	l, ok := parseLabel(s)
	switch {
	case !ok:
		return 0
	case l.style == 'I':
		return 1
	case l.style == 'a':
		return 20
	}
	return 1 + len(l.parts)
}
