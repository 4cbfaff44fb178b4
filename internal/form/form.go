// Package form applies the format rules of a document system (thể thức) to a document: it
// takes the document model and a format profile and decides everything that makes the
// document official — the number line and its leading zero, the place-and-date line, the
// capitals the rules ask for, the punctuation that ends căn cứ, Kính gửi and Nơi nhận lines,
// the Lưu line, list markers by depth, the công văn's trích yếu under its number, and every
// size, style, alignment, indent and space, resolved from the profile's words into numbers.
//
// Its output, [Document], is a list of backend-neutral styled blocks: paragraphs made of
// runs, tables, charts, and the fixed parts (header, title, Kính gửi, closing block,
// appendices) as lines of text with their styles. Nothing here measures text or places it
// on a page: package layout does that for the page backends (PDF, SVG), and a Word writer
// reads these blocks directly, so no rule of the format is written twice.
//
// The stage is the counterpart of Typst's realize step: model + style rules in, styled
// elements out. It must not import layout or any backend (a test checks).
package form

import (
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/vn"
)

// The pieces of text the form hands on are those of the document model.
type (
	// Run is a piece of text in one style.
	Run = model.Run
	// Align is a horizontal alignment.
	Align = model.Align
	// Cell is one table cell.
	Cell = model.Cell
	// Bar is one row of a bar chart.
	Bar = model.Bar
	// Pos is a place in the source file, for diagnostics.
	Pos = model.Pos
	// Merge tells a place of a table covered by a cell spanning rows or columns.
	Merge = model.Merge
)

// The places of a table's grid: a cell of its own, or one the cell to its left or above it
// goes on over.
const (
	NotMerged  = model.NotMerged
	MergedLeft = model.MergedLeft
	MergedUp   = model.MergedUp
)

// The alignments a block can have once the form has resolved it (never AlignDefault).
const (
	Left    = model.AlignLeft
	Center  = model.AlignCenter
	Right   = model.AlignRight
	Justify = model.AlignJustify
)

// Style is how a piece of text looks: its size in points and its styles.
type Style struct {
	Size      float64
	Bold      bool
	Italic    bool
	Underline bool
}

// Page is the paper and the text area, in points. Landscape pages (an appendix of wide
// tables) swap width and height and keep each margin at the same edge as the page is read.
type Page struct {
	Width, Height            float64
	Top, Bottom, Left, Right float64
}

// Document is a document in its official form, ready to be laid out or written as Word.
type Document struct {
	Page Page
	// Header is the two-column block at the top of page 1.
	Header Header
	// Title is the type name, trích yếu and what follows them; nil when there is none.
	Title *Title
	// Addressees is the Kính gửi block; nil when there is none.
	Addressees *Addressees
	// Body is the căn cứ paragraphs followed by the body's blocks.
	Body []Block
	// Closing is Nơi nhận and the signature.
	Closing Closing
	// Appendices follow the signature, each on new pages.
	Appendices []*Appendix
	// Attached are the documents issued with a quyết định, after its appendices.
	Attached []*Attached
	// Footnotes are the notes referenced by runs whose Note is set, in their order.
	Footnotes Footnotes
	// PageNumber is how page numbers look from a numbering's second page on.
	PageNumber PageNumber
	// Title and Subject of the document, for a file's properties.
	InfoTitle, InfoSubject string
	// Source names the file the document came from, for diagnostics.
	Source string
}

// Lines is a centred text of one or more lines (header, title and signature parts): each
// "\n" starts a new line, and a line too long for its column wraps. Runs of spaces the
// clerk left blank are already no-break spaces.
type Lines struct {
	Text  string
	Style Style
	// Leading is the distance between baselines; Gap the space above the first line.
	Leading, Gap float64
	// Field, when set, names the data field of a text meant to stand on its typed lines
	// (the issuing body, the number, a signer's title): the layout warns when one of its
	// lines is wider than its column and wraps.
	Field string
}

// Separator is what stands under a header element or the trích yếu: a text ("*",
// "-----"), or a rule Ratio times as long as the line above it, Gap below that line.
type Separator struct {
	Text    string
	Style   Style
	Leading float64
	Ratio   float64
	Gap     float64
}

// Header is the two-column block at the top of page 1.
type Header struct {
	// LeftShare is the left column's share of the text width.
	LeftShare float64
	// Left is the parent body and the issuing body; LeftSep stands under the widest line.
	Left    []Lines
	LeftSep Separator
	// Right is the Party title, or the Quốc hiệu and Tiêu ngữ; RightSep stands under the
	// last line, as long as its text.
	Right    []Lines
	RightSep Separator
	// RowGap is the space above the row of the number and the date.
	RowGap float64
	// Number is the number line ("Số 12-KH/TU"); Subject, under it, the trích yếu of a
	// công văn (nil for other kinds); Date the place-and-date line, on the right.
	Number  Lines
	Subject *Lines
	Date    Lines
}

