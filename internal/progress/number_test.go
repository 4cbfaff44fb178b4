package progress

import (
	"math"
	"strings"
	"testing"

	"vanban/internal/yamlfile"
)

// Figures as office staff type them: YAML numbers, Vietnamese decimals, quoted text.
func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		set  bool
		want float64
		err  string
	}{
		{"95", true, 95, ""},
		{"91.5", true, 91.5, ""},
		{"91,5", true, 91.5, ""},
		{`"91,5"`, true, 91.5, ""},
		{"1250", true, 1250, ""},
		{"1.250,5", true, 1250.5, ""},
		{"12.500.000,25", true, 12500000.25, ""},
		{"0.125", true, 0.125, ""},
		{"-3", true, -3, ""},
		{"-2,5", true, -2.5, ""},
		{"", false, 0, ""},
		{`""`, false, 0, ""},
		{"1.250", true, 0, "nếu là một nghìn hai trăm năm mươi thì viết 1250"},
		{"12.500", true, 0, "viết 12500"},
		{"80%", true, 0, "có dấu %"},
		{"chín mươi", true, 0, "không phải là số"},
		{"1,2,3", true, 0, "không phải là số"},
		{"[1, 2]", true, 0, "cần một số"},
	} {
		var v struct {
			N Number `yaml:"n"`
		}
		if err := yamlfile.Decode("x.yaml", []byte("n: "+tc.yaml+"\n"), &v); err != nil {
			t.Errorf("%s: decode: %v", tc.yaml, err)
			continue
		}
		n := v.N
		switch {
		case n.Set != tc.set:
			t.Errorf("%s: Set = %v", tc.yaml, n.Set)
		case tc.err == "" && (n.Err() != nil || n.Value != tc.want):
			t.Errorf("%s: %v, %v; want %v", tc.yaml, n.Value, n.Err(), tc.want)
		case tc.err != "" && (n.Err() == nil || !strings.Contains(n.Err().Error(), tc.err)):
			t.Errorf("%s: error %v, want it to say %q", tc.yaml, n.Err(), tc.err)
		}
	}
}

func TestAchieved(t *testing.T) {
	for _, tc := range []struct {
		name           string
		target, actual Number
		want           float64
		ok             bool
	}{
		{"91,5 of 95", N(95), N(91.5), 96.31578947368422, true},
		{"over the target", N(150), N(152), 101.33333333333333, true},
		{"target 0: nothing to divide by", N(0), N(5), 0, false},
		{"no target", Number{}, N(146), 0, false},
		{"no actual", N(12), Number{}, 0, false},
		{"actual 0", N(12), N(0), 0, true},
	} {
		got, ok := Indicator{Target: tc.target, Actual: tc.actual}.Achieved()
		if ok != tc.ok || math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: Achieved() = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
