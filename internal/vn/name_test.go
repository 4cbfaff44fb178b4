package vn

import "testing"

func TestBodyName(t *testing.T) {
	for in, want := range map[string]string{
		"ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA": "Ủy ban nhân dân tỉnh Thanh Hóa",
		"TỈNH ỦY THANH HÓA":               "Tỉnh ủy Thanh Hóa",
		"HUYỆN ỦY NGA SƠN":                "Huyện ủy Nga Sơn",
		"":                                "",
	} {
		if got := BodyName(in); got != want {
			t.Errorf("BodyName(%q) = %q, want %q", in, got, want)
		}
	}
	if UpperFirst("đôn đốc") != "Đôn đốc" || LowerFirst("Về việc") != "về việc" || UpperFirst("") != "" || LowerFirst("") != "" {
		t.Error("UpperFirst/LowerFirst")
	}
}
