package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

// goList returns the import paths go list prints for pkg with the given template.
func goList(t *testing.T, format, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", format, pkg).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pkg, err)
	}
	return strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(string(out)))
}

// TestImportRules: each stage depends only on the stages before it, and no backend on
// another. Direct imports are checked where a rule is about what a package may know
// (the layout knows the form's blocks, not the profile's words nor the kinds of
// document); all dependencies where it is about what a package may pull in (no backend
// reaches gopdf but the PDF writer).
func TestImportRules(t *testing.T) {
	const (
		direct = "{{.Imports}}"
		all    = "{{.Deps}}"
	)
	for _, r := range []struct {
		pkg, list string
		forbidden []string
	}{
		{"vanban/internal/layout", direct, []string{"vanban/internal/profile", "vanban/internal/model", "vanban/internal/vn", "vanban/internal/data"}},
		{"vanban/internal/layout", all, []string{"vanban/internal/pdf", "github.com/signintech/gopdf", "vanban/internal/markdown", "vanban/internal/tmpl"}},
		{"vanban/internal/form", all, []string{"vanban/internal/layout", "vanban/internal/pdf", "github.com/signintech/gopdf", "vanban/internal/fonts", "vanban/internal/markdown", "vanban/internal/tmpl"}},
		{"vanban/internal/pdf", direct, []string{"vanban/internal/form", "vanban/internal/profile", "vanban/internal/model"}},
		// Word lays text out itself: the Word writer reads the form's blocks, never placed
		// pages, and no backend reaches another.
		{"vanban/internal/docx", all, []string{"vanban/internal/layout", "vanban/internal/pdf", "github.com/signintech/gopdf", "vanban/internal/markdown", "vanban/internal/tmpl"}},
		{"vanban/internal/pdf", all, []string{"vanban/internal/docx"}},
		{"vanban/internal/model", all, []string{"vanban/"}},
	} {
		for _, dep := range goList(t, r.list, r.pkg) {
			for _, f := range r.forbidden {
				if dep == f || strings.HasSuffix(f, "/") && strings.HasPrefix(dep, f) {
					t.Errorf("%s imports %s (%s)", r.pkg, dep, r.list)
				}
			}
		}
	}
}
