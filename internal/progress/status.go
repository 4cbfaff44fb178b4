package progress

import (
	"strings"

	"vanban/internal/vn"
)

// Status is where a task stands, as a unit reports it (trang_thai). The values are the
// closed set a progress file may use; NoReport is the status of a task nobody reported.
type Status string

const (
	NoReport   Status = ""                // chưa có báo cáo (never typed)
	NotStarted Status = "chua_trien_khai" // chưa triển khai
	InProgress Status = "dang_thuc_hien"  // đang thực hiện
	Behind     Status = "cham_tien_do"    // chậm tiến độ: under way, behind schedule
	Paused     Status = "tam_dung"        // tạm dừng
	Done       Status = "hoan_thanh"      // hoàn thành
)

// Statuses lists the values a file may use, in the order reports print them.
var Statuses = []Status{Done, InProgress, Behind, Paused, NotStarted}

// Label is the status in words: "hoàn thành", "chưa có báo cáo" …
func (s Status) Label() string {
	switch s {
	case NotStarted:
		return "chưa triển khai"
	case InProgress:
		return "đang thực hiện"
	case Behind:
		return "chậm tiến độ"
	case Paused:
		return "tạm dừng"
	case Done:
		return "hoàn thành"
	case NoReport:
		return "chưa có báo cáo"
	}
	return string(s)
}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// statusHint suggests the right value for a mistyped status: the same words without
// diacritics ("hoàn thành" → hoan_thanh), a value of the same meaning ("đang triển khai" →
// dang_thuc_hien), or the closest value.
func statusHint(s Status) string {
	slug := strings.ReplaceAll(vn.Slug(string(s)), "-", "_")
	if v, ok := statusWords[slug]; ok {
		return "viết “" + string(v) + "” (chữ không dấu, nối bằng dấu gạch dưới)"
	}
	names := make([]string, len(Statuses))
	for i, v := range Statuses {
		names[i] = string(v)
	}
	return suggestHint(slug, names, "dùng một trong: "+strings.Join(names, ", "))
}

// statusWords maps the ways people write a status, without diacritics, to its value.
var statusWords = map[string]Status{
	"hoan_thanh": Done, "da_hoan_thanh": Done, "xong": Done, "da_xong": Done,
	"dang_thuc_hien": InProgress, "dang_trien_khai": InProgress, "dang_lam": InProgress, "da_trien_khai": InProgress,
	"cham_tien_do": Behind, "cham": Behind, "tre_han": Behind, "cham_tre": Behind,
	"tam_dung": Paused, "tam_ngung": Paused, "dung": Paused, "tam_hoan": Paused,
	"chua_trien_khai": NotStarted, "chua_thuc_hien": NotStarted, "chua_lam": NotStarted,
}

// Combine is the status of a task from the statuses of its lead units (one per unit,
// NoReport for a unit that has not reported on it):
//
//   - hoan_thanh when every lead unit reports hoan_thanh;
//   - chưa có báo cáo when none has reported;
//   - else cham_tien_do when any is cham_tien_do;
//   - else dang_thuc_hien when any is dang_thuc_hien or hoan_thanh (partly done);
//   - else tam_dung when any is tam_dung;
//   - else chua_trien_khai.
//
// A unit that has not reported keeps the task from being done, and otherwise does not
// count.
func Combine(statuses []Status) Status {
	if len(statuses) == 0 {
		return NoReport
	}
	has := map[Status]int{}
	for _, s := range statuses {
		has[s]++
	}
	switch {
	case has[Done] == len(statuses):
		return Done
	case has[NoReport] == len(statuses):
		return NoReport
	case has[Behind] > 0:
		return Behind
	case has[InProgress] > 0 || has[Done] > 0:
		return InProgress
	case has[Paused] > 0:
		return Paused
	}
	return NotStarted
}
