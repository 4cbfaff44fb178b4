// Package build runs the pipeline: data (YAML) → template → official Markdown → document
// model → layout → PDF. It is the façade the command line calls; every intermediate can be
// asked for (the Markdown, the model, the layout) so that each stage can be seen.
package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/fonts"
	"vanban/internal/layout"
	"vanban/internal/markdown"
	"vanban/internal/model"
	"vanban/internal/pdf"
	"vanban/internal/profile"
	"vanban/internal/tmpl"
	"vanban/templates"
)

// Options configure a Builder.
type Options struct {
	// TemplateDir is a folder whose templates and profiles override the built-in ones.
	TemplateDir string
	// Profile is a profile name or path; empty picks the built-in profile of the system.
	Profile string
	// MaxPages limits the length of a document (0 = no limit).
	MaxPages int
	// FontDir is a folder with the office's own typeface (four .ttf files); empty uses the
	// embedded Liberation Serif.
	FontDir string
}

// Builder builds documents. It is safe for concurrent use.
type Builder struct {
	opts  Options
	store *tmpl.Store
	fonts *fonts.Set
}

// New prepares a Builder.
func New(opts Options) (*Builder, error) {
	store, err := tmpl.New(templates.FS, opts.TemplateDir)
	if err != nil {
		return nil, err
	}
	var set *fonts.Set
	if opts.FontDir != "" {
		set, err = fonts.LoadDir(opts.FontDir)
	} else {
		set, err = fonts.Liberation()
	}
	if err != nil {
		return nil, err
	}
	return &Builder{opts: opts, store: store, fonts: set}, nil
}

// IsData reports whether a file name is a data file (YAML) rather than official Markdown.
func IsData(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// Markdown returns the official Markdown of an input: a data file goes through its
// template; an official Markdown file is returned as it is.
func (b *Builder) Markdown(name string, src []byte) ([]byte, error) {
	if !IsData(name) {
		// Official Markdown passes through as it is, once it has been checked.
		if _, err := markdown.Parse(name, src); err != nil {
			return nil, err
		}
		return src, nil
	}
	file, err := data.Parse(name, src)
	if err != nil {
		return nil, err
	}
	var probe map[string]any
	if err := file.Decode(&probe); err != nil {
		return nil, err
	}
	if err := b.checkGlyphs(file); err != nil {
		return nil, err
	}
	kind, _ := probe["loai"].(string)
	system, _ := probe["he_thong"].(string)
	var value map[string]any
	switch kind {
	case "ke_hoach":
		p, err := data.PlanFrom(file)
		if err != nil {
			return nil, err
		}
		g, err := generic(p)
		if err != nil {
			return nil, err
		}
		value = g.(map[string]any)
		if value["ds_nhiem_vu"], err = generic(p.Tasks()); err != nil {
			return nil, err
		}
	case "":
		return nil, diag.List{file.Locator().Errorf("$", "thêm dòng “loai: ke_hoach”", "thiếu trường “loai” (loại văn bản)")}
	default:
		return nil, diag.List{file.Locator().Errorf("$.loai", "loại hiện có: ke_hoach",
			"chưa có mẫu cho loại văn bản “%s”", kind)}
	}
	t, err := b.store.Find(kind, system)
	if err != nil {
		return nil, err
	}
	return b.store.Execute(t, value)
}

// checkGlyphs finds, in the data itself, characters the typeface cannot draw, so that the
// error points at the line of the data file rather than at the generated Markdown.
func (b *Builder) checkGlyphs(file *data.Source) error {
	var ds diag.List
	seen := map[rune]bool{}
	file.Strings(func(text string, line, col int) {
		for i, r := range []rune(text) {
			if seen[r] || r == '\n' || r == '\t' || b.fonts.Has(layout.Regular, r) && b.fonts.Has(layout.Bold, r) &&
				b.fonts.Has(layout.Italic, r) && b.fonts.Has(layout.BoldItalic, r) {
				continue
			}
			seen[r] = true
			at := col
			if !strings.Contains(text[:len(string([]rune(text)[:i]))], "\n") {
				at = col + i
			}
			ds = append(ds, diag.Errorf(file.Name, line, at,
				"bỏ ký tự này hoặc thay bằng chữ viết; phông chữ văn bản hành chính không có biểu tượng cảm xúc, chữ Hán…",
				"phông %s không có ký tự “%c” (U+%04X): không thể in ký tự này", b.fonts.Name(), r, r))
		}
	})
	return ds.Err()
}

// generic turns typed data into the plain values templates see, keyed by the YAML names.
// Whole numbers stay integers, so that {{ printf "%d" … }} works.
func generic(v any) (any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var out any
	if err := d.Decode(&out); err != nil {
		return nil, err
	}
	return numbers(out), nil
}

// numbers replaces JSON numbers by int64 or float64.
func numbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = numbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
		f, _ := x.Float64()
		return f
	}
	return v
}

// Document reads an input into the document model.
func (b *Builder) Document(name string, src []byte) (*model.Document, error) {
	md, err := b.Markdown(name, src)
	if err != nil {
		return nil, err
	}
	mdName := name
	if IsData(name) {
		mdName = name + " (Markdown sinh từ mẫu)"
	}
	return markdown.Parse(mdName, md)
}

// Layout places an input on pages.
func (b *Builder) Layout(name string, src []byte) (*layout.Document, error) {
	doc, err := b.Document(name, src)
	if err != nil {
		return nil, err
	}
	prof := b.opts.Profile
	if prof == "" {
		prof = profile.For(doc.Meta.System)
	}
	p, err := b.profile(prof)
	if err != nil {
		return nil, err
	}
	if p.System != doc.Meta.System {
		return nil, diag.List{diag.Errorf(name, 0, 0,
			fmt.Sprintf("bỏ cờ -the-thuc để dùng thể thức %s, hoặc sửa “he_thong”", profile.For(doc.Meta.System)),
			"thể thức “%s” dành cho hệ thống “%s”, còn văn bản thuộc hệ thống “%s”", p.Name, p.System, doc.Meta.System)}
	}
	return layout.Layout(doc, p, b.fonts, layout.Options{MaxPages: b.opts.MaxPages})
}

// profile loads a profile, from the override folder first when there is one.
func (b *Builder) profile(name string) (*profile.Profile, error) {
	return profile.Load(b.store.FS(), name)
}

// PDF builds the PDF of an input.
func (b *Builder) PDF(name string, src []byte) ([]byte, error) {
	l, err := b.Layout(name, src)
	if err != nil {
		return nil, err
	}
	return pdf.Render(l, b.fonts)
}
