package main

import (
	"io"
	"path/filepath"

	"vanban/internal/pipeline"
	"vanban/internal/progress"
	"vanban/internal/unitplan"
)

// cmdUnitPlan writes the skeleton data file of a unit's own plan from the plan a progress
// folder follows (wiring only: see unitplan.Skeleton).
func cmdUnitPlan(args []string, stdout, stderr io.Writer) int {
	var f folderOpts
	flags := newFlagSet("ke-hoach-don-vi")
	f.declare(flags, "", "mã đơn vị trong danh sách đơn vị, ví dụ huyen-uy-nga-son")
	out := flags.String("o", "", "tệp dữ liệu kết quả (.yaml); bỏ trống: in ra màn hình")
	if code, stop := f.parse("ke-hoach-don-vi", flags, args, stdout, stderr, false,
		"vanban ke-hoach-don-vi -theo-doi data/tien-do/theo-doi.yaml -don-vi huyen-uy-nga-son -o ke-hoach-nga-son.yaml", "theo-doi", "don-vi"); stop {
		return code
	}
	if *out != "" && !pipeline.IsData(*out) {
		errorf(stderr, "vanban ke-hoach-don-vi: tệp kết quả là tệp dữ liệu .yaml, không phải “%s”\n", filepath.Ext(*out))
		return 2
	}
	bk, ds := progress.Open(f.book)
	if bk == nil {
		return fail(stderr, ds)
	}
	src, err := unitplan.Skeleton(bk, f.unit)
	if err != nil {
		return fail(stderr, err)
	}
	// The skeleton never replaces what it was read from.
	if err := emit(stdout, *out, src, f.book, bk.PlanFile, bk.RegistryFile); err != nil {
		return fail(stderr, err)
	}
	return 0
}
