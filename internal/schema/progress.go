package schema

import (
	"reflect"

	"vanban/internal/progress"
)

// ProgressFile is the schema of the progress files: one unit's report for one period,
// <thư mục tiến độ>/<ky>/<ma-don-vi>.yaml (docs/tien-do.md, mục 4).
const ProgressFile = "tien-do.schema.json"

// Patterns of the progress files' fields the loader checks by shape.
const (
	// PeriodPattern is the period as its folder is named (progress.ParsePeriod): a year,
	// a two-digit month, a quarter or a half-year.
	PeriodPattern = `^[0-9]{4}(-(0[1-9]|1[0-2])|-quy-[1-4]|-6-thang-(dau|cuoi))?$`
	// FullDatePattern is DatePattern with the month and day both written.
	FullDatePattern = `^[0-9]{4}-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$`
	// FigurePattern is a figure typed as text that progress.Number reads: 95, 91.5, 91,5,
	// 1250,5, 1.250,75, -3. "1.250" (dots between thousands, no decimals) matches but the
	// loader refuses it as ambiguous.
	FigurePattern = `^\s*-?([0-9]+(\.[0-9]+)?|([0-9]{1,3}(\.[0-9]{3})+|[0-9]+),[0-9]+)\s*$`
)

// Progress is the schema of the progress files. They have no "loai" (Loai is empty):
// vanban tells them by their place and their "don_vi" key.
func Progress() Kind {
	statuses := make([]string, len(progress.Statuses))
	labels := make([]string, len(progress.Statuses))
	for i, s := range progress.Statuses {
		statuses[i], labels[i] = string(s), s.Label()
	}
	figure := Rule{
		Types:          []string{"number", "string"},
		Pattern:        FigurePattern,
		PatternMessage: "chỉ ghi số, ví dụ 95, 91,5 hoặc 1250: không có dấu %, không có chữ, không có dấu chấm ngăn cách hàng nghìn",
		Message:        "chỉ ghi số, ví dụ 95, 91,5 hoặc 1250",
	}
	percent := figure
	percent.Minimum = ptr(0)
	return Kind{
		File: ProgressFile,
		Spec: Spec{
			ID:   ProgressFile,
			Root: reflect.TypeFor[progress.Submission](),
			Docs: progressDocs,
			Rules: map[string]Rule{
				"ke_hoach": {NonBlank: true},
				"don_vi":   {NonBlank: true},
				"ky": {
					Pattern:        PeriodPattern,
					PatternMessage: "viết kỳ như tên thư mục kỳ: “2024-09” (tháng), “2024-quy-4” (quý), “2024-6-thang-dau” hoặc “2024-6-thang-cuoi” (6 tháng), “2024” (năm)",
					Message:        "đặt kỳ trong ngoặc kép, ví dụ “2024-11” hoặc “2024”",
				},
				"ngay_gui": {
					Pattern:        FullDatePattern,
					PatternMessage: "viết ngày gửi đủ NĂM-THÁNG-NGÀY, ví dụ “2024-11-04”",
					Message:        "đặt ngày gửi trong ngoặc kép, dạng NĂM-THÁNG-NGÀY, ví dụ “2024-11-04”",
				},
				"nhiem_vu":    {MinItems: 1},
				"nhiem_vu.ma": {NonBlank: true, Message: "mã nhiệm vụ là chữ: mã chỉ gồm số và dấu chấm thì đặt trong ngoặc kép, ví dụ “1.10”"},
				"nhiem_vu.trang_thai": {
					Enum:     statuses,
					EnumDocs: labels,
					Message:  "chỉ dùng một trong: hoan_thanh, dang_thuc_hien, cham_tien_do, tam_dung, chua_trien_khai (chữ không dấu, nối bằng dấu gạch dưới)",
				},
				"nhiem_vu.phan_tram":   percent,
				"chi_tieu.ten":         {NonBlank: true},
				"chi_tieu.don_vi_tinh": {NonBlank: true},
				"chi_tieu.ke_hoach":    figure,
				"chi_tieu.thuc_hien":   figure,
			},
		},
	}
}

