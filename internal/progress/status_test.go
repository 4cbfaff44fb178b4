package progress

import (
	"strings"
	"testing"
)

func TestCombine(t *testing.T) {
	const (
		D = Done
		I = InProgress
		B = Behind
		P = Paused
		N = NotStarted
		R = NoReport
	)
	for _, tc := range []struct {
		in   []Status
		want Status
	}{
		{nil, R},
		{[]Status{D}, D},
		{[]Status{D, D, D}, D},
		{[]Status{D, D, R}, I}, // a unit that has not reported keeps the task from being done
		{[]Status{D, N}, I},    // partly done
		{[]Status{R, R}, R},
		{[]Status{I, B, D}, B}, // any behind
		{[]Status{D, P}, I},
		{[]Status{P, N}, P},
		{[]Status{P, R}, P},
		{[]Status{N, R}, N},
		{[]Status{N, N}, N},
		{[]Status{I, P, N}, I},
	} {
		if got := Combine(tc.in); got != tc.want {
			t.Errorf("Combine(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStatusHint(t *testing.T) {
	for _, tc := range []struct {
		in   Status
		says string
	}{
		{"hoàn thành", "“hoan_thanh”"},
		{"Đã hoàn thành", "“hoan_thanh”"},
		{"đang triển khai", "“dang_thuc_hien”"},
		{"chưa thực hiện", "“chua_trien_khai”"},
		{"tạm ngừng", "“tam_dung”"},
		{"cham_tien_dô", "“cham_tien_do”"},
		{"hoan_thanhh", "có phải ý bạn là “hoan_thanh”?"},
		{"xyz", "dùng một trong: hoan_thanh, dang_thuc_hien, cham_tien_do, tam_dung, chua_trien_khai"},
	} {
		if got := statusHint(tc.in); !strings.Contains(got, tc.says) {
			t.Errorf("statusHint(%q) = %q, want it to say %q", tc.in, got, tc.says)
		}
	}
	for _, s := range Statuses {
		if !s.Valid() || s.Label() == string(s) {
			t.Errorf("%q: Valid %v, Label %q", s, s.Valid(), s.Label())
		}
	}
	if NoReport.Valid() || NoReport.Label() != "chưa có báo cáo" {
		t.Errorf("NoReport: Valid %v, Label %q", NoReport.Valid(), NoReport.Label())
	}
}
