package diag

import (
	"errors"
	"testing"
)

func TestDiagnosticError(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "a.yaml", Line: 5, Col: 3, Message: "trường “thoi_hn” không tồn tại", Hint: "có phải ý bạn là “thoi_han”?"},
			"a.yaml:5:3: lỗi: trường “thoi_hn” không tồn tại\n\tgợi ý: có phải ý bạn là “thoi_han”?"},
		{Diagnostic{Severity: Warning, File: "a.md", Line: 2, Message: "x"}, "a.md:2: cảnh báo: x"},
		{Diagnostic{Message: "không đọc được"}, "lỗi: không đọc được"},
	}
	for _, tt := range tests {
		if got := tt.d.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestListErr(t *testing.T) {
	warn := List{{Severity: Warning, Message: "w"}}
	if warn.Err() != nil {
		t.Error("warnings alone must not fail")
	}
	both := append(warn, Errorf("f", 1, 1, "", "e"))
	var l List
	if err := both.Err(); !errors.As(err, &l) || len(l) != 2 {
		t.Errorf("Err() = %v", err)
	}
}
