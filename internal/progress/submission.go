package progress

import (
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Submission is one unit's progress file for one period:
// <thư mục tiến độ>/<ky>/<don_vi>.yaml. The yaml fields are what the unit types; Period
// and Sent are those read by [Book.Check] (or set in code).
type Submission struct {
	PlanID     string       `yaml:"ke_hoach"`
	UnitID     string       `yaml:"don_vi"`
	PeriodText string       `yaml:"ky"`
	SentText   string       `yaml:"ngay_gui"`
	Tasks      []TaskReport `yaml:"nhiem_vu"`
	Indicators []Indicator  `yaml:"chi_tieu,omitempty"`

	// File is the name the file was read under, for messages.
	File string `yaml:"-"`
	// Period is PeriodText read; Sent is SentText read (a full date).
	Period Period  `yaml:"-"`
	Sent   vn.Date `yaml:"-"`

	loc *yamlfile.Locator
}

// TaskReport is what a unit reports on one task of the plan.
type TaskReport struct {
	ID           string `yaml:"ma"`
	Status       Status `yaml:"trang_thai"`
	Percent      Number `yaml:"phan_tram,omitempty"`
	Result       string `yaml:"ket_qua,omitempty"`
	Difficulties string `yaml:"kho_khan,omitempty"`
	Proposals    string `yaml:"de_xuat,omitempty"`
}

// Indicator is a figure a unit reports (chỉ tiêu): what is measured, its unit of
// measure, the target and the actual value so far. Actual is cumulative (lũy kế): the
// figure since the start of the target's time, not the period's increment, so the latest
// report is the one that counts.
type Indicator struct {
	Name    string `yaml:"ten"`
	Measure string `yaml:"don_vi_tinh"`
	Target  Number `yaml:"ke_hoach,omitempty"`
	Actual  Number `yaml:"thuc_hien"`
	Note    string `yaml:"ghi_chu,omitempty"`
}

// Achieved is Actual as a percent of Target; ok is false when either is missing or the
// target is 0 (nothing to divide by).
func (in Indicator) Achieved() (pct float64, ok bool) {
	if !in.Target.Set || !in.Actual.Set || in.Target.Err() != nil || in.Actual.Err() != nil || in.Target.Value == 0 {
		return 0, false
	}
	return in.Actual.Value / in.Target.Value * 100, true
}

// Decode reads a progress file strictly (unknown keys, duplicate keys and wrong types are
// errors, in Vietnamese at line:col, as for a plan). It does not check the content: that
// is [Book.Check].
func Decode(name string, src []byte) (*Submission, error) {
	s, err := yamlfile.Parse(name, src)
	if err != nil {
		return nil, asList(err)
	}
	var sub Submission
	if err := s.Decode(&sub); err != nil {
		return nil, asList(err)
	}
	sub.File, sub.loc = name, s.Locator()
	return &sub, nil
}
