// Package data loads the structured data of a document from YAML: strictly (an unknown
// key, a duplicate key or a wrong type is an error), NFC-normalised, with every problem
// reported as a diagnostic that names the file, line and column in Vietnamese.
//
// It knows the shapes of the data files — one type, [Plan], for every kind of document in
// [Kinds], whose body each kind divides its own way — and nothing of templates or layout.
package data
