package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// A small JSON Schema validator for the keywords Generate writes, so that the tests can
// check the schema against real and broken data files without a new dependency. It refuses
// a schema with any other keyword: a keyword it would skip silently would make the tests
// pass for nothing.

// problem is one validation error: where in the instance (a JSON pointer), which keyword.
type problem struct {
	Ptr, Keyword, Msg string
}

func (p problem) String() string {
	return fmt.Sprintf("%s: %s: %s", ptrOrRoot(p.Ptr), p.Keyword, p.Msg)
}

func ptrOrRoot(p string) string {
	if p == "" {
		return "(gốc)"
	}
	return p
}

// objectInfo is what the schema said of one object of the instance: its required keys, the
// keys of which exactly one must be present, and the groups of keys of which at least one
// must be.
type objectInfo struct {
	required, oneOf map[string]bool
	anyOf           [][]string
}

type validator struct {
	root map[string]any
	// objects, when not nil, collects objectInfo by pointer from the schemas that applied.
	objects map[string]*objectInfo
}

// annotations and the keywords handled below; anything else makes the validator fail.
var knownKeywords = map[string]bool{
	"$schema": true, "$id": true, "title": true, "description": true, "examples": true,
	"enumDescriptions": true, "errorMessage": true, "patternErrorMessage": true, "definitions": true,
	"$ref": true, "type": true, "enum": true, "pattern": true, "minimum": true, "minItems": true,
	"items": true, "required": true, "properties": true, "additionalProperties": true,
	"oneOf": true, "allOf": true, "anyOf": true, "not": true, "dependencies": true,
}

func newValidator(schemaJSON []byte) (*validator, error) {
	var root map[string]any
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		return nil, err
	}
	v := &validator{root: root}
	if err := v.checkKeywords(root, "#"); err != nil {
		return nil, err
	}
	return v, nil
}

