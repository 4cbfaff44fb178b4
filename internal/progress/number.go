package progress

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"vanban/internal/vn"
)

// Number is a figure in a progress file (a percent, a target, an actual value) as typed.
// YAML reads 91.5 as a number and 91,5 as text; office staff write both, and "1.250"
// means one thousand two hundred and fifty to them but 1.25 to YAML. So a Number keeps
// the text, and reading it never fails: the checks of [Book.Check] report a figure that
// is not a number, or is ambiguous, at its line and column.
type Number struct {
	Text  string  // as typed, "" when the field is absent or empty
	Value float64 // meaningful when Err() is nil and Set
	Set   bool    // the field has a value
	err   string  // why Text is not a number
}

// N makes a Number of a value, for data built in code.
func N(v float64) Number {
	return Number{Text: strconv.FormatFloat(v, 'f', -1, 64), Value: v, Set: true}
}

// Err says why the text is not a number, or is nil.
func (n Number) Err() error {
	if n.err == "" {
		return nil
	}
	return fmt.Errorf("%s", n.err)
}

// UnmarshalYAML keeps the scalar as typed (go-yaml calls it with the node).
func (n *Number) UnmarshalYAML(node ast.Node) error {
	*n = Number{}
	switch v := node.(type) {
	case *ast.NullNode:
		return nil
	case *ast.IntegerNode, *ast.FloatNode, *ast.StringNode:
		n.Text = strings.TrimSpace(v.GetToken().Value)
		if n.Text == "" {
			return nil
		}
		n.Set = true
		n.Value, n.err = parseNumber(n.Text)
	default:
		n.Set, n.Text = true, node.String()
		n.err = "cần một số, không phải danh sách hay nhóm trường"
	}
	return nil
}

var (
	// reThousands is "1.250" or "12.500.000": dots that group thousands the Vietnamese way.
	reThousands = regexp.MustCompile(`^-?[1-9][0-9]{0,2}(\.[0-9]{3})+$`)
	// reVietnamese is "91,5", "1.250,75", "1250,5": comma decimals, dots between thousands.
	reVietnamese = regexp.MustCompile(`^-?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+),[0-9]+$`)
	rePlain      = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
)

// parseNumber reads 91.5, 91,5, 1250, 1.250,5 and -3; "1.250" is refused as ambiguous.
func parseNumber(s string) (float64, string) {
	switch {
	case strings.HasSuffix(s, "%"):
		return 0, fmt.Sprintf("“%s” có dấu %%: chỉ ghi số, đơn vị tính ghi ở “don_vi_tinh” (phần trăm thì ghi số từ 0 đến 100)", s)
	case reThousands.MatchString(s):
		whole := strings.ReplaceAll(s, ".", "")
		n, _ := strconv.ParseInt(whole, 10, 64)
		return 0, fmt.Sprintf("số “%s” không rõ: nếu là %s thì viết %s (không có dấu chấm); nếu là số thập phân thì viết %s",
			s, vn.NumberWords(n), whole, strings.Replace(s, ".", ",", 1))
	case reVietnamese.MatchString(s):
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), 64)
		if err == nil {
			return f, ""
		}
	case rePlain.MatchString(s):
		f, err := strconv.ParseFloat(s, 64)
		if err == nil {
			return f, ""
		}
	}
	return 0, fmt.Sprintf("“%s” không phải là số — viết ví dụ 95, 91,5 hoặc 1250", s)
}
