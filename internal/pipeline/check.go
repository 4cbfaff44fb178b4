package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/markdown"
	"vanban/internal/model"
	"vanban/internal/profile"
	"vanban/internal/progress"
	"vanban/internal/rules"
	"vanban/internal/tmpl"
	"vanban/internal/yamlfile"
	"vanban/templates"
)

// Check finds every problem of an input without writing anything: a data file or an
// official Markdown file is built as far as the layout (syntax, fields, characters the font
// lacks, limits), a template is run against the starter data of its kind. It returns all
// findings, warnings included: typed numbers that skip or repeat, in data and in Markdown,
// and emphasis in data that opens or closes nothing.
func (b *Builder) Check(name string, src []byte) diag.List {
	if strings.HasSuffix(name, ".tmpl") {
		return b.checkTemplate(name, src)
	}
	findings, whole := b.rules(name, src)
	if !whole {
		return findings
	}
	l, err := b.Layout(name, src)
	if l != nil {
		findings = append(findings, l.Warnings...)
	}
	if err != nil {
		var ds diag.List
		if !errors.As(err, &ds) {
			ds = diag.List{diag.Errorf(name, 0, 0, "", "%v", err)}
		}
		findings = append(findings, ds...)
	}
	return findings
}

// Findings are Check's findings but those of building: the format rules of the system,
// the warnings about what would print other than as typed, the deadlines. "vanban dung"
// asks for them before it builds, which reports its own problems.
func (b *Builder) Findings(name string, src []byte) diag.List {
	findings, _ := b.rules(name, src)
	return findings
}

// rules finds what Check finds without building; whole is false for a file that is not a
// document (a progress file, a unit list), whose findings are complete.
func (b *Builder) rules(name string, src []byte) (findings diag.List, whole bool) {
	// The format rules of the system need the document's fields and where they stand.
	if IsData(name) {
		if file, err := yamlfile.Parse(name, src); err == nil && file.Field("loai") == "" {
			switch {
			case file.Field("don_vi") != "" && file.Field("ky") == "" && file.Field("ke_hoach") != "":
				_, ds := progress.Open(name) // a progress folder's theo-doi.yaml
				return ds, false
			case file.Field("don_vi") != "":
				return checkProgress(name, src), false
			case registryKey.Match(src):
				_, ds := progress.ParseRegistry(name, src) // a unit list
				return ds, false
			}
		}
		// Only on a file that decodes: a mistyped key comes first, and its fix may settle
		// what the rules would say.
		var p data.Document
		if file, err := yamlfile.Parse(name, src); err == nil && file.Decode(&p) == nil {
			findings = rules.Check(name, &p.Meta, file.Locator().At)
			findings = append(findings, progress.CheckDeadlines(&p, file.Locator())...)
			_, warns := dataMarkup(file, src)
			findings = append(findings, warns...)
			if len(p.Articles) > 0 {
				line, col := file.Locator().At("$.dieu[0]")
				a := p.Articles[0]
				findings = append(findings, rules.Attached(name, a.Title+" "+a.Text, line, col, p.Attached != nil)...)
			}
		}
	} else if front, err := markdown.Front(name, src); err == nil {
		var m model.Meta
		if yamlfile.Decode(name, front, &m) == nil {
			loc := yamlfile.NewLocator(name, front)
			findings = rules.Check(name, &m, loc.At)
		}
		if ds := markdown.Check(name, src); !ds.HasErrors() {
			findings = append(findings, ds...)
		}
		if doc, err := markdown.Parse(name, src); err == nil {
			findings = append(findings, attachedFindings(doc)...)
		}
	}
	return findings, true
}

// attachedFindings checks the first article of an official Markdown document ("Điều 1."
// opening a heading or a paragraph) against the documents attached to it.
func attachedFindings(doc *model.Document) diag.List {
	for _, b := range doc.Blocks {
		var runs []model.Run
		switch b := b.(type) {
		case *model.Heading:
			runs = b.Runs
		case *model.Paragraph:
			runs = b.Runs
		}
		if text := model.PlainText(runs); strings.HasPrefix(text, "Điều 1.") {
			at := b.Position()
			return rules.Attached(doc.Source, text, at.Line, at.Col, len(doc.Attached) > 0)
		}
	}
	return nil
}

// registryKey finds the top-level list don_vi of a unit list.
var registryKey = regexp.MustCompile(`(?m)^don_vi:[ \t]*(#.*)?$`)

// checkProgress checks a unit's progress file against the plan and the unit registry of
// its progress folder: the theo-doi.yaml found in the file's folder or above it.
func checkProgress(name string, src []byte) diag.List {
	dir, _ := filepath.Abs(filepath.Dir(name))
	for i := 0; i < 4; i++ {
		book := filepath.Join(dir, "theo-doi.yaml")
		if _, err := os.Stat(book); err == nil {
			bk, ds := progress.Open(book)
			if bk == nil {
				return ds
			}
			_, fds := bk.Read(name, src)
			return fds
		}
		dir = filepath.Dir(dir)
	}
	return diag.List{diag.Errorf(name, 1, 1,
		"đặt tệp tiến độ trong thư mục kỳ của một thư mục tiến độ có tệp theo-doi.yaml (xem docs/tien-do.md)",
		"tệp tiến độ này không thuộc thư mục tiến độ nào: không tìm thấy theo-doi.yaml ở thư mục của tệp hay các thư mục trên")}
}