// progressDocs documents progress.Submission; the wording follows docs/tien-do.md, mục 4
// and 5: keep the two in step.
var progressDocs = map[string]Doc{
	"": {
		Title:       "Tệp báo cáo tiến độ của đơn vị (vanban)",
		Description: "Báo cáo tiến độ của một đơn vị trong một kỳ về một kế hoạch được theo dõi: data/tien-do/<kỳ>/<mã đơn vị>.yaml. Tên thư mục phải trùng “ky”, tên tệp phải trùng “don_vi”. Mô tả đầy đủ: docs/tien-do.md.",
	},
	"ke_hoach": {
		Title:       "Mã kế hoạch",
		Description: "Mã kế hoạch: tên tệp kế hoạch bỏ đuôi .yaml (“ke-hoach-81-kl-tw”); ghi cả đường dẫn tệp cũng được. Bắt buộc. Phải là kế hoạch của thư mục tiến độ (theo-doi.yaml).",
		Examples:    []any{"ke-hoach-81-kl-tw"},
	},
	"don_vi": {
		Title:       "Mã đơn vị",
		Description: "Mã đơn vị trong danh sách đơn vị (không ghi tên), trùng tên tệp. Bắt buộc.",
		Examples:    []any{"huyen-uy-ba-thuoc"},
	},
	"ky": {
		Title:       "Kỳ báo cáo",
		Description: "Kỳ báo cáo, viết như tên thư mục kỳ, trong ngoặc kép. Bắt buộc. Tháng “2024-09” (tháng có hai chữ số), quý “2024-quy-4”, 6 tháng “2024-6-thang-dau” hoặc “2024-6-thang-cuoi”, năm “2024”. Viết “2024-9”, “2024-Q4” hay “Quý IV/2024” là sai.",
		Examples:    []any{"2024-11", "2024-quy-4", "2024-6-thang-dau", "2024-6-thang-cuoi", "2024"},
	},
	"ngay_gui": {
		Title:       "Ngày gửi báo cáo",
		Description: "Ngày đơn vị gửi báo cáo, đủ NĂM-THÁNG-NGÀY, trong ngoặc kép: “2024-11-04”. Bắt buộc. Không được trước ngày đầu kỳ; sau hạn gửi của kỳ thì bị cảnh báo gửi muộn.",
		Examples:    []any{"2024-11-04"},
	},
	"nhiem_vu": {
		Title:       "Các nhiệm vụ được báo cáo",
		Description: "Các nhiệm vụ được báo cáo, ít nhất một. Bắt buộc. Nhiệm vụ không ghi thì giữ trạng thái đã báo ở kỳ trước; nhiệm vụ đã hoàn thành thường không cần ghi lại.",
	},
	"nhiem_vu.ma": {
		Title:       "Mã nhiệm vụ",
		Description: "Mã nhiệm vụ trong kế hoạch (“ma” của “nhiem_vu” trong tệp kế hoạch): “II.1.a”, “III.2”. Bắt buộc.",
		Examples:    []any{"II.1.a", "III.2"},
	},
	"nhiem_vu.trang_thai": {
		Title:       "Trạng thái nhiệm vụ",
		Description: "Một trong năm trạng thái, viết không dấu, nối bằng dấu gạch dưới: “chua_trien_khai” (chưa triển khai), “dang_thuc_hien” (đang thực hiện, đúng tiến độ), “cham_tien_do” (đang thực hiện nhưng chậm so với yêu cầu), “tam_dung” (tạm dừng), “hoan_thanh” (hoàn thành). Bắt buộc.",
		Examples:    []any{"dang_thuc_hien", "hoan_thanh"},
	},
	"nhiem_vu.phan_tram": {
		Title:       "Phần trăm khối lượng đã làm",
		Description: "Phần trăm khối lượng đã làm, từ 0 đến 100; chỉ ghi khi có nghĩa (nhiệm vụ có sản phẩm cụ thể). Nhiệm vụ “thường xuyên” thường không ghi. Không bắt buộc. Chỉ ghi số, không ghi dấu %; “hoan_thanh” thì phải là 100, “chua_trien_khai” thì không lớn hơn 0.",
		Examples:    []any{70, "91,5"},
	},
	"nhiem_vu.ket_qua": {
		Title:       "Kết quả",
		Description: "Những việc đã làm trong kỳ, viết thành câu như trong báo cáo: báo cáo tổng hợp dùng nguyên đoạn này. Cần có, trừ khi chưa triển khai (thiếu thì cảnh báo).",
	},
	"nhiem_vu.kho_khan": {
		Title:       "Khó khăn, vướng mắc",
		Description: "Khó khăn, vướng mắc. Cần có khi chậm tiến độ hoặc tạm dừng (thiếu thì cảnh báo).",
	},
	"nhiem_vu.de_xuat": {
		Title:       "Đề xuất, kiến nghị",
		Description: "Đề xuất, kiến nghị. Không bắt buộc.",
	},
	"chi_tieu": {
		Title:       "Các chỉ tiêu",
		Description: "Số liệu các chỉ tiêu. Không bắt buộc.",
	},
	"chi_tieu.ten": {
		Title:       "Tên chỉ tiêu",
		Description: "Tên chỉ tiêu; đơn vị nào cũng ghi cùng một tên cho cùng một chỉ tiêu để tổng hợp được. Bắt buộc.",
		Examples:    []any{"Diện tích trồng rừng mới"},
	},
	"chi_tieu.don_vi_tinh": {
		Title:       "Đơn vị tính",
		Description: "Đơn vị tính: “%”, “ha”, “tin, bài”, “cơ sở” … Bắt buộc.",
		Examples:    []any{"%", "ha", "tin, bài"},
	},
	"chi_tieu.ke_hoach": {
		Title:       "Chỉ tiêu kế hoạch",
		Description: "Chỉ tiêu kế hoạch (mục tiêu). Không bắt buộc. Viết số không có dấu ngăn cách hàng nghìn (1200, không viết 1.200); số thập phân viết dấu phẩy (91,5) hoặc dấu chấm (91.5); không ghi dấu %.",
		Examples:    []any{1200, "91,5"},
	},
	"chi_tieu.thuc_hien": {
		Title:       "Số đã thực hiện",
		Description: "Số đã thực hiện, lũy kế đến hết kỳ (không phải số phát sinh riêng trong kỳ). Bắt buộc. Viết số không có dấu ngăn cách hàng nghìn (1120, không viết 1.120); số thập phân viết dấu phẩy (91,5) hoặc dấu chấm (91.5); không ghi dấu %.",
		Examples:    []any{1120, "91,5"},
	},
	"chi_tieu.ghi_chu": {
		Title:       "Ghi chú",
		Description: "Ghi chú, ví dụ “lũy kế từ đầu năm 2024”. Không bắt buộc.",
	},
}
