// Package vn holds small, pure helpers for Vietnamese text rules that
// templates and the layout engine share when producing official documents
// (Party documents under Hướng dẫn 36-HD/VPTW and State documents under
// Nghị định 30/2020/NĐ-CP).
//
// Everything here is a pure function of its arguments: no I/O, no global
// mutable state, and every function is safe to call from many goroutines.
// The helpers cover:
//
//   - Unicode normalisation: [NFC], so text from any keyboard or file
//     compares and renders the same.
//   - Dates: [Date], [ParseDate], [DateText] and [DateLine] for the
//     "Hà Nội, ngày 05 tháng 01 năm 2020" line, with blanks left for the
//     clerk when parts of the date are not known yet; calendar arithmetic
//     ([Date.AddDays], [DaysBetween], [Date.Before], [LastDayOfMonth],
//     [DateOf]) for deadlines and reporting periods.
//   - Numbering: [Roman] for parts and chapters, [LetterPoint] for the
//     Vietnamese point letters a), b), … đ), e) …; [NextLabel] and
//     [Numbering] for numbers as typed ("1.1.", a number that skips).
//   - Case: [Upper], Vietnamese-aware upper-casing for titles and
//     organisation names.
//   - Markdown: [EscapeMarkdown], so a data value inserted into a Markdown
//     template reads back as the same literal text; [EscapeMarkdownInline]
//     and [ScanInline] for the emphasis and footnote references a data
//     value may carry.
//   - Numbers: [Number], [Decimal], [Percent] in Vietnamese style
//     (1.250,5) and [NumberWords] for amounts written out in words.
//   - ASCII forms: [StripDiacritics] and [Slug] for file names and
//     identifiers.
//   - Hints: [Suggest] for "có phải ý bạn là …?" messages.
//   - Files: [FileError], why a file could not be read or written, in the
//     words every command uses.
//
// Messages meant for end users (for example [ParseDate] errors) are in
// Vietnamese; code comments and this documentation are in English.
package vn
