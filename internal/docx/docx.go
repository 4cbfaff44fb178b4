// Package docx writes a document in its official form as a Word file (.docx,
// WordprocessingML), so that a draft can go round an office and be edited in Word or the
// e-office system before it is signed.
//
// It reads [form.Document] — the styled blocks the form stage hands on, every rule of the
// profile already applied — and not the placed pages of package layout: Word lays text out
// itself, so it is given paragraphs with their size, indent, spacing and exact line
// distance, runs, tables with spanning cells and header rows, native footnotes and
// sections, never positions of glyphs. The page and its margins, the two-column header, the
// rules under the issuer and the Tiêu ngữ, the closing block kept with the end of the body,
// page numbers from page 2 (a different first page and a PAGE field), landscape appendices
// numbered from 1: all come from the same form as the PDF's.
//
// The zip is written with archive/zip and the XML by hand, in a fixed order with fixed
// times: the same document gives the same bytes. The dates of the file's properties come
// from [Options.Time] (SOURCE_DATE_EPOCH on the command line), never from the clock.
//
// Paragraphs carry styles with Vietnamese names a clerk recognises in Word's list ("Văn
// bản - Thân", "Văn bản - Đề mục 1" …), each defined with the look most of its paragraphs
// have, so that a paragraph typed in Word takes the format of the document.
package docx

import (
	"archive/zip"
	"bytes"
	"time"

	"vanban/internal/form"
)

// Options tune the writer.
type Options struct {
	// Font is the typeface every run names; empty is Times New Roman, which the rules name
	// and offices have.
	Font string
	// Time is written as the file's creation and modification time; zero writes none.
	Time time.Time
	// Measure returns the width in points of a text in a style. The writer uses it where
	// the form sizes something on its text (the rule under the issuing body and the Tiêu
	// ngữ, the Kính gửi block); nil estimates half the font size a character.
	Measure func(text string, st form.Style) float64
}

// DefaultFont is the typeface of a document when Options.Font is empty.
const DefaultFont = "Times New Roman"

// part is one file of the package.
type part struct {
	name, contentType string
	body              string
}

// Render writes doc as a .docx.
func Render(doc *form.Document, opt Options) ([]byte, error) {
	if opt.Font == "" {
		opt.Font = DefaultFont
	}
	if opt.Measure == nil {
		opt.Measure = func(text string, st form.Style) float64 { return float64(len([]rune(text))) * st.Size / 2 }
	}
	w := newWriter(doc, opt)
	// The styles are defined by the paragraphs that use them: written last.
	document, notes, numbered := w.document(), w.footnotes(), w.pageNumberHeader()
	parts := []part{
		{"[Content_Types].xml", "", ""},
		{"_rels/.rels", "", rootRels},
		{"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core(doc, opt.Time)},
		{"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", document},
		{"word/_rels/document.xml.rels", "", documentRels},
		{"word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", w.styles()},
		{"word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", settings},
		{"word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes},
		{"word/" + headerNumbered, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", numbered},
		{"word/" + headerBlank, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", w.blankHeader()},
	}
	parts[0].body = contentTypes(parts)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		// A fixed time for every entry: the bytes depend on the document only.
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// zipTime is the time of every entry of the zip: the earliest a zip can hold.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// The headers: one with the page number, one empty for the first page of a numbering.
const (
	headerNumbered = "header1.xml"
	headerBlank    = "header2.xml"
)

// The relationships of the document part, by id.
const (
	relStyles    = "rId1"
	relSettings  = "rId2"
	relFootnotes = "rId3"
	relNumbered  = "rId4"
	relBlank     = "rId5"
)

const rootRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="` + relStyles + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="` + relSettings + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="` + relFootnotes + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
	`<Relationship Id="` + relNumbered + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="` + headerNumbered + `"/>` +
	`<Relationship Id="` + relBlank + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="` + headerBlank + `"/>` +
	`</Relationships>`

// settings: footnotes with their separators, Vietnamese as the language of the text, and
// the compatibility of Word 2013 and later (so that Word does not open it in its old mode).
const settings = xmlPI + `<w:settings xmlns:w="` + nsW + `">` +
	`<w:defaultTabStop w:val="720"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="vi-VN"/>` +
	`</w:settings>`

// contentTypes lists the parts' types: the XML and relationship parts by extension, the
// others one by one.
func contentTypes(parts []part) string {
	var w xw
	w.b.WriteString(xmlPI)
	w.open("Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
	w.empty("Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml")
	w.empty("Default", "Extension", "xml", "ContentType", "application/xml")
	for _, p := range parts {
		if p.contentType != "" {
			w.empty("Override", "PartName", "/"+p.name, "ContentType", p.contentType)
		}
	}
	w.close("Types")
	return w.String()
}

// core is the file's properties: its title and subject, and its time when one is given.
func core(doc *form.Document, t time.Time) string {
	var w xw
	w.b.WriteString(xmlPI)
	w.open("cp:coreProperties", "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
		"xmlns:dc", "http://purl.org/dc/elements/1.1/", "xmlns:dcterms", "http://purl.org/dc/terms/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	w.elem("dc:title", doc.InfoTitle)
	w.elem("dc:subject", doc.InfoSubject)
	w.elem("dc:creator", "vanban")
	w.elem("dc:language", "vi-VN")
	if !t.IsZero() {
		stamp := t.UTC().Format(time.RFC3339)
		w.elem("dcterms:created", stamp, "xsi:type", "dcterms:W3CDTF")
		w.elem("dcterms:modified", stamp, "xsi:type", "dcterms:W3CDTF")
	}
	w.close("cp:coreProperties")
	return w.String()
}
