package main

import (
	"testing"

	"vanban/internal/vn"
)

func TestDateFromEnv(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1733011200") // 2024-12-01 00:00 UTC
	d, err := dateFromEnv()
	if err != nil || d != (vn.Date{Year: 2024, Month: 12, Day: 1}) {
		t.Errorf("%v %v", d, err)
	}
	for _, bad := range []string{"-100000000", "99999999999999"} { // 1966, year 3170843
		t.Setenv("SOURCE_DATE_EPOCH", bad)
		if _, err := dateFromEnv(); err == nil {
			t.Errorf("SOURCE_DATE_EPOCH=%s accepted", bad)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "hôm nay")
	if _, err := dateFromEnv(); err == nil {
		t.Error("no error for a SOURCE_DATE_EPOCH that is not a number")
	}
}
