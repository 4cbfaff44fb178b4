// Package schema writes a JSON Schema (draft-07) for every kind of data file, from the Go
// types the loader decodes into. Editors read it to complete field names, explain each field
// in Vietnamese on hover and underline mistakes while the file is typed (VS Code with the
// “YAML” extension of Red Hat; see schema/README.md at the repository root).
//
// The schema follows the yaml tags of the types: an ",inline" embed is flattened, "-" is
// skipped, a field without omitempty is required. [Rule] corrects what the tags cannot say
// (the checks of internal/data/validate.go: enums, patterns, non-blank text, "exactly one
// of"), and [Doc] gives every field its Vietnamese title and description: [Generate] fails
// when a field has none, so a new field cannot reach the schema undocumented.
//
// The generated files are committed under schema/; the package's tests fail when one of them
// is stale (“go test ./internal/schema -update” rewrites them).
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
)

// Draft is the JSON Schema dialect written: the VS Code YAML extension reads draft-07.
const Draft = "http://json-schema.org/draft-07/schema#"

// Spec describes the schema of one kind of data file.
type Spec struct {
	// ID is the schema's "$id".
	ID string
	// Root is the struct type a data file of this kind decodes into.
	Root reflect.Type
	// Omit lists keys of Root left out of this schema: fields of the shared type that this
	// kind does not have (the loader refuses them for it). They are then unknown keys.
	Omit []string
	// Defs are the named definitions ("#/definitions/NAME"), in output order. A struct
	// type met at more than one place, or inside itself, needs one; a Def with Fields is a
	// restricted variant of its type that a Rule.Ref chooses.
	Defs []Def
	// Docs holds the Vietnamese title and description of the root (key ""), of every
	// definition (its name) and of every field (its key path, see [Spec.Paths]).
	Docs map[string]Doc
	// Rules refine fields (by key path) and objects (by the key of the object itself).
	Rules map[string]Rule
}

// Def is one named definition.
type Def struct {
	Name string
	Type reflect.Type
	// Fields, when not nil, keeps only these yaml keys of Type, in this order.
	Fields []string
}

// Doc is what an editor shows of a field: a short title and a description, in Vietnamese.
type Doc struct {
	Title       string
	Description string
	// Examples are valid values, offered by editors and checked by the tests.
	Examples []any
}

// Presence says whether a field must be written.
type Presence int

const (
	// ByTag: required when the yaml tag has no omitempty.
	ByTag Presence = iota
	// Required whatever the tag says.
	Required
	// Optional whatever the tag says.
	Optional
)

// Rule is what the loader checks of a field or an object beyond its Go type.
type Rule struct {
	Presence Presence
	// Types replaces the JSON type derived from the Go type, e.g. {"string", "integer"} for
	// a number that may be typed without quotes. On a struct type with its own
	// UnmarshalYAML that reads a scalar, it says which scalars it accepts.
	Types []string
	// Enum lists the accepted values; EnumDocs (VS Code "enumDescriptions") explains each.
	Enum     []string
	EnumDocs []string
	// Message is the editor's message for a value of the wrong type or outside Enum
	// (VS Code "errorMessage").
	Message string
	// Pattern is a regular expression a string value must match, PatternMessage the
	// editor's message when it does not (VS Code "patternErrorMessage").
	Pattern        string
	PatternMessage string
	// NonBlank asks for a string with a character other than white space, as the loader's
	// strings.TrimSpace(v) != "" checks.
	NonBlank bool
	// Minimum is the least value of a number.
	Minimum *int
	// MinItems is the least length of a list.
	MinItems int
	// Ref takes the definition of that name for the struct value (or list elements) of
	// this field instead of the type's own.
	Ref string
	// OrString, on a field whose struct type also decodes from a plain string (it has an
	// UnmarshalYAML method), names the field the string fills: the value is then one of
	// that string or the object.
	OrString string
	// OrItem, on a list whose type also decodes from one element (it has an UnmarshalYAML
	// method), lets the value be that element alone as well as the list.
	OrItem bool

	// For an object (the rule keyed by the object's own key):

	// OneOfRequired: exactly one of these keys must be present.
	OneOfRequired []string
	// AnyOfRequired: at least one of these keys must be present, a list among them with at
	// least one element (the loader counts an empty list as absent).
	AnyOfRequired []string
	// NotTogether: these keys must not all be present at once.
	NotTogether []string
	// Dependencies: when the key is present, the listed keys must be too.
	Dependencies map[string][]string
}

// member is one key and value of a JSON object written in a fixed order.
type member struct {
	key string
	val any
}

// object is a JSON object whose keys keep the order they were added in.
type object []member

