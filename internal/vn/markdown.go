package vn

// EscapeMarkdown escapes a plain data value so that, inserted into a
// CommonMark + GFM document, it reads back as the same literal text
// instead of turning into emphasis, links, lists, tables and so on.
//
// Escaping only ever adds a backslash in front of an ASCII punctuation
// character, which CommonMark defines as "this character, literally". To
// keep values readable, characters are escaped only where they can mean
// something:
//
//   - always: \ ` * _ [ ] < > | ~
//   - at the start of a line (after optional spaces or tabs): # + - =
//     and ":", which can start a GFM table delimiter row (":-")
//   - a run of "#" after a space at the end of a line, which would be
//     taken as the closing sequence if the value ends a heading
//   - the "." or ")" after a run of digits that starts a line, when a
//     space or the end of the line follows ("1. text" → "1\. text")
//   - "!" only before "[" (image syntax)
//   - "&" only before something shaped like an entity (&amp; &#123;)
//   - "{" only where it could open a heading attribute block ({#id},
//     {.class}, {key=…}, {}), which goldmark supports when attributes
//     are enabled
//
// Line breaks are kept (the template decides what they mean) and every
// line gets the start-of-line rules; the start of the value counts as the
// start of a line, since the template may put it there. Leading
// indentation cannot be escaped with backslashes and is left alone. A
// value with nothing to escape is returned as is, without allocating.
func EscapeMarkdown(s string) string { return escape(s, nil) }

// escape is EscapeMarkdown that leaves alone the bytes keep marks (keep is
// nil or as long as s): the markup EscapeMarkdownInline lets through.
func escape(s string, keep []bool) string {
	var b []byte // allocated at the first escape
	last := 0    // s[last:i] is still to be copied into b
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if keep != nil && keep[i] {
			lineStart = false // kept bytes are *, \, [ and ]: never blank
			continue
		}
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			esc = true
		case '#':
			esc = lineStart || closingHashesAt(s, i)
		case '+', '-', '=', ':':
			esc = lineStart
		case '!':
			esc = i+1 < len(s) && s[i+1] == '['
		case '&':
			esc = entityAt(s, i)
		case '{':
			esc = attributeAt(s, i)
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			if !lineStart {
				break
			}
			// A possible ordered-list marker: digits, "." or ")", then
			// a space or the end of the line.
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			lineStart = false
			if j < len(s) && (s[j] == '.' || s[j] == ')') && endsMarker(s, j+1) {
				b = appendEscaped(b, s, last, j)
				last, i = j+1, j
			} else {
				i = j - 1 // the loop goes on with the byte after the digits
			}
			continue
		}
		if esc {
			b = appendEscaped(b, s, last, i)
			last = i + 1
		}
		switch c {
		case '\n', '\r': // CommonMark also ends lines at a bare CR
			lineStart = true
		case ' ', '\t':
			// indentation keeps us at the start of the line
		default:
			lineStart = false
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// appendEscaped appends s[last:i] and then s[i] with a backslash before
// it, allocating b on first use.
func appendEscaped(b []byte, s string, last, i int) []byte {
	if b == nil {
		b = make([]byte, 0, len(s)+8)
	}
	b = append(b, s[last:i]...)
	return append(b, '\\', s[i])
}

// endsMarker reports whether a list marker ending just before s[i] is
// followed by a space, a tab, a line break or the end of the value.
func endsMarker(s string, i int) bool {
	return i >= len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
}

// closingHashesAt reports whether s[i] == '#' starts a run of '#' that
// follows a space or tab and is followed only by spaces or tabs up to the
// end of the line: in an ATX heading such a run is dropped as decoration.
func closingHashesAt(s string, i int) bool {
	if i == 0 || (s[i-1] != ' ' && s[i-1] != '\t') {
		return false
	}
	j := i
	for j < len(s) && s[j] == '#' {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j == len(s) || s[j] == '\n' || s[j] == '\r'
}

// entityAt reports whether s[i] == '&' starts something shaped like an
// HTML entity or numeric character reference: "&" then an optional "#",
// then ASCII letters or digits, then ";". This is a superset of real
// entities; escaping a few more "&" than needed is harmless.
func entityAt(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
	}
	start := j
	for j < len(s) && isASCIIAlnum(s[j]) {
		j++
	}
	return j > start && j < len(s) && s[j] == ';'
}

// attributeAt reports whether s[i] == '{' could open a goldmark attribute
// block: "{" then optional spaces, then "}", "#", "." or the first letter
// of an attribute name.
func attributeAt(s string, i int) bool {
	j := i + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j >= len(s) {
		return false
	}
	c := s[j]
	return c == '}' || c == '#' || c == '.' || c == '_' || c == ':' ||
		(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
