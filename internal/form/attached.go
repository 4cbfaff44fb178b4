package form

import (
	"strings"

	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/vn"
)

// Attached is a document issued with a quyết định (văn bản ban hành kèm theo: a quy chế, a
// quy định, a kế hoạch …). It starts on a new page under the decision's header without its
// number and date, with its type name, title and the note that names the decision
// ("(Kèm theo Quyết định số … )"); then come its blocks, the decision's signature again
// when the profile repeats it, and its own appendices.
type Attached struct {
	Header Header
	Title  *Title
	Blocks []Block
	// Closing is the repeated signature (no Nơi nhận); nil when the profile has none.
	Closing    *Closing
	Appendices []*Appendix
	// Restart numbers its pages from 1 again, its first page without a number.
	Restart bool
	Pos     Pos
}

// attached resolves a document issued with the decision, whose own form is decision.
func (f *former) attached(a *model.Attached, decision *Document) *Attached {
	pa := f.p.Attached
	h := decision.Header
	h.Number, h.Subject, h.Date, h.RowGap = Lines{}, nil, Lines{}, 0
	out := &Attached{Header: h, Title: f.titleOf(model.PlainText(a.TypeName), model.PlainText(a.Title)),
		Blocks: f.blocks(a.Blocks), Restart: pa.Restart, Pos: a.Pos}
	if note := f.attachedNote(a); out.Title != nil && note != "" {
		l := lines(note, profile.Style{Size: f.p.Body.Style.Size, Italic: true}, f.p.Title.LineGapPT, 0)
		out.Title.Note = &l
	}
	if pa.Signature {
		c := decision.Closing
		out.Closing = &Closing{LeftShare: c.LeftShare, Before: c.Before, Signature: c.Signature}
	}
	for _, ap := range a.Appendices {
		out.Appendices = append(out.Appendices, f.appendix(ap))
	}
	return out
}

// attachedNote is the line under an attached document's title: the note the document
// writes out whole, or the profile's, filled with the decision's type name, number, symbol
// and date, and the issuer the document names. What the clerk left blank (number, date)
// stays blank, and so does a missing issuer.
func (f *former) attachedNote(a *model.Attached) string {
	if len(a.Note) > 0 {
		return model.PlainText(a.Note)
	}
	pattern := f.p.Attached.Note
	if pattern == "" {
		return ""
	}
	m := f.doc.Meta
	date, _ := vn.ParseDate(m.Date) // a date that cannot be read is reported by header()
	issuer := strings.TrimSpace(model.PlainText(a.Issuer))
	if rest, ok := strings.CutPrefix(issuer, "của "); ok {
		issuer = strings.TrimSpace(rest)
	}
	if issuer == "" {
		issuer = f.p.Header.BlankNumber
	}
	kind := vn.UpperFirst(strings.ToLower(strings.Join(strings.Fields(m.TypeName), " ")))
	return strings.NewReplacer("{loai}", kind, "{so}", number(f.p.Header, m), "{ky_hieu}", m.Symbol,
		"{ngay}", vn.DateText(date), "{ngay_so}", vn.DateNumeric(date), "{cua}", issuer).Replace(pattern)
}
