// Package templates embeds the built-in document templates (*.md.tmpl), their partials and
// the format profiles (the-thuc/*.yaml), so that vanban works from a single binary. A folder
// given on the command line overrides these files one by one.
package templates

import "embed"

// FS holds the built-in files, with paths relative to this folder.
//
//go:embed the-thuc partials vi-du *.md.tmpl
var FS embed.FS