func (o *object) add(key string, val any) { *o = append(*o, member{key, val}) }

func (o object) get(key string) (any, bool) {
	for _, m := range o {
		if m.key == key {
			return m.val, true
		}
	}
	return nil, false
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshal(m.key)
		if err != nil {
			return nil, err
		}
		v, err := marshal(m.val)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping and without the encoder's newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Generate writes the schema of s: JSON indented by two spaces, ending with a newline, the
// same bytes for the same Spec. It fails with a *MissingDocs when a field has no Vietnamese
// title or description, when a Doc or Rule names nothing, and on types it cannot describe.
func Generate(s Spec) ([]byte, error) {
	g, root, err := walk(s)
	if err != nil {
		return nil, err
	}
	if len(g.missing) > 0 {
		return nil, &MissingDocs{Paths: unique(g.missing)}
	}
	if err := g.unused(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Paths lists, in schema order, every key s must document: "" for the root, each
// definition's name and the key path of every field, "parent.key", where parent is the key
// path of the object holding the field ("" at the root, the definition's name inside a
// definition; list elements add nothing, so the title of each part is "phan.tieu_de").
func (s Spec) Paths() ([]string, error) {
	g, _, err := walk(s)
	if err != nil {
		return nil, err
	}
	return unique(g.looked), nil
}

// unique drops the repeats of ss, keeping the first of each.
func unique(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// walk builds the schema of s, noting the docs it looks up and those missing.
func walk(s Spec) (*gen, object, error) {
	g, err := newGen(s)
	if err != nil {
		return nil, nil, err
	}
	root := object{
		{"$schema", Draft},
		{"$id", s.ID},
	}
	g.doc(&root, "")
	body, err := g.object(s.Root, "", g.rootKeys)
	if err != nil {
		return nil, nil, err
	}
	root = append(root, body...)
	if len(s.Defs) > 0 {
		var defs object
		for _, d := range s.Defs {
			o := object{}
			g.doc(&o, d.Name)
			body, err := g.object(d.Type, d.Name, d.Fields)
			if err != nil {
				return nil, nil, err
			}
			defs.add(d.Name, append(o, body...))
		}
		root.add("definitions", defs)
	}
	return g, root, nil
}

// MissingDocs is the error of Generate when fields have no Vietnamese title or description.
type MissingDocs struct{ Paths []string }

func (e *MissingDocs) Error() string {
	q := make([]string, len(e.Paths))
	for i, s := range e.Paths {
		q[i] = "“" + s + "”"
	}
	return "thiếu tiêu đề hoặc mô tả tiếng Việt cho " + strings.Join(q, ", ") +
		": thêm vào bảng tài liệu (docs.go) của internal/schema"
}

type gen struct {
	spec     Spec
	defByTyp map[reflect.Type]string
	defs     map[string]Def
	used     map[string]bool // Docs and Rules keys looked up
	looked   []string        // Docs keys looked up, in order
	missing  []string        // Docs keys looked up and not found
	inlining map[reflect.Type]bool
	rootKeys []string // the keys of Root kept (Spec.Omit left out)
}

func newGen(s Spec) (*gen, error) {
	if s.Root == nil || s.Root.Kind() != reflect.Struct {
		return nil, fmt.Errorf("schema: Root must be a struct type, not %v", s.Root)
	}
	g := &gen{spec: s, defByTyp: map[reflect.Type]string{}, defs: map[string]Def{},
		used: map[string]bool{}, inlining: map[reflect.Type]bool{}}
	all, err := fields(s.Root)
	if err != nil {
		return nil, err
	}
	keys := map[string]bool{}
	for _, f := range all {
		keys[f.key] = true
	}
	omit := map[string]bool{}
	for _, k := range s.Omit {
		if !keys[k] {
			return nil, fmt.Errorf("schema: Omit names %q, not a key of %v", k, s.Root)
		}
		omit[k] = true
	}
	for _, f := range all {
		if !omit[f.key] {
			g.rootKeys = append(g.rootKeys, f.key)
		}
	}
	for _, d := range s.Defs {
		// Every key of the root, omitted or not: a name means one thing in every kind.
		for _, f := range all {
			if f.key == d.Name {
				return nil, fmt.Errorf("schema: definition %q has the name of a field of the root: their docs would mix", d.Name)
			}
		}
		if d.Name == "" || strings.Contains(d.Name, ".") {
			return nil, fmt.Errorf("schema: definition name %q must be a plain key", d.Name)
		}
		if _, dup := g.defs[d.Name]; dup {
			return nil, fmt.Errorf("schema: two definitions named %q", d.Name)
		}
		g.defs[d.Name] = d
		if d.Fields == nil {
			if other, dup := g.defByTyp[d.Type]; dup {
				return nil, fmt.Errorf("schema: definitions %q and %q are both the whole of %v", other, d.Name, d.Type)
			}
			g.defByTyp[d.Type] = d.Name
		}
	}
	return g, nil
}

// doc adds the title and description of key to o, or notes that they are missing.
func (g *gen) doc(o *object, key string) {
	g.used["doc:"+key] = true
	g.looked = append(g.looked, key)
	d, ok := g.spec.Docs[key]
	if !ok || strings.TrimSpace(d.Title) == "" || strings.TrimSpace(d.Description) == "" {
		g.missing = append(g.missing, display(key))
		return
	}
	o.add("title", d.Title)
	o.add("description", d.Description)
}

func display(key string) string {
	if key == "" {
		return "(gốc)"
	}
	return key
}

func (g *gen) rule(key string) Rule {
	if _, ok := g.spec.Rules[key]; ok {
		g.used["rule:"+key] = true
	}
	return g.spec.Rules[key]
}

// unused reports Docs and Rules that name no field: a renamed field leaves its old entry.
func (g *gen) unused() error {
	var bad []string
	for k := range g.spec.Docs {
		if !g.used["doc:"+k] {
			bad = append(bad, "docs “"+k+"”")
		}
	}
	for k := range g.spec.Rules {
		if !g.used["rule:"+k] {
			bad = append(bad, "rules “"+k+"”")
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("schema: %s không ứng với trường nào (trường đã đổi tên hoặc bị xóa?)", strings.Join(bad, ", "))
	}
	return nil
}

// field is one yaml key of a struct, after inline embeds are flattened.
type field struct {
	key       string
	typ       reflect.Type
	omitempty bool
}

// fields lists the yaml keys of struct type t in declaration order.
func fields(t reflect.Type) ([]field, error) {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" && opts == "" {
			continue
		}
		if !f.IsExported() {
			continue
		}
		if !hasTag {
			return nil, fmt.Errorf("schema: field %v.%s has no yaml tag", t, f.Name)
		}
		inline, omit := false, false
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "inline":
				inline = true
			case "omitempty":
				omit = true
			}
		}
		if inline {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() != reflect.Struct {
				return nil, fmt.Errorf("schema: inline field %v.%s is not a struct", t, f.Name)
			}
			sub, err := fields(ft)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
			continue
		}
		if name == "" {
			return nil, fmt.Errorf("schema: field %v.%s has no yaml name", t, f.Name)
		}
		out = append(out, field{key: name, typ: f.Type, omitempty: omit})
	}
	seen := map[string]bool{}
	for _, f := range out {
		if seen[f.key] {
			return nil, fmt.Errorf("schema: yaml key %q appears twice in %v", f.key, t)
		}
		seen[f.key] = true
	}
	return out, nil
}

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// object describes struct type t whose fields have key paths under prefix; only, when not
// nil, keeps those keys.
func (g *gen) object(t reflect.Type, prefix string, only []string) (object, error) {
	fs, err := fields(t)
	if err != nil {
		return nil, err
	}
	if only != nil {
		byKey := map[string]field{}
		for _, f := range fs {
			byKey[f.key] = f
		}
		var kept []field
		for _, k := range only {
			f, ok := byKey[k]
			if !ok {
				return nil, fmt.Errorf("schema: %v has no yaml key %q (definition %q)", t, k, prefix)
			}
			kept = append(kept, f)
		}
		fs = kept
	}
	var props object
	var required []string
	keys := map[string]bool{}
	for _, f := range fs {
		path := join(prefix, f.key)
		keys[f.key] = true
		r := g.rule(path)
		p := object{}
		g.doc(&p, path)
		v, err := g.value(f.typ, path, r)
		if err != nil {
			return nil, err
		}
		if ref, ok := v.get("$ref"); ok && len(v) == 1 && len(p) > 0 {
			// Draft-07 ignores the siblings of "$ref": the title and description go
			// around it.
			v = object{{"allOf", []any{object{{"$ref", ref}}}}}
		}
		p = append(p, v...)
		if d := g.spec.Docs[path]; len(d.Examples) > 0 {
			p.add("examples", d.Examples)
		}
		props.add(f.key, p)
		switch r.Presence {
		case Required:
			required = append(required, f.key)
		case ByTag:
			if !f.omitempty {
				required = append(required, f.key)
			}
		}
	}
	o := object{{"type", "object"}}
	if len(required) > 0 {
		o.add("required", required)
	}
	o.add("properties", props)
	o.add("additionalProperties", false)
	r := g.rule(prefix)
	if len(r.OneOfRequired) > 0 {
		var alts []any
		for _, k := range r.OneOfRequired {
			if !keys[k] {
				return nil, fmt.Errorf("schema: OneOfRequired of %q names %q, not a key of %v", display(prefix), k, t)
			}
			alts = append(alts, object{{"required", []string{k}}})
		}
		o.add("oneOf", alts)
	}
	if len(r.AnyOfRequired) > 0 {
		var alts []any
		for _, k := range r.AnyOfRequired {
			f, ok := byKey(fs, k)
			if !ok {
				return nil, fmt.Errorf("schema: AnyOfRequired of %q names %q, not a key of %v", display(prefix), k, t)
			}
			alt := object{{"required", []string{k}}}
			if f.typ.Kind() == reflect.Slice {
				alt.add("properties", object{{k, object{{"minItems", 1}}}})
			}
			alts = append(alts, alt)
		}
		o.add("anyOf", alts)
	}
	if len(r.NotTogether) > 0 {
		for _, k := range r.NotTogether {
			if !keys[k] {
				return nil, fmt.Errorf("schema: NotTogether of %q names %q, not a key of %v", display(prefix), k, t)
			}
		}
		o.add("not", object{{"required", r.NotTogether}})
	}
	if len(r.Dependencies) > 0 {
		var deps object
		names := make([]string, 0, len(r.Dependencies))
		for k := range r.Dependencies {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			for _, d := range append([]string{k}, r.Dependencies[k]...) {
				if !keys[d] {
					return nil, fmt.Errorf("schema: Dependencies of %q name %q, not a key of %v", display(prefix), d, t)
				}
			}
			deps.add(k, r.Dependencies[k])
		}
		o.add("dependencies", deps)
	}
	return o, nil
}

func byKey(fs []field, key string) (field, bool) {
	for _, f := range fs {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

// value describes a value of type t at key path path.
func (g *gen) value(t reflect.Type, path string, r Rule) (object, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct && hasUnmarshaler(t) && len(r.Types) > 0 {
		// A struct that decodes itself from a scalar (a figure kept as typed): Types says
		// what it accepts.
		return g.scalar(t, path, r)
	}
	scalarRule := len(r.Types) > 0 || len(r.Enum) > 0 || r.Message != "" || r.Pattern != "" || r.NonBlank || r.Minimum != nil
	isList := t.Kind() == reflect.Slice || t.Kind() == reflect.Array
	switch {
	case scalarRule && (isList || t.Kind() == reflect.Struct):
		return nil, fmt.Errorf("schema: %s: the rule is for a string or number, not %v", path, t)
	case r.MinItems > 0 && !isList:
		return nil, fmt.Errorf("schema: %s: MinItems on %v, not a list", path, t)
	}
	if r.OrItem && (!isList || !hasUnmarshaler(t)) {
		return nil, fmt.Errorf("schema: %s: OrItem is for a list type with its own UnmarshalYAML, not %v", path, t)
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		if hasUnmarshaler(t) && !r.OrItem {
			return nil, fmt.Errorf("schema: %s: %v has its own UnmarshalYAML; say what else it accepts with Rule.OrItem", path, t)
		}
		elem, err := g.element(t.Elem(), path, r)
		if err != nil {
			return nil, err
		}
		o := object{{"type", "array"}}
		if r.MinItems > 0 {
			o.add("minItems", r.MinItems)
		}
		o.add("items", elem)
		if r.OrItem {
			return object{{"oneOf", []any{elem, o}}}, nil
		}
		return o, nil
	case reflect.Struct:
		return g.structValue(t, path, r)
	case reflect.Map:
		// A table keyed by the writer's own names (the footnotes by label).
		if t.Key().Kind() != reflect.String || scalarRule {
			return nil, fmt.Errorf("schema: %s: cannot describe %v", path, t)
		}
		elem, err := g.element(t.Elem(), path, Rule{})
		if err != nil {
			return nil, err
		}
		return object{{"type", "object"}, {"additionalProperties", elem}}, nil
	}
	return g.scalar(t, path, r)
}

// element describes the elements of a list at path: the rule's scalar constraints are for
// the list itself, not for them.
func (g *gen) element(t reflect.Type, path string, r Rule) (object, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		return g.structValue(t, path, r)
	case reflect.Slice, reflect.Array:
		// A list of lists: the rows of a table, each a list of cells.
		return g.value(t, path, Rule{})
	}
	return g.scalar(t, path, Rule{})
}

// hasUnmarshaler reports whether t decodes itself from YAML: its shape is then not what its
// fields say.
func hasUnmarshaler(t reflect.Type) bool {
	_, ok := reflect.PointerTo(t).MethodByName("UnmarshalYAML")
	return ok
}

// structValue describes a struct value at path: a reference to a definition or the object
// inline; with r.OrString, one of a plain string and that.
func (g *gen) structValue(t reflect.Type, path string, r Rule) (object, error) {
	if hasUnmarshaler(t) && r.OrString == "" {
		return nil, fmt.Errorf("schema: %s: %v has its own UnmarshalYAML; say what else it accepts with Rule.OrString", path, t)
	}
	var obj object
	switch name := r.Ref; {
	case name != "":
		d, ok := g.defs[name]
		if !ok {
			return nil, fmt.Errorf("schema: %s: no definition %q", path, name)
		}
		if d.Type != t {
			return nil, fmt.Errorf("schema: %s: definition %q is of %v, not %v", path, name, d.Type, t)
		}
		obj = object{{"$ref", "#/definitions/" + name}}
	case g.defByTyp[t] != "":
		obj = object{{"$ref", "#/definitions/" + g.defByTyp[t]}}
	default:
		if g.inlining[t] {
			return nil, fmt.Errorf("schema: %s: %v contains itself; give it a Def", path, t)
		}
		g.inlining[t] = true
		o, err := g.object(t, path, nil)
		delete(g.inlining, t)
		if err != nil {
			return nil, err
		}
		obj = o
	}
	if r.OrString == "" {
		return obj, nil
	}
	fs, err := fields(t)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		if f.key != r.OrString {
			continue
		}
		if f.typ.Kind() != reflect.String {
			return nil, fmt.Errorf("schema: %s: OrString names %q, which is not a string", path, f.key)
		}
		sub := join(path, f.key)
		s := object{}
		g.doc(&s, sub)
		v, err := g.scalar(f.typ, sub, g.rule(sub))
		if err != nil {
			return nil, err
		}
		return object{{"oneOf", []any{append(s, v...), obj}}}, nil
	}
	return nil, fmt.Errorf("schema: %s: OrString names %q, not a key of %v", path, r.OrString, t)
}

var jsonTypes = map[reflect.Kind]string{
	reflect.String: "string", reflect.Bool: "boolean",
	reflect.Int: "integer", reflect.Int8: "integer", reflect.Int16: "integer", reflect.Int32: "integer", reflect.Int64: "integer",
	reflect.Uint: "integer", reflect.Uint8: "integer", reflect.Uint16: "integer", reflect.Uint32: "integer", reflect.Uint64: "integer",
	reflect.Float32: "number", reflect.Float64: "number",
}

// scalar describes a string, number or boolean at path.
func (g *gen) scalar(t reflect.Type, path string, r Rule) (object, error) {
	typ, ok := jsonTypes[t.Kind()]
	if !ok && !(hasUnmarshaler(t) && len(r.Types) > 0) {
		return nil, fmt.Errorf("schema: %s: cannot describe %v", path, t)
	}
	if hasUnmarshaler(t) && len(r.Types) == 0 {
		return nil, fmt.Errorf("schema: %s: %v has its own UnmarshalYAML; say what it accepts with Rule.Types", path, t)
	}
	o := object{}
	switch len(r.Types) {
	case 0:
		o.add("type", typ)
	case 1:
		o.add("type", r.Types[0])
	default:
		o.add("type", r.Types)
	}
	if len(r.Enum) > 0 {
		o.add("enum", r.Enum)
		if len(r.EnumDocs) > 0 {
			if len(r.EnumDocs) != len(r.Enum) {
				return nil, fmt.Errorf("schema: %s: %d EnumDocs for %d values", path, len(r.EnumDocs), len(r.Enum))
			}
			o.add("enumDescriptions", r.EnumDocs)
		}
	}
	if r.Message != "" {
		o.add("errorMessage", r.Message)
	}
	pattern, message := r.Pattern, r.PatternMessage
	if r.NonBlank {
		if pattern != "" {
			return nil, fmt.Errorf("schema: %s: NonBlank and Pattern together", path)
		}
		pattern = `\S`
		if message == "" {
			message = "không được để trống"
		}
	}
	if pattern != "" {
		if _, err := regexp.Compile(pattern); err != nil {
			return nil, fmt.Errorf("schema: %s: %v", path, err)
		}
		o.add("pattern", pattern)
		if message != "" {
			o.add("patternErrorMessage", message)
		}
	}
	if r.Minimum != nil {
		o.add("minimum", *r.Minimum)
	}
	return o, nil
}