// checkTemplate parses a template file and runs it against the starter data of the kind
// its name says (ke-hoach.md.tmpl → ke_hoach), in both systems, so that a field it names
// that the data does not have is found before an office uses it.
func (b *Builder) checkTemplate(name string, src []byte) diag.List {
	base := filepath.Base(name)
	source := tmpl.Source{Path: base, Layer: filepath.Dir(name), Text: string(src)}
	located := func(err error) diag.List {
		var l diag.List
		if !errors.As(err, &l) {
			return diag.List{diag.Errorf(name, 0, 0, "", "%v", err)}
		}
		out := make(diag.List, len(l))
		for i, d := range l {
			if d.File == source.Display() {
				d.File = name
			}
			out[i] = d
		}
		return out
	}
	if err := b.store.Parse(source); err != nil {
		return located(err)
	}
	kind := strings.ReplaceAll(strings.TrimSuffix(base, ".md.tmpl"), "-", "_")
	for _, system := range []string{"dang", "nha-nuoc"} {
		starter, err := Starter(kind, system)
		if err != nil {
			if strings.Contains(filepath.ToSlash(name), "partials/") {
				return nil // a partial runs inside the templates that call it
			}
			return diag.List{{Severity: diag.Warning, File: name, Line: 1, Col: 1,
				Message: fmt.Sprintf("không có dữ liệu mẫu của loại “%s” để chạy thử mẫu này; chỉ kiểm tra được cú pháp", kind),
				Hint:    "đặt tên tệp mẫu theo loại văn bản, ví dụ ke-hoach.md.tmpl"}}
		}
		file, err := yamlfile.Parse("templates/vi-du/"+system+"/"+kind, starter)
		var value map[string]any
		if err == nil {
			value, err = templateData(file)
		}
		if err != nil {
			return diag.List{diag.Errorf(name, 0, 0, "", "dữ liệu mẫu của loại “%s” hỏng: %v", kind, err)}
		}
		if _, err := b.store.Execute(source, value); err != nil {
			return located(err)
		}
	}
	return nil
}

// Starter returns the commented starter data file of a kind ("ke_hoach") in a system
// ("dang" or "nha_nuoc"), the one "vanban tao" writes.
func Starter(kind, system string) ([]byte, error) {
	path := "vi-du/" + strings.ReplaceAll(system, "_", "-") + "/" + strings.ReplaceAll(kind, "_", "-") + ".yaml"
	b, err := fs.ReadFile(templates.FS, path)
	if err != nil {
		return nil, fmt.Errorf("chưa có tệp khởi đầu cho loại “%s”, hệ thống “%s” (có: %s)", kind, system, strings.Join(StarterKinds(), ", "))
	}
	return b, nil
}

// SchemaLine points the first line of a starter file ("# yaml-language-server: $schema=…")
// at the schema as seen from where the file will be written, when the schema folder of
// vanban is in the current folder (the usual case: vanban run from its own folder). The
// line is kept as it is otherwise.
func SchemaLine(src []byte, out string) []byte {
	first, rest, ok := strings.Cut(string(src), "\n")
	const prefix = "# yaml-language-server: $schema="
	if !ok || !strings.HasPrefix(first, prefix) {
		return src
	}
	schema := filepath.Join("schema", filepath.Base(strings.TrimPrefix(first, prefix)))
	if _, err := os.Stat(schema); err != nil {
		return src
	}
	dir := "."
	if out != "" {
		dir = filepath.Dir(out)
	}
	abs, err1 := filepath.Abs(schema)
	from, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return src
	}
	rel, err := filepath.Rel(from, abs)
	if err != nil {
		return src
	}
	return []byte(prefix + filepath.ToSlash(rel) + "\n" + rest)
}

// StarterKinds lists the kinds that have starter files. The files are embedded, so reading
// their folder cannot fail at run time; TestEveryKind pins the list.
func StarterKinds() []string {
	entries, _ := fs.ReadDir(templates.FS, "vi-du/dang")
	var kinds []string
	for _, e := range entries {
		if k, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			kinds = append(kinds, strings.ReplaceAll(k, "-", "_"))
		}
	}
	return kinds
}

// templateData decodes a plan and gives the values its template sees.
func templateData(file *yamlfile.Source) (map[string]any, error) {
	p, err := data.FromSource(file)
	if err != nil {
		return nil, err
	}
	value := tmpl.Values(p).(map[string]any)
	value["ds_nhiem_vu"] = tmpl.Values(p.Tasks())
	return value, nil
}

// Templates lists the templates the builder finds, each with the layer it comes from (the
// template folder of the options, or the built-in ones), and the built-in profiles' names:
// what "vanban mau" shows.
func (b *Builder) Templates() ([]tmpl.Source, []string, error) {
	list, err := b.store.List()
	if err != nil {
		return nil, nil, err
	}
	names, err := profile.Builtin(b.store.FS())
	return list, names, err
}
