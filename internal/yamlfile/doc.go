// Package yamlfile reads YAML files strictly: an unknown key, a duplicate key or a value of
// the wrong type is an error, not something silently dropped. Every string comes out
// NFC-normalised; a file saved in a legacy Vietnamese encoding (TCVN3, VNI) is recognised and
// named with the way to convert it. Every problem is a diag.Diagnostic at file:line:col, in
// Vietnamese, with a hint.
//
// It knows nothing of the shapes it decodes into: internal/data holds the shape of document
// data files, and profiles, progress files and Markdown front matter are read through it too.
package yamlfile
