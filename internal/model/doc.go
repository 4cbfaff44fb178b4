// Package model is the document model shared by every stage: the front matter fields of an
// official document (Meta) and its body as a list of blocks (headings, paragraphs, list
// paragraphs, tables) made of styled runs. The Markdown reader builds it, the layout reads
// it. It imports nothing of vanban.
package model
