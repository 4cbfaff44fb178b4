package pipeline

import "bytes"

// Stage runs the pipeline on an input as far as format: "md" the official Markdown,
// "mo-hinh" the dump of the document model, "bo-cuc" the dump of the layout, "docx" the Word
// file, "pdf" the PDF.
func (b *Builder) Stage(format, name string, src []byte) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case "md":
		return b.Markdown(name, src)
	case "mo-hinh":
		doc, err := b.Document(name, src)
		if err != nil {
			return nil, err
		}
		err = doc.Dump(&buf)
		return buf.Bytes(), err
	case "bo-cuc":
		l, err := b.Layout(name, src)
		if err != nil {
			return nil, err
		}
		err = l.Dump(&buf)
		return buf.Bytes(), err
	case "docx":
		return b.DOCX(name, src)
	}
	return b.PDF(name, src)
}
