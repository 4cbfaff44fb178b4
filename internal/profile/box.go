package profile

// BoxStyle is the look of a framed box (khung: the sample layout of a backdrop inside a
// hướng dẫn) and the sizes its lines may be typed in. A profile without it frames with the
// table's rule and padding and bounds no size.
type BoxStyle struct {
	// PaddingPT is the space between the frame and the text; RuleWidthPT the frame's width.
	PaddingPT   float64 `yaml:"dem_pt"`
	RuleWidthPT float64 `yaml:"net_pt"`
	// MinSize and MaxSize bound the sizes typed before a line ("{18 đậm}"); 0 bounds none.
	MinSize float64 `yaml:"co_chu_nho_nhat"`
	MaxSize float64 `yaml:"co_chu_lon_nhat"`
}
