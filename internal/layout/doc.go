// Package layout places a document on pages: it takes the document model, a format profile
// and a Measurer, and returns pages of items at absolute positions (text pieces and rules,
// in points from the top-left corner of the page). The PDF backend only draws what it gets.
//
// Rules it implements: lines break at U+0020 only (a no-break space keeps words together),
// paragraphs are justified but for their last line, first lines take the profile's indent,
// headings keep with the next block, a paragraph leaves no single line at the foot or head
// of a page, tables repeat their header row on each page they cross, the closing block
// (Nơi nhận and the signature) stays on one page, and page numbers stand in the top margin
// from page 2. Every character is checked against the font: one it cannot draw is an error
// that names it, never a blank.
//
// It must not import the PDF backend or gopdf (a test checks).
package layout
