package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"vanban/internal/progress"
	"vanban/internal/unitplan"
)

// cmdUnitPlan writes the skeleton data file of a unit's own plan from the plan a progress
// folder follows (wiring only: see unitplan.Skeleton).
func cmdUnitPlan(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("ke-hoach-don-vi")
	book := flags.String("theo-doi", "", "tệp theo-doi.yaml của thư mục tiến độ, ví dụ data/tien-do/theo-doi.yaml")
	unit := flags.String("don-vi", "", "mã đơn vị trong danh sách đơn vị, ví dụ huyen-uy-nga-son")
	out := flags.String("o", "", "tệp dữ liệu kết quả (.yaml); bỏ trống: in ra màn hình")
	rest, code, stop := parseArgs("ke-hoach-don-vi", flags, args, stdout, stderr)
	if stop {
		return code
	}
	if len(rest) > 0 || *book == "" || *unit == "" {
		fmt.Fprintln(stderr, "vanban ke-hoach-don-vi: cần -theo-doi và -don-vi, ví dụ: vanban ke-hoach-don-vi -theo-doi data/tien-do/theo-doi.yaml -don-vi huyen-uy-nga-son -o ke-hoach-nga-son.yaml")
		return 2
	}
	if *out != "" {
		if ext := strings.ToLower(filepath.Ext(*out)); ext != ".yaml" && ext != ".yml" {
			fmt.Fprintf(stderr, "vanban ke-hoach-don-vi: tệp kết quả là tệp dữ liệu .yaml, không phải “%s”\n", filepath.Ext(*out))
			return 2
		}
	}
	bk, ds := progress.Open(*book)
	if bk == nil {
		return fail(stderr, ds)
	}
	src, err := unitplan.Skeleton(bk, *unit)
	if err != nil {
		return fail(stderr, err)
	}
	if err := emit(stdout, *out, src, *book); err != nil {
		return fail(stderr, err)
	}
	return 0
}
