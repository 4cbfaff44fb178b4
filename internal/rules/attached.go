package rules

import (
	"regexp"

	"vanban/internal/diag"
	"vanban/internal/vn"
)

// issuesWith finds the words by which an article issues or approves a document with the
// decision: "Ban hành kèm theo Quyết định này Quy chế …", "Phê duyệt kèm theo Quyết định
// này Kế hoạch …".
var issuesWith = regexp.MustCompile(`(?i)kèm theo (quyết định|nghị quyết) này`)

// Attached checks that a decision whose first article issues a document with it has that
// document: article is the first article's text, found at line and col; attached tells
// whether a document issued with the decision follows it.
func Attached(file, article string, line, col int, attached bool) diag.List {
	if attached || !issuesWith.MatchString(vn.NFC(article)) {
		return nil
	}
	return diag.List{{Severity: diag.Warning, File: file, Line: line, Col: col,
		Message: "Điều 1 ban hành một văn bản “kèm theo Quyết định này” nhưng không có văn bản kèm theo",
		Hint: "thêm “van_ban_kem_theo:” (ten_loai, trich_yeu, chuong hoặc dieu hoặc phan) vào tệp dữ liệu; " +
			"trong Markdown, viết sau các điều dòng “<!-- văn bản kèm theo -->” rồi “# QUY CHẾ” và “# Tên văn bản”"}}
}
