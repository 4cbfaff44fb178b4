package schema

// appendixDocs documents the phụ lục written in a data file (data.Appendix), and the page
// break a block may ask for; every kind has them. The wording follows docs/du-lieu.md.
var appendixDocs = map[string]Doc{
	"phu_luc": {
		Title:       "Các phụ lục",
		Description: "Các phụ lục in sau chữ ký, mỗi phụ lục bắt đầu trang mới và đánh số trang lại từ 1. Không bắt buộc.",
	},
	"phu_luc.nhan": {
		Title:       "Nhãn phụ lục",
		Description: "Nhãn của phụ lục, in đậm giữa trang, ví dụ “Phụ lục I”. Bỏ trống: “Phụ lục” (một phụ lục), “Phụ lục I”, “Phụ lục II” … (nhiều phụ lục).",
		Examples:    []any{"Phụ lục I", "Phụ lục 01"},
	},
	"phu_luc.tieu_de": {
		Title:       "Tên phụ lục",
		Description: "Tên phụ lục, in đậm giữa trang dưới nhãn. Bắt buộc. Trong ngoặc kép, “\\n” là chỗ xuống dòng; tên nhiều dòng vẫn là một tên.",
		Examples:    []any{"BẢNG PHÂN CÔNG NHIỆM VỤ", "DANH MỤC CÁC CHỈ TIÊU\nCHUYỂN ĐỔI SỐ NĂM 2026"},
	},
	"phu_luc.ghi_chu": {
		Title:       "Dòng “(Kèm theo …)”",
		Description: "Dòng ghi chú dưới tên phụ lục, in nghiêng giữa trang, giữ nguyên các khoảng trống để văn thư ghi số và ngày. Không bắt buộc.",
		Examples:    []any{"(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)"},
	},
	"phu_luc.ngang": {
		Title:       "Phụ lục trang ngang",
		Description: "true: các trang của phụ lục xoay ngang (bảng rộng). Không bắt buộc.",
	},
	"phu_luc.noi_dung": {
		Title:       "Nội dung phụ lục",
		Description: "Các khối nội dung của phụ lục: đoạn văn “doan”, ý “y” (có thể có “sang_trang”). Không bắt buộc.",
	},
	"phu_luc.bang_nhiem_vu": {
		Title:       "Bảng phân công nhiệm vụ",
		Description: "true: in bảng mọi nhiệm vụ của văn bản (STT, nhiệm vụ, chủ trì, phối hợp, thời hạn, sản phẩm) sau nội dung của phụ lục. Không bắt buộc.",
	},
	"phu_luc.cot": {
		Title:       "Các cột của bảng phân công",
		Description: "Các cột của bảng phân công nhiệm vụ, theo thứ tự in, mỗi cột là mã của nó hoặc {ma, ten, rong, can_le}: stt (STT), ma (Mã), nhiem_vu (Nhiệm vụ), san_pham (Sản phẩm), thoi_han (Thời hạn), chu_tri (Chủ trì), phoi_hop (Phối hợp), theo_doi (Theo dõi, kiểm tra, đôn đốc). Không có thì: stt, nhiem_vu, chu_tri, phoi_hop, thoi_han, san_pham.",
		Examples:    []any{[]any{"stt", "nhiem_vu", "san_pham", map[string]any{"ma": "thoi_han", "ten": "Thời gian hoàn thành"}, "chu_tri", "phoi_hop", "theo_doi"}},
	},
	"phu_luc.cot.ma": {
		Title:       "Mã cột",
		Description: "Cột nào: stt, ma, nhiem_vu, san_pham, thoi_han, chu_tri, phoi_hop hoặc theo_doi. Bắt buộc.",
	},
	"phu_luc.cot.ten": {
		Title:       "Tên cột",
		Description: "Tên in ở dòng tiêu đề của cột, khi văn phòng gọi khác tên mặc định: “Thời gian hoàn thành”, “Chủ trì thực hiện”. Không bắt buộc.",
	},
	"phu_luc.cot.rong": {
		Title:       "Độ rộng cột",
		Description: "Độ rộng tương đối của cột, như “rong” của một bảng; ghi cho mọi cột hoặc không cột nào. Không bắt buộc.",
	},
	"phu_luc.cot.can_le": {
		Title:       "Căn lề cột",
		Description: "Cách căn chữ của cột ở các dòng thân bảng: “trai”, “giua” hoặc “phai”. Không có thì STT, Mã, Thời hạn căn giữa, các cột khác căn trái.",
	},
	"phu_luc.bang_sang_trang": {
		Title:       "Mỗi bảng một trang mới",
		Description: "true: mỗi bảng (biểu mẫu) của phụ lục bắt đầu trang mới, trừ bảng đứng ngay đầu phụ lục. Không bắt buộc.",
	},
	"khoi.sang_trang": {
		Title:       "Khối sang trang mới",
		Description: "true: khối này (đoạn, ý) bắt đầu ở trang mới. Không đặt trên ý con. Không bắt buộc.",
	},
}

// appendixRules are the checks of data.checkAppendices.
var appendixRules = map[string]Rule{
	"phu_luc.tieu_de": {NonBlank: true},
	"phu_luc.cot":     {OrString: "ma"},
	"phu_luc.cot.ma":  {NonBlank: true},
}
