package yamlfile

import (
	"bytes"

	"github.com/goccy/go-yaml/ast"

	"vanban/internal/diag"
)

// Limits that no real document reaches, and that keep a hostile file from taking the
// machine: go-yaml needs about 14 GB and half a minute for 100,000 nested brackets in a
// 200 KB file, and a few lines of aliases of aliases expand to billions of values.
const (
	// MaxDepth is how deeply lists and maps may nest.
	MaxDepth = 100
	// MaxValues is how many values a file may hold once its aliases (*x) are expanded.
	MaxValues = 1_000_000
)

// checkNesting looks, before go-yaml parses src, for nesting deeper than MaxDepth: flow
// brackets ("[[[", "{{{"), a line of compact list items ("- - - x"), or an indentation
// that only such nesting needs. It returns the line of the first excess.
func checkNesting(src []byte) (line int, bad bool) {
	depth := 0
	var quote byte
	for i, l := range bytes.Split(src, []byte("\n")) {
		body := bytes.TrimLeft(l, " ")
		indent := len(l) - len(body)
		items := 0
		for bytes.HasPrefix(body[items*2:], []byte("- ")) {
			items++
		}
		if indent > 4*MaxDepth || items > MaxDepth {
			return i + 1, true
		}
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '#' && (j == 0 || l[j-1] == ' '):
				j = len(l) // a comment runs to the end of the line
			case c == '"' || c == '\'':
				quote = c
			case c == '[' || c == '{':
				if depth++; depth > MaxDepth {
					return i + 1, true
				}
			case c == ']' || c == '}':
				depth = max(0, depth-1)
			}
		}
		if quote == '\'' {
			quote = 0 // a plain apostrophe in text, not a quoted string across lines
		}
	}
	return 0, false
}

// expansion counts the values of node with every alias expanded, stopping past limit.
// anchors holds the anchors seen so far, in file order, as YAML allows an alias only after
// its anchor; sizes memoises the expanded size of each anchored value.
type expansion struct {
	anchors map[string]ast.Node
	sizes   map[ast.Node]int
}

func (x *expansion) count(n ast.Node) int {
	switch n := n.(type) {
	case nil:
		return 0
	case *ast.AnchorNode:
		size := x.count(n.Value)
		x.anchors[n.Name.String()] = n.Value
		x.sizes[n.Value] = size
		return size
	case *ast.AliasNode:
		if v, ok := x.anchors[n.Value.String()]; ok {
			return x.sizes[v]
		}
		return 1
	case *ast.MappingNode:
		total := 1
		for _, v := range n.Values {
			total = min(total+x.count(v), MaxValues+1)
		}
		return total
	case *ast.MappingValueNode:
		return min(1+x.count(n.Value), MaxValues+1)
	case *ast.SequenceNode:
		total := 1
		for _, v := range n.Values {
			total = min(total+x.count(v), MaxValues+1)
		}
		return total
	case *ast.TagNode:
		return x.count(n.Value)
	}
	return 1
}

// checkLimits refuses a file whose aliases expand past MaxValues, and a file of more than
// one YAML document (vanban would read only the first: the rest would be lost).
func checkLimits(name string, f *ast.File) (diag.Diagnostic, bool) {
	for i, doc := range f.Docs {
		if i > 0 && doc.Body != nil {
			line := 0
			if doc.Start != nil {
				line = doc.Start.Position.Line
			}
			return diag.Errorf(name, line, 1, "mỗi tệp chỉ chứa một văn bản: bỏ dòng “---” này, hoặc tách phần sau nó thành một tệp riêng",
				"tệp có nhiều hơn một tài liệu YAML: phần sau dòng “---” sẽ không được đọc"), true
		}
	}
	x := &expansion{anchors: map[string]ast.Node{}, sizes: map[ast.Node]int{}}
	for _, doc := range f.Docs {
		if x.count(doc.Body) > MaxValues {
			return diag.Errorf(name, 0, 0, "viết thẳng các giá trị thay cho bí danh (*tên) lồng nhau",
				"dữ liệu có bí danh YAML (&tên, *tên) nở ra quá %d giá trị: tệp dữ liệu văn bản không cần nhiều như thế", MaxValues), true
		}
	}
	return diag.Diagnostic{}, false
}
