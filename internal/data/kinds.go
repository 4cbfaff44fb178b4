package data

// Body says how the body of a kind of document is divided.
type Body int

const (
	// BySections: the body is sections I., II. … ("phan", at least one); no numbered items
	// outside them, no articles. Kế hoạch, chương trình.
	BySections Body = iota
	// Free: opening paragraphs, sections or numbered items without sections (not both),
	// closing paragraphs; at least one of mo_dau, phan, muc. Báo cáo, thông báo, công văn,
	// tờ trình.
	Free
	// ByArticles: the articles Điều 1., Điều 2. … ("dieu", at least one) after the line
	// "QUYẾT ĐỊNH:"; no sections, no numbered items outside the articles. Quyết định.
	ByArticles
)

// Kind is one kind of document a data file may be: the value of its "loai", the name
// messages call it by, and how its body is divided.
type Kind struct {
	Loai string
	Name string
	Body Body
}

// Kinds lists the kinds of data file, in the order documentation lists them. Each has a
// template templates/<loai>.md.tmpl and starter files templates/vi-du/*/<loai>.yaml ("_"
// written "-").
var Kinds = []Kind{
	{"ke_hoach", "kế hoạch", BySections},
	{"bao_cao", "báo cáo", Free},
	{"thong_bao", "thông báo", Free},
	{"cong_van", "công văn", Free},
	{"quyet_dinh", "quyết định", ByArticles},
	{"to_trinh", "tờ trình", Free},
	{"chuong_trinh", "chương trình", BySections},
}

// KindOf returns the kind whose "loai" is loai.
func KindOf(loai string) (Kind, bool) {
	for _, k := range Kinds {
		if k.Loai == loai {
			return k, true
		}
	}
	return Kind{}, false
}

// KindNames lists the "loai" of every kind, in the order of Kinds.
func KindNames() []string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = k.Loai
	}
	return names
}
