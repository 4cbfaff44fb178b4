// Package data is the schema of document data files and its validation: one type,
// [Document], holds every kind of document in [Kinds] (kế hoạch, báo cáo, công văn, quyết
// định …), whose body each kind divides its own way; [Load] decodes a file into it through
// internal/yamlfile and checks what the types cannot say (required fields, the parts of the
// body each kind has, unique task ids), every problem at its line and column in Vietnamese.
//
// It knows nothing of templates or layout.
package data
