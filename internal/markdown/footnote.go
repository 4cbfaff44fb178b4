package markdown

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"vanban/internal/diag"
	"vanban/internal/model"
)

// footnotes reads the notes goldmark collected: only those referenced, in the order of
// their numbers. A note of several paragraphs keeps them apart by a line break.
func (r *reader) footnotes(list *east.FootnoteList) {
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		fn, ok := c.(*east.Footnote)
		if !ok {
			continue
		}
		r.refs[string(fn.Ref)] = true
		note := &model.Footnote{Pos: r.pos(fn)}
		for p := fn.FirstChild(); p != nil; p = p.NextSibling() {
			if len(note.Runs) > 0 {
				note.Runs = append(note.Runs, model.Run{Text: "\n"})
			}
			note.Runs = append(note.Runs, r.inlines(p)...)
		}
		if blank(note.Runs) {
			at := note.Pos
			if at.Line == 0 {
				at, _ = r.definedAt(string(fn.Ref))
			}
			r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col,
				"viết nội dung sau “[^"+string(fn.Ref)+"]:”, hoặc bỏ cả chú thích lẫn chỗ tham chiếu",
				"lời chú thích “[^%s]” trống: chỉ số chú thích sẽ in ra mà không có lời", fn.Ref))
		}
		r.notes = append(r.notes, note)
	}
}

// blank tells whether runs print nothing but spaces.
func blank(runs []model.Run) bool {
	for _, rn := range runs {
		if strings.TrimSpace(rn.Text) != "" {
			return false
		}
	}
	return true
}

// definition is a footnote's first line: "[^nhãn]: …", indented at most three spaces.
var definition = regexp.MustCompile(`^ {0,3}\[\^([^\]\s]+)\]:`)

// checkNotes finds what goldmark passes over in silence: a label defined twice, and a note
// that nothing refers to (goldmark drops it).
func (r *reader) checkNotes() {
	first := map[string]model.Pos{}
	fence := false
	for i, start := range r.lineStarts {
		end := len(r.src)
		if i+1 < len(r.lineStarts) {
			end = r.lineStarts[i+1]
		}
		line := r.src[start:end]
		if t := bytes.TrimLeft(line, " "); bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			fence = !fence
		}
		m := definition.FindSubmatch(line)
		if fence || m == nil {
			continue
		}
		label := string(m[1])
		at := model.Pos{Line: r.firstLine + i, Col: bytes.Index(line, []byte("[^")) + 1}
		if p, dup := first[label]; dup {
			r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col,
				"đặt nhãn khác cho một trong hai, hoặc gộp hai lời chú thích làm một",
				"chú thích “[^%s]” được viết hai lần (lần đầu ở dòng %d)", label, p.Line))
			continue
		}
		first[label] = at
		if !r.refs[label] {
			r.diags = append(r.diags, diag.Errorf(r.name, at.Line, at.Col,
				"thêm “[^"+label+"]” sau chữ cần chú thích, hoặc bỏ lời chú thích này",
				"chú thích “[^%s]” không được tham chiếu ở đâu trong văn bản: lời chú thích sẽ không được in", label))
		}
	}
}

// danglingRef is a footnote reference left as text: no note has its label.
var danglingRef = regexp.MustCompile(`\[\^[^\]\s]+\]`)

// danglingRefs reports the footnote references in the lines of block n that found no
// note: goldmark prints them as they are typed. A reference to a note is a link node by
// now, so what is still "[^…]" in the source lines of n is either dangling or escaped;
// an escaped one ("\[^1]") is what the writer wants printed.
func (r *reader) danglingRefs(n ast.Node) {
	if n.Type() != ast.TypeBlock {
		return // an empty note's only child is its backlink, an inline without lines
	}
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		v := r.src[seg.Start:seg.Stop]
		if !bytes.Contains(v, []byte("[^")) {
			continue
		}
		for _, m := range danglingRef.FindAllIndex(v, -1) {
			label := string(v[m[0]+2 : m[1]-1])
			if m[0] > 0 && v[m[0]-1] == '\\' || r.refs[label] || r.defined(label) {
				continue
			}
			at := seg.Start + m[0]
			line := searchLine(r.lineStarts, at)
			col := utf8.RuneCount(r.src[r.lineStarts[line]:at]) + 1
			r.diags = append(r.diags, diag.Errorf(r.name, r.firstLine+line, col,
				"thêm lời chú thích ở cuối văn bản, trên một dòng riêng: “[^"+label+"]: nội dung chú thích”",
				"chú thích “[^%s]” chưa có lời chú thích", label))
		}
	}
}

// defined tells whether a note with the label is written anywhere in the source.
func (r *reader) defined(label string) bool {
	_, ok := r.definedAt(label)
	return ok
}

// definedAt finds the first line "[^label]:" in the source, for a note goldmark gives no
// position (an empty one).
func (r *reader) definedAt(label string) (model.Pos, bool) {
	m := regexp.MustCompile(`(?m)^ {0,3}\[\^` + regexp.QuoteMeta(label) + `\]:`).FindIndex(r.src)
	if m == nil {
		return model.Pos{}, false
	}
	line := searchLine(r.lineStarts, m[0])
	return model.Pos{Line: r.firstLine + line, Col: 1}, true
}