// Title is the block under the header: type name, trích yếu, separator, and the line
// naming who decides (a quyết định's thẩm quyền).
type Title struct {
	TypeName *Lines
	// Subject runs at most SubjectWidth (a share of the text width) wide.
	Subject      *Lines
	SubjectWidth float64
	// Note is the line under an attached document's title that names the decision it
	// comes with ("(Kèm theo Quyết định số … )"), above the separator; nil elsewhere.
	Note      *Lines
	Sep       Separator
	Authority *Lines
	// Before is the space above the block, After the space below it and above Authority.
	Before, After float64
}

// Addressees is the "Kính gửi:" block: the label, then the addressees one a line beside it.
type Addressees struct {
	Label      string
	LabelStyle Style
	Lines      []string
	Style      Style
	Leading    float64
	// Hang is what every line starts with when there are several ("- "): a line that
	// wraps goes on under the text after it.
	Hang string
	// MinIndent is the least distance from the left edge: the block is centred, but never
	// starts left of the body's first-line indent.
	MinIndent float64
	Before    float64
}

// Block is one block of the body: *Paragraph, *Table, *Chart or *PageBreak.
type Block interface {
	// Position returns where the block starts in the source.
	Position() Pos
}

// Paragraph is a paragraph of the body, a heading, a list item or a căn cứ line, with
// every choice of its look made.
type Paragraph struct {
	Runs  []Run
	Style Style
	Align Align
	// Indent is the first line's indent, Leading the distance between baselines, Before
	// the space above, in points.
	Indent, Leading, Before float64
	// KeepNext keeps the paragraph on the page of the first lines of the next block.
	KeepNext bool
	// Level is a heading's level (1 for phần, 2 for mục …), 0 for other paragraphs.
	Level int
	Pos   Pos
}

// Table is a table with borders: its header rows, repeated at the top of every page the
// table goes on to, then its body rows. Every row has one Cell a column, as in the model:
// a cell spanning columns or rows stands at the top left of the places it covers.
type Table struct {
	Head []Row
	Rows []Row
	// Aligns holds the alignment of each column's body cells; a cell spanning columns takes
	// its first column's.
	Aligns []Align
	// Widths are the columns' relative widths; nil leaves them to the content.
	Widths []float64
	// Leading is the distance between baselines in a cell; Padding the space around a
	// cell's text; RuleWidth the borders' width; Before the space above the table.
	Leading, Padding, RuleWidth, Before float64
	Pos                                 Pos
}

// Row is a row of a table with the look of its cells.
type Row struct {
	Cells []Cell
	Style Style
	// Align, when set, aligns every cell of the row (the header rows); zero, each column
	// has its own.
	Align Align
	// Middle centres the cells' text between the row's top and bottom (the header rows);
	// else it stands at the top. A cell spanning rows is always centred on them.
	Middle bool
	// KeepNext keeps the row on the page of the row after it: a group row, which heads the
	// rows under it.
	KeepNext bool
}

// Chart is a bar chart, one bar a row, its values printed.
type Chart struct {
	Title string
	// Unit is the unit of the values; with "%" the scale runs to 100.
	Unit    string
	Bars    []Bar
	Style   Style
	Leading float64
	Before  float64
	Pos     Pos
}

// Closing is the block after the body, kept on one page: "Nơi nhận:" and the recipient
// lines (the Lưu line last) on the left, the signature on the right.
type Closing struct {
	LeftShare float64
	Before    float64
	// Label is empty when there are neither recipients nor a Lưu line.
	Label      string
	LabelStyle Style
	// LabelLeading is the label's line distance; Lines are the recipients as printed,
	// RecipientStyle and RecipientLeading their look.
	LabelLeading     float64
	Lines            []string
	RecipientStyle   Style
	RecipientLeading float64
	// Hang is what every recipient line starts with ("- "): a line that wraps goes on
	// under the text after it, not under it.
	Hang string
	// Drafter is the drafter's initials and the number of copies ("Châu(02)"), printed
	// right after the Lưu line (the last of Lines) in DrafterStyle; empty when not written.
	Drafter      string
	DrafterStyle Style
	// Signature is the authority, position, space to sign (as the name's Gap) and name.
	Signature []Lines
}

