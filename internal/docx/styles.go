package docx

import (
	"strconv"
	"strings"

	"vanban/internal/form"
)

// The paragraph styles, by id; their names are in styleNames.
const (
	styleBody       = "VanBanThan"
	styleHeading    = "VanBanDeMuc" // + the level, 1 to maxHeading
	styleHeader     = "VanBanDauVanBan"
	styleTypeName   = "VanBanTenLoai"
	styleSubject    = "VanBanTrichYeu"
	styleAddressees = "VanBanKinhGui"
	styleTable      = "VanBanBang"
	styleRecipients = "VanBanNoiNhan"
	styleSignature  = "VanBanChuKy"
	styleAppendix   = "VanBanPhuLuc"
	styleNote       = "VanBanChuThich"
	stylePageNumber = "VanBanSoTrang"
	styleRule       = "VanBanDuongKe"
	// noteMarkStyle is the character style of footnote marks.
	noteMarkStyle = "VanBanDauChuThich"
)

// maxHeading is the deepest heading with a style of its own; deeper ones take its style.
const maxHeading = 4

// styleNames are the paragraph styles in the order of styles.xml, with the names a clerk
// sees in Word's list of styles.
var styleNames = []struct{ id, name string }{
	{styleBody, "Văn bản - Thân"},
	{styleHeading + "1", "Văn bản - Đề mục 1"},
	{styleHeading + "2", "Văn bản - Đề mục 2"},
	{styleHeading + "3", "Văn bản - Đề mục 3"},
	{styleHeading + "4", "Văn bản - Đề mục 4"},
	{styleHeader, "Văn bản - Đầu văn bản"},
	{styleTypeName, "Văn bản - Tên loại"},
	{styleSubject, "Văn bản - Trích yếu"},
	{styleAddressees, "Văn bản - Kính gửi"},
	{styleTable, "Văn bản - Bảng"},
	{styleRecipients, "Văn bản - Nơi nhận"},
	{styleSignature, "Văn bản - Chữ ký"},
	{styleAppendix, "Văn bản - Phụ lục"},
	{styleNote, "Văn bản - Chú thích"},
	{stylePageNumber, "Văn bản - Số trang"},
	{styleRule, "Văn bản - Đường kẻ"},
}

// bodyStyle is the style of a body paragraph of a heading level (0: not a heading).
func bodyStyle(level int) string {
	if level <= 0 {
		return styleBody
	}
	return styleHeading + strconv.Itoa(min(level, maxHeading))
}

// headingLevel is the level of a heading style, 0 for other styles.
func headingLevel(style string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(style, styleHeading))
	if err != nil || !strings.HasPrefix(style, styleHeading) {
		return 0
	}
	return n
}

// common is the look most of a style's paragraphs have (the first of equals): what the
// style is defined with, so that a paragraph a clerk adds looks like its neighbours.
func (w *writer) common(id string) (look, bool) {
	ls := w.looks[id]
	if len(ls) == 0 {
		return look{}, false
	}
	count := map[look]int{}
	best := ls[0]
	for _, l := range ls {
		l.p.keepNext, l.p.keepLines = false, false
		count[l]++
		if count[l] > count[best] {
			best = l
		}
	}
	return best, true
}

