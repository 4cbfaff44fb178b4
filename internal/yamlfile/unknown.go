package yamlfile

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// unknownKeys finds every key of the file that the Go type t has no field for, so that a
// user with three typos hears of all three at once (the decoder stops at the first). Each
// hint names the closest key of the same place, not of the whole file.
func unknownKeys(name string, node ast.Node, t reflect.Type) diag.List {
	var ds diag.List
	var walk func(n ast.Node, t reflect.Type)
	walk = func(n ast.Node, t reflect.Type) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch n := n.(type) {
		case *ast.TagNode:
			walk(n.Value, t)
		case *ast.SequenceNode:
			if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
				for _, v := range n.Values {
					walk(v, t.Elem())
				}
			}
		case *ast.MappingNode:
			if t.Kind() == reflect.Slice {
				t = t.Elem() // one item written for a list that accepts one (data.Tasks)
			}
			for _, kv := range n.Values {
				walk(kv, t)
			}
		case *ast.MappingValueNode:
			if t.Kind() != reflect.Struct || n.Key == nil {
				return
			}
			key := keyText(n.Key)
			if f, ok := fieldByKey(t, key); ok {
				walk(n.Value, f.Type)
				return
			}
			hint := "xem danh sách các trường trong docs/du-lieu.md"
			if s, ok := vn.Suggest(key, keysOf(t)); ok {
				hint = fmt.Sprintf("có phải ý bạn là “%s”?", s)
			}
			pos := n.Key.GetToken().Position
			ds = append(ds, diag.Errorf(name, pos.Line, pos.Column, hint, "trường “%s” không tồn tại", key))
		}
	}
	walk(node, t)
	return ds
}

// fieldByKey finds the field of struct t whose yaml key is key, looking into inline fields.
func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")
		if strings.Contains(f.Tag.Get("yaml"), ",inline") && f.Type.Kind() == reflect.Struct {
			if g, ok := fieldByKey(f.Type, key); ok {
				return g, true
			}
			continue
		}
		if tag[0] == key && key != "" && key != "-" {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// keysOf lists the yaml keys of struct t, inline fields included.
func keysOf(t reflect.Type) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if strings.Contains(tag, ",inline") && f.Type.Kind() == reflect.Struct {
			keys = append(keys, keysOf(f.Type)...)
			continue
		}
		if k := strings.Split(tag, ",")[0]; k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// AllKeys lists the yaml keys of the struct types given and of every struct inside them
// (through pointers and slices), each struct once: what the user docs must describe.
func AllKeys(types ...reflect.Type) []string {
	seen := map[reflect.Type]bool{}
	var keys []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if k := strings.Split(f.Tag.Get("yaml"), ",")[0]; k != "" && k != "-" {
				keys = append(keys, k)
			}
			walk(f.Type) // an untagged field may hold keyed structs (inline, or set by code)
		}
	}
	for _, t := range types {
		walk(t)
	}
	return keys
}

// keyText is a mapping key as written, without its quotes.
func keyText(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	return strings.Trim(k.String(), `"'`)
}
