package yamlfile

import (
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"vanban/internal/vn"
)

// Strings calls fn with every text value of the file, as typed, and where it starts, so that
// checks on the text itself (characters the font lacks) can point at the line typed.
func (s *Source) Strings(fn func(text string, line, col int)) {
	for _, doc := range s.file.Docs {
		if doc.Body != nil {
			ast.Walk(stringVisitor(fn), doc.Body)
		}
	}
}

type stringVisitor func(text string, line, col int)

func (v stringVisitor) Visit(n ast.Node) ast.Visitor {
	if sn, ok := n.(*ast.StringNode); ok && sn.Token != nil {
		col := sn.Token.Position.Column
		if t := sn.Token.Type; t == token.DoubleQuoteType || t == token.SingleQuoteType {
			col++ // the text starts after the quote
		}
		v(sn.Value, sn.Token.Position.Line, col)
	}
	return v
}

// Field returns the text of a top-level field ("loai"), or "" when the file has none, without
// decoding the whole file.
func (s *Source) Field(key string) string {
	if len(s.file.Docs) == 0 {
		return ""
	}
	m, ok := s.file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		return ""
	}
	for _, kv := range m.Values {
		if kv.Key != nil && kv.Key.String() == key {
			if sn, ok := kv.Value.(*ast.StringNode); ok {
				return vn.NFC(sn.Value)
			}
		}
	}
	return ""
}