// styles writes the styles part: Times New Roman (or the chosen face) and Vietnamese as the
// defaults, Normal in the body's size, then the document's paragraph styles, each with the
// look of most of its paragraphs, and the footnotes' styles. It is written after the
// document part, whose paragraphs it reads.
func (w *writer) styles() string {
	var x xw
	x.b.WriteString(xmlPI)
	x.open("w:styles", "xmlns:w", nsW)
	body, ok := w.common(styleBody)
	if !ok {
		body.st.Size = w.doc.PageNumber.Style.Size
	}
	x.open("w:docDefaults")
	x.open("w:rPrDefault")
	x.open("w:rPr")
	w.rPr(&x, form.Style{Size: body.st.Size}, true)
	x.empty("w:lang", "w:val", "vi-VN", "w:eastAsia", "vi-VN", "w:bidi", "ar-SA")
	x.close("w:rPr")
	x.close("w:rPrDefault")
	x.open("w:pPrDefault")
	x.open("w:pPr")
	x.empty("w:widowControl")
	x.empty("w:spacing", "w:before", "0", "w:after", "0", "w:line", "240", "w:lineRule", "auto")
	x.close("w:pPr")
	x.close("w:pPrDefault")
	x.close("w:docDefaults")

	x.open("w:style", "w:type", "paragraph", "w:default", "1", "w:styleId", "Normal")
	x.val("w:name", "Normal")
	x.empty("w:qFormat")
	x.close("w:style")
	for _, s := range styleNames {
		x.open("w:style", "w:type", "paragraph", "w:customStyle", "1", "w:styleId", s.id)
		x.val("w:name", s.name)
		x.val("w:basedOn", "Normal")
		if headingLevel(s.id) > 0 {
			x.val("w:next", styleBody)
		}
		x.empty("w:qFormat")
		if l, ok := w.common(s.id); ok {
			x.open("w:pPr")
			p := l.p
			// A rule belongs to its paragraph: the spaces of the same style draw none.
			p.style, p.rule = s.id, 0
			w.stylePPr(&x, p)
			x.close("w:pPr")
			x.open("w:rPr")
			w.rPr(&x, l.st, false)
			x.close("w:rPr")
		}
		x.close("w:style")
	}
	x.open("w:style", "w:type", "character", "w:customStyle", "1", "w:styleId", noteMarkStyle)
	x.val("w:name", "Văn bản - Dấu chú thích")
	x.open("w:rPr")
	x.val("w:vertAlign", "superscript")
	x.close("w:rPr")
	x.close("w:style")
	x.open("w:style", "w:type", "table", "w:default", "1", "w:styleId", "TableNormal")
	x.val("w:name", "Normal Table")
	x.open("w:tblPr")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	x.close("w:tblPr")
	x.close("w:style")
	x.close("w:styles")
	return x.String()
}

// stylePPr writes a style's paragraph properties: those of a paragraph, without the style
// naming itself.
func (w *writer) stylePPr(x *xw, p para) {
	var inner xw
	w.pPr(&inner, p, false)
	x.b.WriteString(strings.TrimPrefix(inner.String(), `<w:pStyle w:val="`+p.style+`"/>`))
}

// footnotes writes the footnotes part: the separators Word wants, then each note, opening
// with its mark.
func (w *writer) footnotes() string {
	var x xw
	x.b.WriteString(xmlPI)
	x.open("w:footnotes", "xmlns:w", nsW, "xmlns:r", nsR)
	for _, sep := range []struct{ id, kind, mark string }{{"-1", "separator", "w:separator"}, {"0", "continuationSeparator", "w:continuationSeparator"}} {
		x.open("w:footnote", "w:type", sep.kind, "w:id", sep.id)
		x.open("w:p")
		x.open("w:pPr")
		x.empty("w:spacing", "w:before", "0", "w:after", "0", "w:line", "240", "w:lineRule", "auto")
		x.close("w:pPr")
		x.open("w:r")
		x.empty(sep.mark)
		x.close("w:r")
		x.close("w:p")
		x.close("w:footnote")
	}
	w.inNotes = true
	for i, n := range w.doc.Footnotes.Notes {
		x.open("w:footnote", "w:id", strconv.Itoa(i+1))
		w.paragraph(&x, para{style: styleNote, align: n.Align, leader: n.Leading}, n.Style, n.Runs)
		x.close("w:footnote")
	}
	w.inNotes = false
	x.close("w:footnotes")
	return x.String()
}

// pageNumberHeader is the header of every page but the first of a numbering: the page
// number, centred in the top margin.
func (w *writer) pageNumberHeader() string {
	var x xw
	x.b.WriteString(xmlPI)
	x.open("w:hdr", "xmlns:w", nsW, "xmlns:r", nsR)
	st := w.doc.PageNumber.Style
	w.paragraph(&x, para{style: stylePageNumber, align: form.Center, leader: st.Size * 1.2, field: " PAGE "}, st, []form.Run{{Text: "2"}})
	x.close("w:hdr")
	return x.String()
}

// blankHeader is the header of the first page of a numbering: nothing.
func (w *writer) blankHeader() string {
	return xmlPI + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:pStyle w:val="` + stylePageNumber + `"/></w:pPr></w:p></w:hdr>`
}
