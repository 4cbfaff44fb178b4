// Package archtest holds no code: its test checks the import rules between vanban's stages
// (docs/dev/architecture.md), so that a shortcut across stages fails the build's tests
// instead of growing quietly.
package archtest