// Appendix is a phụ lục: it starts on a new page, numbers its pages from 1, may be
// landscape, and opens with its centred label, title and note.
type Appendix struct {
	Landscape bool
	Head      []*Paragraph
	// After is the space under the head.
	After  float64
	Blocks []Block
	Pos    Pos
}

// Footnotes are the document's notes (chú thích), printed at the foot of the page of their
// first reference under a short rule. A reference is a run whose Note is the note's number;
// Notes[0] is note 1 and begins with its own mark.
type Footnotes struct {
	Notes []*Paragraph
	// Rule is the length of the rule above the notes; Gap the space above and below it.
	Rule, Gap float64
}

// PageNumber is the page number in the top margin.
type PageNumber struct {
	Style Style
	// Top is the distance from the top edge to the top of the number, in points.
	Top float64
}

// PageBreak starts what follows on a new page.
type PageBreak struct{ Pos Pos }

// Position implements Block.
func (p *PageBreak) Position() Pos { return p.Pos }

// Position implements Block.
func (p *Paragraph) Position() Pos { return p.Pos }

// Position implements Block.
func (t *Table) Position() Pos { return t.Pos }

// Position implements Block.
func (c *Chart) Position() Pos { return c.Pos }

// Apply gives doc the official form of profile p. Problems of the document's form (a date
// that cannot be read) come back as diagnostics; the form is complete all the same, so
// that the layout can report its own problems in the same run.
func Apply(doc *model.Document, p *profile.Profile) (*Document, diag.List) {
	f := &former{p: p, doc: doc}
	out := &Document{
		Page: Page{
			Width: profile.MM(p.Page.WidthMM), Height: profile.MM(p.Page.HeightMM),
			Top: profile.MM(p.Page.TopMM), Bottom: profile.MM(p.Page.BottomMM),
			Left: profile.MM(p.Page.LeftMM), Right: profile.MM(p.Page.RightMM),
		},
		Header:      f.header(),
		Title:       f.title(),
		Addressees:  f.addressees(),
		Closing:     f.closing(),
		PageNumber:  PageNumber{Style: styleOf(p.PageNumber.Style), Top: profile.MM(p.PageNumber.TopMM)},
		Footnotes:   f.footnotes(),
		InfoTitle:   strings.TrimSpace(strings.ReplaceAll(doc.Meta.TypeName, "\n", " ") + " " + doc.Meta.Subject),
		InfoSubject: doc.Meta.Subject,
		Source:      doc.Source,
	}
	out.Body = append(f.bases(), f.blocks(doc.Blocks)...)
	for _, a := range doc.Appendices {
		out.Appendices = append(out.Appendices, f.appendix(a))
	}
	for _, a := range doc.Attached {
		out.Attached = append(out.Attached, f.attached(a, out))
	}
	return out, f.diags
}

// former holds one run of Apply.
type former struct {
	p     *profile.Profile
	doc   *model.Document
	diags diag.List
}

func styleOf(s profile.Style) Style {
	return Style{Size: s.Size, Bold: s.Bold, Italic: s.Italic, Underline: s.Underline}
}

// alignOf reads a profile's alignment word.
func alignOf(s string, def Align) Align {
	switch s {
	case "trai":
		return Left
	case "giua":
		return Center
	case "phai":
		return Right
	case "deu":
		return Justify
	}
	return def
}

// lines makes a centred text of the profile's style; blanks the clerk left are kept.
func lines(s string, st profile.Style, leading, gap float64) Lines {
	return Lines{Text: keepBlanks(s), Style: styleOf(st), Leading: leading, Gap: gap}
}

// separator resolves a profile separator.
func separator(s profile.Separator, leading float64) Separator {
	return Separator{Text: keepBlanks(s.Text), Style: styleOf(s.Style), Leading: leading, Ratio: s.Ratio, Gap: s.GapPT}
}

// keepBlanks turns runs of two or more spaces (the blanks left for the clerk in "Số    -KH/TU"
// and "ngày      tháng") into no-break spaces, so that the line breaker keeps them.
func keepBlanks(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	spaces := 0
	flush := func() {
		if spaces == 1 {
			b.WriteByte(' ')
		} else {
			b.WriteString(strings.Repeat("\u00a0", spaces))
		}
		spaces = 0
	}
	for _, r := range s {
		if r == ' ' {
			spaces++
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// punctuate ends s with end unless it already ends with punctuation the writer chose.
func punctuate(s, end string) string {
	s = strings.TrimRight(s, " ")
	if s == "" || strings.ContainsAny(s[len(s)-1:], ",;.:") {
		return s
	}
	return s + end
}

// upper is the capitals the format asks for (issuing body, type name, signer's title).
func upper(s string) string { return vn.Upper(s) }
