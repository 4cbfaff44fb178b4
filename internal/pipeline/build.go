// Package build runs the pipeline: data (YAML) → template → official Markdown → document
// model → layout → PDF. It is the façade the command line calls; every intermediate can be
// asked for (the Markdown, the model, the layout) so that each stage can be seen.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"vanban/internal/data"
	"vanban/internal/diag"
	"vanban/internal/docx"
	"vanban/internal/fonts"
	"vanban/internal/form"
	"vanban/internal/layout"
	"vanban/internal/markdown"
	"vanban/internal/model"
	"vanban/internal/pdf"
	"vanban/internal/profile"
	"vanban/internal/tmpl"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
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
	// TemplateTime and TemplateOutput bound one template run (0 = the defaults of tmpl).
	TemplateTime   time.Duration
	TemplateOutput int64
	// WordFont is the typeface a Word file names in every run; empty is Times New Roman.
	WordFont string
	// Time is written in a Word file's properties (SOURCE_DATE_EPOCH); zero writes none.
	// Nothing reads the clock.
	Time time.Time
}

// Builder builds documents. It is made once and shared: a batch or a server builds every
// document with one Builder, concurrently, each build bounded by its context. Close it when
// done.
type Builder struct {
	opts  Options
	store *tmpl.Store
	fonts *fonts.Set
	// profiles caches decoded profiles by name (see profile): a batch builds many
	// documents with one. The form stage only reads a profile.
	profiles sync.Map
}

