package vn

import (
	"sync"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// upperPool holds Vietnamese upper-casers: a cases.Caser keeps state and
// must not be shared between goroutines, but building one per call is
// wasteful in templates that upper-case every heading.
var upperPool = sync.Pool{
	New: func() any {
		c := cases.Upper(language.Vietnamese)
		return &c
	},
}

// Upper returns s in Vietnamese upper case, as required for organisation
// names and document titles: Upper("ủy ban nhân dân") is
// "ỦY BAN NHÂN DÂN". Input is normalised to NFC first (so decomposed
// input comes out precomposed) and characters without case, such as "/"
// or digits, are kept. It is safe for concurrent use.
func Upper(s string) string {
	s = NFC(s)
	c := upperPool.Get().(*cases.Caser)
	out := c.String(s) // String resets the caser before use
	upperPool.Put(c)
	// Upper-casing can decompose a few letters outside Vietnamese; keep
	// the NFC promise anyway.
	return NFC(out)
}