// checkKeywords walks every subschema and fails on a keyword the validator does not know.
func (v *validator) checkKeywords(s map[string]any, at string) error {
	for k, val := range s {
		if !knownKeywords[k] {
			return fmt.Errorf("%s: the test validator does not know keyword %q", at, k)
		}
		switch k {
		case "properties", "definitions":
			for name, sub := range val.(map[string]any) {
				if err := v.checkKeywords(sub.(map[string]any), at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case "items":
			if err := v.checkKeywords(val.(map[string]any), at+"/items"); err != nil {
				return err
			}
		case "not":
			if err := v.checkKeywords(val.(map[string]any), at+"/not"); err != nil {
				return err
			}
		case "oneOf", "allOf", "anyOf":
			for i, sub := range val.([]any) {
				if err := v.checkKeywords(sub.(map[string]any), fmt.Sprintf("%s/%s/%d", at, k, i)); err != nil {
					return err
				}
			}
		case "additionalProperties":
			// false, or the schema of every value of a table keyed by the writer's names.
			if sub, ok := val.(map[string]any); ok {
				if err := v.checkKeywords(sub, at+"/additionalProperties"); err != nil {
					return err
				}
			} else if val != false {
				return fmt.Errorf("%s: additionalProperties must be false or a schema", at)
			}
		case "dependencies":
			for name, dep := range val.(map[string]any) {
				if _, ok := dep.([]any); !ok {
					return fmt.Errorf("%s: dependency %q is not a list of keys", at, name)
				}
			}
		}
	}
	return nil
}

// Validate checks instance x (decoded YAML: maps, lists, strings, numbers, booleans, nil).
func (v *validator) Validate(x any) []problem {
	return v.validate(v.root, x, "", v.objects)
}

func (v *validator) resolve(ref string) map[string]any {
	name, ok := strings.CutPrefix(ref, "#/definitions/")
	if !ok {
		panic("unsupported $ref " + ref)
	}
	d, ok := v.root["definitions"].(map[string]any)[name].(map[string]any)
	if !ok {
		panic("no definition " + ref)
	}
	return d
}

func escapePtr(key string) string {
	return strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
}

func (v *validator) info(objects map[string]*objectInfo, ptr string) *objectInfo {
	if objects == nil {
		return nil
	}
	if objects[ptr] == nil {
		objects[ptr] = newInfo()
	}
	return objects[ptr]
}

// validate checks x against s; objects, when not nil, collects what applied.
func (v *validator) validate(s map[string]any, x any, ptr string, objects map[string]*objectInfo) []problem {
	var ps []problem
	fail := func(kw, format string, args ...any) {
		ps = append(ps, problem{ptr, kw, fmt.Sprintf(format, args...)})
	}
	if ref, ok := s["$ref"].(string); ok {
		ps = append(ps, v.validate(v.resolve(ref), x, ptr, objects)...)
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, e := range t {
				types = append(types, e.(string))
			}
		}
		if !hasType(x, types) {
			fail("type", "want %s, got %s", strings.Join(types, " or "), typeName(x))
			return ps // the other keywords would only repeat it
		}
	}
	if enum, ok := s["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			if reflect.DeepEqual(e, x) {
				found = true
			}
		}
		if !found {
			fail("enum", "%v is not one of %v", x, enum)
		}
	}
	if pat, ok := s["pattern"].(string); ok {
		if str, ok := x.(string); ok && !compiled(pat).MatchString(str) {
			fail("pattern", "%q does not match %s", str, pat)
		}
	}
	if min, ok := s["minimum"].(float64); ok {
		if n, ok := number(x); ok && n < min {
			fail("minimum", "%v < %v", n, min)
		}
	}
	if list, ok := x.([]any); ok {
		if min, ok := s["minItems"].(float64); ok && float64(len(list)) < min {
			fail("minItems", "%d items, want at least %v", len(list), min)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range list {
				ps = append(ps, v.validate(items, e, fmt.Sprintf("%s/%d", ptr, i), objects)...)
			}
		}
	}
	if obj, ok := x.(map[string]any); ok {
		info := v.info(objects, ptr)
		if req, ok := s["required"].([]any); ok {
			for _, k := range req {
				if info != nil {
					info.required[k.(string)] = true
				}
				if _, ok := obj[k.(string)]; !ok {
					fail("required", "missing %q", k)
				}
			}
		}
		props, _ := s["properties"].(map[string]any)
		for _, k := range sortedKeys(obj) {
			sub, ok := props[k].(map[string]any)
			switch {
			case ok:
				ps = append(ps, v.validate(sub, obj[k], ptr+"/"+escapePtr(k), objects)...)
			case s["additionalProperties"] == false:
				ps = append(ps, problem{ptr + "/" + escapePtr(k), "additionalProperties", fmt.Sprintf("unknown key %q", k)})
			default:
				if sub, ok := s["additionalProperties"].(map[string]any); ok {
					ps = append(ps, v.validate(sub, obj[k], ptr+"/"+escapePtr(k), objects)...)
				}
			}
		}
		if deps, ok := s["dependencies"].(map[string]any); ok {
			for _, k := range sortedKeys(deps) {
				if _, ok := obj[k]; !ok {
					continue
				}
				for _, d := range deps[k].([]any) {
					if _, ok := obj[d.(string)]; !ok {
						fail("dependencies", "%q needs %q", k, d)
					}
				}
			}
		}
	}
	if all, ok := s["allOf"].([]any); ok {
		for _, sub := range all {
			ps = append(ps, v.validate(sub.(map[string]any), x, ptr, objects)...)
		}
	}
	if one, ok := s["oneOf"].([]any); ok {
		matched := 0
		var branchProblems []string
		for _, sub := range one {
			sub := sub.(map[string]any)
			var got map[string]*objectInfo
			if objects != nil {
				got = map[string]*objectInfo{}
			}
			bp := v.validate(sub, x, ptr, got)
			if len(bp) == 0 {
				matched++
				mergeInfo(objects, got)
			} else {
				for _, p := range bp {
					branchProblems = append(branchProblems, p.String())
				}
			}
			// The keys a branch names alone ({"required": ["doan"]}) are the exclusive ones.
			if req, ok := sub["required"].([]any); ok && len(sub) == 1 {
				if info := v.info(objects, ptr); info != nil {
					for _, k := range req {
						info.oneOf[k.(string)] = true
					}
				}
			}
		}
		if matched != 1 {
			fail("oneOf", "%d of %d alternatives match (%s)", matched, len(one), strings.Join(branchProblems, "; "))
		}
	}
	if anyOf, ok := s["anyOf"].([]any); ok {
		matched := false
		var group []string
		for _, sub := range anyOf {
			sub := sub.(map[string]any)
			if len(v.validate(sub, x, ptr, nil)) == 0 {
				matched = true
			}
			for _, k := range asList(sub["required"]) {
				group = append(group, k.(string))
			}
		}
		if _, isObject := x.(map[string]any); isObject {
			if info := v.info(objects, ptr); info != nil {
				info.anyOf = append(info.anyOf, group)
			}
		}
		if !matched {
			fail("anyOf", "none of %d alternatives match", len(anyOf))
		}
	}
	if not, ok := s["not"].(map[string]any); ok {
		if len(v.validate(not, x, ptr, nil)) == 0 {
			fail("not", "matches a schema it must not")
		}
	}
	return ps
}

func newInfo() *objectInfo {
	return &objectInfo{required: map[string]bool{}, oneOf: map[string]bool{}}
}

var patterns sync.Map // pattern → *regexp.Regexp

func compiled(pattern string) *regexp.Regexp {
	if re, ok := patterns.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pattern)
	patterns.Store(pattern, re)
	return re
}

func mergeInfo(dst, src map[string]*objectInfo) {
	if dst == nil {
		return
	}
	for ptr, in := range src {
		if dst[ptr] == nil {
			dst[ptr] = newInfo()
		}
		for k := range in.required {
			dst[ptr].required[k] = true
		}
		for k := range in.oneOf {
			dst[ptr].oneOf[k] = true
		}
		dst[ptr].anyOf = append(dst[ptr].anyOf, in.anyOf...)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func number(x any) (float64, bool) {
	switch n := x.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case uint64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func typeName(x any) string {
	switch x := x.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "boolean"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	default:
		if n, ok := number(x); ok {
			if n == math.Trunc(n) {
				return "integer"
			}
			return "number"
		}
	}
	return fmt.Sprintf("%T", x)
}

func hasType(x any, types []string) bool {
	got := typeName(x)
	for _, t := range types {
		if t == got || t == "number" && got == "integer" {
			return true
		}
	}
	return false
}