// New prepares a Builder.
func New(opts Options) (*Builder, error) {
	store, err := tmpl.New(templates.FS, opts.TemplateDir)
	if err != nil {
		return nil, err
	}
	if opts.TemplateTime > 0 {
		store.MaxTime = opts.TemplateTime
	}
	if opts.TemplateOutput > 0 {
		store.MaxOutput = opts.TemplateOutput
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

// Close releases what New opened (the override folder of templates). The Builder must not
// be used after it.
func (b *Builder) Close() error {
	return b.store.Close()
}

// InputKind says what an input holds.
type InputKind int

const (
	// MarkdownInput is official Markdown, built as it is.
	MarkdownInput InputKind = iota
	// DataInput is a data file (YAML), merged into its kind's template first.
	DataInput
)

// Input is one document to build: its name (for messages only), its bytes and what they
// are. The pipeline never guesses the kind from the name: a server names its inputs as it
// likes; the command line uses InputOf.
type Input struct {
	Name string
	Src  []byte
	Kind InputKind
}

// InputOf is the input of a file named on the command line: a data file when IsData says
// so, else official Markdown.
func InputOf(name string, src []byte) Input {
	if IsData(name) {
		return Input{Name: name, Src: src, Kind: DataInput}
	}
	return Input{Name: name, Src: src, Kind: MarkdownInput}
}

// IsData reports whether a file name is a data file (YAML) rather than official Markdown.
func IsData(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// Markdown, Document, Form, Layout, PDF and DOCX build a file named on the command line: its
// kind from its name (InputOf), no bound but the template's own time.

// Markdown is MarkdownContext of a file.
func (b *Builder) Markdown(name string, src []byte) ([]byte, error) {
	return b.MarkdownContext(context.Background(), InputOf(name, src))
}

// Document is DocumentContext of a file.
func (b *Builder) Document(name string, src []byte) (*model.Document, error) {
	return b.DocumentContext(context.Background(), InputOf(name, src))
}

// Form is FormContext of a file.
func (b *Builder) Form(name string, src []byte) (*form.Document, error) {
	return b.FormContext(context.Background(), InputOf(name, src))
}

// Layout is LayoutContext of a file.
func (b *Builder) Layout(name string, src []byte) (*layout.Document, error) {
	return b.LayoutContext(context.Background(), InputOf(name, src))
}

// PDF is PDFContext of a file.
func (b *Builder) PDF(name string, src []byte) ([]byte, error) {
	return b.PDFContext(context.Background(), InputOf(name, src))
}

// DOCX is DOCXContext of a file.
func (b *Builder) DOCX(name string, src []byte) ([]byte, error) {
	return b.DOCXContext(context.Background(), InputOf(name, src))
}

// MarkdownContext returns the official Markdown of an input: data goes through its
// template; official Markdown is returned as it is. The template's run stops when ctx is
// done (the error is then ctx's).
func (b *Builder) MarkdownContext(ctx context.Context, in Input) ([]byte, error) {
	name, src := in.Name, in.Src
	if in.Kind != DataInput {
		// Official Markdown passes through as it is, once it has been checked.
		if _, err := markdown.Parse(name, src); err != nil {
			return nil, err
		}
		return src, nil
	}
	file, err := yamlfile.Parse(name, src)
	if err != nil {
		return nil, err
	}
	if err := b.checkGlyphs(file); err != nil {
		return nil, err
	}
	kind, system := file.Field("loai"), file.Field("he_thong")
	// Every kind decodes into the same data.Document; its template gives it its shape.
	var value map[string]any
	switch _, known := data.KindOf(kind); {
	case known:
		if value, err = templateData(file); err != nil {
			return nil, err
		}
		if errs, _ := dataMarkup(file, src); len(errs) > 0 {
			return nil, errs
		}
	case kind == "":
		return nil, diag.List{file.Locator().Errorf("$", "thêm dòng “loai: …”, ví dụ “loai: ke_hoach”; loại hiện có: "+strings.Join(data.KindNames(), ", "),
			"thiếu trường “loai” (loại văn bản)")}
	default:
		hint := "loại hiện có: " + strings.Join(data.KindNames(), ", ")
		// A typo of a kind that has a template, not a kind that has none yet (huong_dan).
		if _, named := model.TypeNames[kind]; !named {
			if s, ok := vn.Suggest(kind, data.KindNames()); ok {
				hint = fmt.Sprintf("có phải ý bạn là “%s”? (%s)", s, hint)
			}
		}
		return nil, diag.List{file.Locator().Errorf("$.loai", hint, "chưa có mẫu cho loại văn bản “%s”", kind)}
	}
	t, err := b.store.Find(kind, system)
	if err != nil {
		return nil, err
	}
	return b.store.ExecuteContext(ctx, t, value)
}

// Render runs the template of a kind and system on values made in code (a period's report,
// a reminder), and returns the official Markdown, as MarkdownContext does for a data file.
func (b *Builder) Render(kind, system string, value any) ([]byte, error) {
	t, err := b.store.Find(kind, system)
	if err != nil {
		return nil, err
	}
	return b.store.ExecuteContext(context.Background(), t, value)
}

// checkGlyphs finds, in the data itself, characters the typeface cannot draw, so that the
// error points at the line of the data file rather than at the generated Markdown.
func (b *Builder) checkGlyphs(file *yamlfile.Source) error {
	var ds diag.List
	seen := map[rune]bool{}
	file.Strings(func(text string, line, col int) {
		at, inFirstLine := col, true
		for _, r := range text {
			if r == '\n' {
				inFirstLine = false
			}
			if !seen[r] && r != '\t' && !layout.Drawable(b.fonts, r, layout.AllStyles...) {
				seen[r] = true
				// Past a line break of a block scalar the column is the value's own.
				where := col
				if inFirstLine {
					where = at
				}
				ds = append(ds, layout.GlyphError(b.fonts, file.Name, line, where, r, ""))
			}
			at++
		}
	})
	return ds.Err()
}

// DocumentContext reads an input into the document model. It checks ctx last: the stages
// after it (form, layout) cannot be interrupted, so a build whose context is done stops
// here.
func (b *Builder) DocumentContext(ctx context.Context, in Input) (*model.Document, error) {
	md, err := b.MarkdownContext(ctx, in)
	if err != nil {
		return nil, err
	}
	mdName := in.Name
	if in.Kind == DataInput {
		mdName = in.Name + " (Markdown sinh từ mẫu)"
	}
	doc, err := markdown.Parse(mdName, md)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// FormContext gives an input its official form: the profile of its system (or the one
// chosen in the options) applied to its document model, ready for the layout or a Word
// writer.
func (b *Builder) FormContext(ctx context.Context, in Input) (*form.Document, error) {
	fd, ds, err := b.formed(ctx, in)
	if err != nil {
		return nil, err
	}
	if err := ds.Err(); err != nil {
		return nil, err
	}
	return fd, nil
}

// formed is FormContext that also returns a form whose diagnostics hold errors, so that
// the layout can add its own problems to the same report.
func (b *Builder) formed(ctx context.Context, in Input) (*form.Document, diag.List, error) {
	doc, err := b.DocumentContext(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	prof := b.opts.Profile
	if prof == "" {
		prof = profile.For(doc.Meta.System)
	}
	p, err := b.profile(prof)
	if err != nil {
		return nil, nil, err
	}
	if p.System != doc.Meta.System {
		return nil, nil, diag.List{diag.Errorf(in.Name, 0, 0,
			fmt.Sprintf("bỏ cờ -the-thuc để dùng thể thức %s, hoặc sửa “he_thong”", profile.For(doc.Meta.System)),
			"thể thức “%s” dành cho hệ thống “%s”, còn văn bản thuộc hệ thống “%s”", p.Name, p.System, doc.Meta.System)}
	}
	fd, ds := form.Apply(doc, p)
	return fd, ds, nil
}

// LayoutContext places an input on pages.
func (b *Builder) LayoutContext(ctx context.Context, in Input) (*layout.Document, error) {
	fd, ds, err := b.formed(ctx, in)
	if err != nil {
		return nil, err
	}
	l, err := layout.Layout(fd, b.fonts, layout.Options{MaxPages: b.opts.MaxPages})
	if ds.HasErrors() {
		// The form's problems first, then the layout's, so that one run tells them all.
		var more diag.List
		if errors.As(err, &more) {
			ds = append(ds, more...)
		}
		return nil, ds
	}
	return l, err
}

// profile loads a profile, from the override folder first when there is one. A profile
// named (hd36, or a name the override folder adds) is decoded once, as the store reads its
// templates once. One given by a path is read at every build: it is the user's own file
// that an edit must reach, and a cache keyed by paths would grow with every path a
// long-running server is given; decoding it costs little beside a build.
func (b *Builder) profile(name string) (*profile.Profile, error) {
	if profile.IsPath(name) {
		return profile.Load(b.store.FS(), name)
	}
	if p, ok := b.profiles.Load(name); ok {
		return p.(*profile.Profile), nil
	}
	p, err := profile.Load(b.store.FS(), name)
	if err != nil {
		return nil, err
	}
	b.profiles.Store(name, p)
	return p, nil
}

// PDFContext builds the PDF of an input.
func (b *Builder) PDFContext(ctx context.Context, in Input) ([]byte, error) {
	l, err := b.LayoutContext(ctx, in)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return pdf.Render(l, b.fonts)
}

// DOCXContext builds the Word file of an input from its form (package docx): Word lays the
// text out itself, so the layout is not run. The rules under the header's names are sized
// on the text as the PDF's are, measured with the Builder's typeface (Liberation Serif has
// the widths of Times New Roman).
func (b *Builder) DOCXContext(ctx context.Context, in Input) ([]byte, error) {
	fd, err := b.FormContext(ctx, in)
	if err != nil {
		return nil, err
	}
	return docx.Render(fd, docx.Options{Font: b.opts.WordFont, Time: b.opts.Time, Measure: func(text string, st form.Style) float64 {
		return b.fonts.Width(layout.FontFor(st.Bold, st.Italic), st.Size, text)
	}})
}
