package schema

// The Vietnamese documentation of every field, keyed by key path (see Spec.Paths). The
// wording follows docs/du-lieu.md, which office staff read: keep the two in step.

// metaDocs documents model.Meta: the part of every data file that describes the document.
var metaDocs = map[string]Doc{
	"he_thong": {
		Title:       "Hệ thống văn bản",
		Description: "Hệ thống văn bản, quyết định thể thức. Bắt buộc. “dang”: văn bản của Đảng (Hướng dẫn 36-HD/VPTW), quốc hiệu “ĐẢNG CỘNG SẢN VIỆT NAM”; “nha_nuoc”: văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP), quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
	},
	"loai": {
		Title:       "Loại văn bản",
		Description: "Loại văn bản. Bắt buộc. Chọn mẫu văn bản và tên loại mặc định, ví dụ “ke_hoach” in “KẾ HOẠCH”.",
	},
	"co_quan_cap_tren": {
		Title:       "Cơ quan cấp trên",
		Description: "Tên cơ quan cấp trên trực tiếp. Không bắt buộc. In ở dòng trên tên cơ quan ban hành, chữ in hoa, không đậm.",
		Examples:    []any{"TỈNH ỦY THANH HÓA", "UBND TỈNH THANH HÓA"},
	},
	"co_quan": {
		Title:       "Cơ quan ban hành",
		Description: "Tên cơ quan ban hành. Bắt buộc. In chữ in hoa, đậm; dưới tên có dấu * (Đảng) hoặc đường kẻ ngang (nhà nước). Trong ngoặc kép, “\\n” là chỗ xuống dòng.",
		Examples:    []any{"TỈNH ỦY THANH HÓA", "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA"},
	},
	"so": {
		Title:       "Số văn bản",
		Description: "Số văn bản, chỉ gồm chữ số. Không bắt buộc: bỏ trống thì để chỗ trắng cho văn thư ghi số. Ghép với ký hiệu: Đảng “Số 12-KH/TU”, nhà nước “Số: 12/KH-UBND”; số nhỏ hơn 10 tự có số 0 ở trước.",
		Examples:    []any{"12", 5},
	},
	"ky_hieu": {
		Title:       "Ký hiệu văn bản",
		Description: "Ký hiệu văn bản. Bắt buộc. Ghép với số: Đảng “Số 12-KH/TU”, nhà nước “Số: 12/KH-UBND”.",
		Examples:    []any{"KH/TU", "KH-UBND"},
	},
	"dia_danh": {
		Title:       "Địa danh",
		Description: "Địa danh ở dòng ngày tháng. Bắt buộc. In “Thanh Hóa, ngày …” (chữ nghiêng).",
		Examples:    []any{"Thanh Hóa"},
	},
	"ngay": {
		Title:       "Ngày ban hành",
		Description: "Ngày ban hành, dạng NĂM-THÁNG-NGÀY, trong ngoặc kép. Không bắt buộc: phần chưa biết thì bỏ, văn thư ghi tay (“2026-01” in “ngày      tháng 01 năm 2026”). Viết “04/06/2024” là sai; ngày không có thật (“2023-02-31”) cũng sai.",
		Examples:    []any{"2024-06-04", "2026-01", "2026"},
	},
	"ten_loai": {
		Title:       "Tên loại văn bản",
		Description: "Tên loại văn bản, nếu khác tên mặc định của “loai”. Không bắt buộc. In chữ in hoa, đậm, giữa trang.",
		Examples:    []any{"KẾ HOẠCH LIÊN TỊCH"},
	},
	"trich_yeu": {
		Title:       "Trích yếu nội dung",
		Description: "Trích yếu nội dung, in đậm dưới tên loại. Không bắt buộc (nên có). Văn bản của Đảng viết chữ thường ở đầu; văn bản nhà nước viết hoa chữ đầu.",
		Examples:    []any{"Thực hiện chuyển đổi số năm 2026 trên địa bàn tỉnh Thanh Hóa"},
	},
	"tham_quyen": {
		Title:       "Thẩm quyền ban hành",
		Description: "Dòng nêu thẩm quyền ban hành của quyết định nhà nước, in hoa, đậm, giữa trang, trên các căn cứ; sau căn cứ là dòng “QUYẾT ĐỊNH:”. Không bắt buộc; chỉ dùng cho quyết định của văn bản nhà nước (quyết định của Đảng ghi cấp ủy ở trường quyet_dinh).",
		Examples:    []any{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"},
	},
	"kinh_gui": {
		Title:       "Kính gửi",
		Description: "Các nơi được gửi văn bản, in sau “Kính gửi:” ở trên thân văn bản: một nơi thì cùng dòng, nhiều nơi thì mỗi nơi một dòng “- …”. Dùng cho công văn, tờ trình và báo cáo gửi cấp trên. Không bắt buộc. Không ghi dấu cuối dòng: vanban tự thêm “;” (nhà nước) hoặc “,” (Đảng), dòng cuối “.”.",
		Examples:    []any{[]any{"Ủy ban nhân dân tỉnh"}, []any{"Thủ trưởng các sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các xã, phường"}},
	},
	"can_cu": {
		Title:       "Căn cứ ban hành",
		Description: "Các căn cứ ban hành, mỗi căn cứ một phần tử. Không bắt buộc. Không ghi dấu cuối dòng: vanban tự thêm “;” và dấu của căn cứ cuối theo hệ thống văn bản.",
		Examples:    []any{[]any{"Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023"}},
	},
	"nguoi_ky": {
		Title:       "Người ký",
		Description: "Người ký (nhóm trường quyen_han, chuc_vu, ho_ten). Bắt buộc. In thành khối chữ ký bên phải, cạnh nơi nhận.",
	},
	"nguoi_ky.quyen_han": {
		Title:       "Thẩm quyền ký",
		Description: "Thẩm quyền ký, các dòng đầu của khối chữ ký, in hoa, đậm. Không bắt buộc. Một dòng thì viết một chuỗi; ký qua nhiều cấp thì viết danh sách, mỗi dòng một phần tử, theo thứ tự TM. → TL./TUQ. → KT. (“[TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]”). Đảng dùng T/M, K/T, T/L; nhà nước dùng TM., KT., TL., TUQ., Q.",
		Examples:    []any{"T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", []any{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, []any{"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"}},
	},
	"nguoi_ky.chuc_vu": {
		Title:       "Chức vụ người ký",
		Description: "Chức vụ người ký, dòng thứ hai của khối chữ ký, in hoa. Bắt buộc.",
		Examples:    []any{"PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH"},
	},
	"nguoi_ky.ho_ten": {
		Title:       "Họ và tên người ký",
		Description: "Họ và tên người ký, in đậm dưới chỗ ký. Bắt buộc.",
		Examples:    []any{"Trịnh Tuấn Sinh"},
	},
	"noi_nhan": {
		Title:       "Nơi nhận",
		Description: "Danh sách nơi nhận. Không bắt buộc (nên có). Mỗi nơi nhận viết một chuỗi (“- \"Các đồng chí Tỉnh ủy viên\"”) hoặc một nhóm có ghi chú (“- {ten: \"Ban Bí thư Trung ương Đảng\", ghi_chu: b/c}”). Không ghi dấu cuối dòng: vanban tự thêm “,” (Đảng) hoặc “;” (nhà nước).",
	},
	"noi_nhan.ten": {
		Title:       "Tên nơi nhận",
		Description: "Tên nơi nhận, không để trống. Không ghi dấu cuối dòng, trừ khi cần in đúng một dấu khác quy tắc.",
		Examples:    []any{"Ban Bí thư Trung ương Đảng", "Các đồng chí Tỉnh ủy viên"},
	},
	"noi_nhan.ghi_chu": {
		Title:       "Ghi chú nơi nhận",
		Description: "Ghi chú in trong ngoặc đơn sau tên nơi nhận: “b/c” (để báo cáo) in thành “(b/c)”. Không bắt buộc.",
		Examples:    []any{"b/c"},
	},
	"luu": {
		Title:       "Nơi lưu",
		Description: "Dòng lưu, dòng cuối của nơi nhận. Không bắt buộc (nên có). Viết một chuỗi (nơi lưu, chỉ ghi phần sau chữ “Lưu”) hoặc một nhóm có người soạn và số bản (“{noi: \"VT, NC\", nguoi_soan: Châu, so_ban: 2}”). Đảng: “- Lưu Văn phòng Tỉnh ủy.”; nhà nước: “- Lưu: VT, KGVX.”, rồi “Châu(02)” chữ nhỏ.",
		Examples:    []any{"Văn phòng Tỉnh ủy", "VT, KGVX", map[string]any{"noi": "VT, NC", "nguoi_soan": "Châu", "so_ban": 2}},
	},
	"luu.noi": {
		Title:       "Nơi lưu",
		Description: "Nơi lưu văn bản, chỉ ghi phần sau chữ “Lưu” (có gõ “Lưu:” thì cũng chỉ in một lần). Nhà nước: “VT, <viết tắt đơn vị soạn thảo>”; Đảng: tên đơn vị lưu.",
		Examples:    []any{"VT, NC", "Văn phòng Tỉnh ủy"},
	},
	"luu.nguoi_soan": {
		Title:       "Người soạn thảo",
		Description: "Tên hoặc chữ viết tắt của người soạn thảo, in chữ nhỏ ngay sau dòng lưu (“- Lưu: VT, NC.Châu”). Không bắt buộc.",
		Examples:    []any{"Châu", "PL."},
	},
	"luu.so_ban": {
		Title:       "Số bản phát hành",
		Description: "Số bản phát hành, in trong ngoặc đơn sau người soạn thảo, số nhỏ hơn 10 có số 0 ở trước: so_ban: 2 in “(02)”. Không bắt buộc.",
		Examples:    []any{2, 300},
	},
}

// bodyDocs documents data.Document beyond model.Meta: the body, shared by every kind. Each kind
// adds its own root title and description and may reword a field (see kindDocs).
var bodyDocs = map[string]Doc{
	"mo_dau": {
		Title:       "Các đoạn mở đầu",
		Description: "Các đoạn mở đầu, trước phần I (hoặc mục 1., Điều 1.), mỗi đoạn một phần tử. Không bắt buộc. In thành đoạn văn thường, thụt đầu dòng.",
		Examples:    []any{[]any{"Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chuyển đổi số năm 2026 trên địa bàn tỉnh Thanh Hóa như sau:"}},
	},
	"phan": {
		Title:       "Các phần của thân văn bản",
		Description: "Các phần I, II, III … của thân văn bản. Số La Mã do vanban tự đánh (hoặc lấy “so” của phần). Không dùng cùng “muc”.",
	},
	"phan.so": {
		Title:       "Số của phần, như bản gốc",
		Description: "Số La Mã của phần khi bản gốc đánh số khác thứ tự (“V.” ngay sau “III.”), in đúng như gõ; các phần sau không có “so” đánh số tiếp theo. Không bắt buộc: bỏ trống thì vanban tự đánh số. vanban kiem-tra cảnh báo khi số nhảy cóc hay lặp lại.",
		Examples:    []any{"V."},
	},
	"phan.tieu_de": {
		Title:       "Tên phần",
		Description: "Tên phần, viết chữ in hoa như văn bản, không kèm số La Mã. Bắt buộc.",
		Examples:    []any{"MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"},
	},
	"phan.noi_dung": {
		Title:       "Nội dung đầu phần",
		Description: "Các khối nội dung (đoạn văn “doan” hoặc ý gạch đầu dòng “y”) đứng trước mục 1. của phần. Không bắt buộc.",
	},
	"phan.muc": {
		Title:       "Các mục của phần",
		Description: "Các mục 1., 2., 3. … của phần; số do vanban tự đánh. Không bắt buộc.",
	},
	"phan.cot": {
		Title:       "Các cột của bảng phân công",
		Description: "Các cột của bảng phân công nhiệm vụ của phần này, như “cot” của một phụ lục. Không bắt buộc.",
	},
	"phan.cot.ma":     {Title: "Mã cột", Description: "Như “ma” của một cột của phụ lục. Bắt buộc."},
	"phan.cot.ten":    {Title: "Tên cột", Description: "Như “ten” của một cột của phụ lục. Không bắt buộc."},
	"phan.cot.rong":   {Title: "Độ rộng cột", Description: "Như “rong” của một cột của phụ lục. Không bắt buộc."},
	"phan.cot.can_le": {Title: "Căn lề cột", Description: "Như “can_le” của một cột của phụ lục. Không bắt buộc."},
	"phan.bang_nhiem_vu": {
		Title:       "In bảng phân công nhiệm vụ",
		Description: "true: in ở cuối phần này bảng mọi nhiệm vụ của văn bản (STT, nhiệm vụ, chủ trì, phối hợp, thời hạn, sản phẩm). Đặt ở một phần duy nhất; nên dành cho bảng một phần riêng đứng trước phần cuối. Không bắt buộc.",
		Examples:    []any{true},
	},
	"muc": {
		Title:       "Các mục (văn bản không chia phần)",
		Description: "Các mục 1., 2., 3. … của văn bản không chia phần, như công văn, thông báo, tờ trình ngắn; số do vanban tự đánh. Không dùng cùng “phan” (khi đã chia phần, mục đặt trong từng phần).",
	},
	"quyet_dinh": {
		Title:       "Dòng “QUYẾT ĐỊNH:”",
		Description: "Dòng in hoa, đậm, giữa trang, đứng trước Điều 1. Không bắt buộc: bỏ trống thì in “QUYẾT ĐỊNH:” (quyết định nhà nước, thẩm quyền ghi ở tham_quyen). Quyết định của Đảng ghi cả cấp ủy quyết định.",
		Examples:    []any{"BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:", "QUYẾT ĐỊNH:"},
	},
	"dieu": {
		Title:       "Các điều",
		Description: "Các điều của quyết định: Điều 1., Điều 2. …; số do vanban tự đánh. Mỗi điều có hoặc “tieu_de” (tên điều, in đậm cùng “Điều 1.” trên một dòng riêng) hoặc “doan” (nội dung viết liền sau “Điều 1.”), không có cả hai.",
	},
	"dieu.tieu_de": {
		Title:       "Tên điều",
		Description: "Tên điều, in đậm sau “Điều 1.” trên một dòng riêng (“Điều 1. Phạm vi áp dụng”); sau đó là “noi_dung” và các khoản “khoan”. Không dùng cùng “doan”.",
		Examples:    []any{"Vị trí, chức năng"},
	},
	"dieu.doan": {
		Title:       "Nội dung điều",
		Description: "Nội dung của điều, viết liền sau “Điều 1.” (in đậm) trong cùng một đoạn. Không dùng cùng “tieu_de”.",
		Examples:    []any{"Quyết định này có hiệu lực kể từ ngày ký."},
	},
	"dieu.noi_dung": {
		Title:       "Nội dung của điều",
		Description: "Các khối nội dung của điều (đoạn văn “doan” hoặc ý gạch đầu dòng “y”), trước các khoản. Không bắt buộc.",
	},
	"dieu.khoan": {
		Title:       "Các khoản",
		Description: "Các khoản 1., 2. … của điều, cùng dạng với một mục (có “tieu_de” hoặc “doan”, có thể có các điểm a), b) … “diem”); số do vanban tự đánh. Không bắt buộc.",
	},
	"ket_thuc": {
		Title:       "Các đoạn kết thúc",
		Description: "Các đoạn in sau cùng, sau các phần, mục hoặc điều, mỗi đoạn một phần tử, như “Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.”. Không bắt buộc.",
		Examples:    []any{[]any{"Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."}},
	},
	"chi_tieu": {
		Title:       "Các chỉ tiêu của kế hoạch",
		Description: "Các con số kế hoạch đặt ra, mỗi chỉ tiêu một phần tử (“ten”, “don_vi_tinh”, “muc_tieu”). Khi kế hoạch ghi chỉ tiêu, báo cáo tiến độ của các đơn vị ghi chỉ tiêu đúng tên này; tên khác là lỗi, kèm gợi ý tên gần nhất. Không bắt buộc.",
		Examples:    []any{[]any{map[string]any{"ten": "Tỷ lệ hồ sơ giải quyết đúng hẹn", "don_vi_tinh": "%", "muc_tieu": "98"}}},
	},
	"chi_tieu.ten": {
		Title:       "Tên chỉ tiêu",
		Description: "Tên chỉ tiêu, đúng như các đơn vị sẽ ghi trong báo cáo tiến độ.",
		Examples:    []any{"Tỷ lệ hồ sơ giải quyết đúng hẹn"},
	},
	"chi_tieu.don_vi_tinh": {
		Title:       "Đơn vị tính",
		Description: "Đơn vị tính của chỉ tiêu: “%”, “ha”, “hồ sơ” …",
		Examples:    []any{"%"},
	},
	"chi_tieu.muc_tieu": {
		Title:       "Mục tiêu",
		Description: "Con số kế hoạch đặt ra, viết như kế hoạch in (“98”, “9.000”, “91,5”). Đơn vị nào không ghi “ke_hoach” trong báo cáo tiến độ thì lấy số này. Không bắt buộc.",
		Examples:    []any{"98", "9.000"},
	},
	"chu_thich": {
		Title:       "Các chú thích",
		Description: "Lời các chú thích của văn bản, theo nhãn: “\"1\": \"Nguồn: …\"”. Chữ trong thân văn bản tham chiếu bằng [^1] ngay sau chữ cần chú thích; vanban đánh số các chú thích theo thứ tự tham chiếu và in lời chú thích ở chân trang. Nhãn gồm chữ cái không dấu, chữ số và dấu “-”. Một tham chiếu không có lời, một lời không được tham chiếu là lỗi. Không bắt buộc.",
		Examples:    []any{map[string]any{"1": "Nguồn: Cục Thống kê tỉnh, Niên giám thống kê năm 2024."}},
	},
	"muc_diem": {
		Title:       "Mục, điểm hoặc khoản",
		Description: "Một mục (1., 2. …), một điểm (a), b) …) hoặc một khoản của điều. Có hoặc “tieu_de” (tên in đậm trên một dòng riêng) hoặc “doan” (nội dung viết liền sau số), không có cả hai.",
	},
	"muc_diem.so": {
		Title:       "Số của mục, điểm, khoản như bản gốc",
		Description: "Số in trước mục, điểm hoặc khoản, đúng như bản gốc gõ: “1.1.”, “2.10.”, “7.” (khi bản gốc nhảy từ 5. sang 7.), “đ)”. Các mục sau không có “so” đánh số tiếp theo (“1.2.” sau “1.1.”). Không bắt buộc: bỏ trống thì vanban tự đánh số. vanban kiem-tra cảnh báo khi số nhảy cóc hay lặp lại.",
		Examples:    []any{"1.1.", "2.10.", "7.", "đ)"},
	},
	"muc_diem.tieu_de": {
		Title:       "Tên mục",
		Description: "Tên mục, điểm hoặc khoản, in đậm trên một dòng riêng (“1. Mục tiêu chung”), sau đó là “noi_dung” và “diem”. Không dùng cùng “doan”.",
		Examples:    []any{"Mục tiêu chung"},
	},
	"muc_diem.doan": {
		Title:       "Nội dung mục",
		Description: "Nội dung của mục, điểm hoặc khoản, in thành một đoạn văn, số đứng đầu đoạn (“1. Nội dung …”). Không dùng cùng “tieu_de”.",
	},
	"muc_diem.nhiem_vu": {
		Title:       "Nhiệm vụ của mục",
		Description: "Nhiệm vụ giao trong mục, điểm hoặc khoản này: một nhiệm vụ, hoặc danh sách khi đoạn giao nhiều việc. Không in trong đoạn; dùng để theo dõi, làm báo cáo tiến độ và in bảng phân công. Không bắt buộc.",
	},
	"muc_diem.noi_dung": {
		Title:       "Nội dung của mục",
		Description: "Các khối nội dung của mục, điểm hoặc khoản: mỗi khối là một đoạn văn “doan” hoặc một ý gạch đầu dòng “y”. Không bắt buộc.",
	},
	"muc_diem.diem": {
		Title:       "Các điểm",
		Description: "Các điểm a), b), c), d), đ), e) … của mục hoặc khoản, cùng dạng với một mục; chữ cái do vanban tự đánh. Không bắt buộc.",
	},
	"khoi": {
		Title:       "Khối nội dung",
		Description: "Một khối nội dung: hoặc một đoạn văn “doan”, hoặc một ý gạch đầu dòng “y” (có thể có “y_con”), không có cả hai; “sang_trang: true” đưa khối sang trang mới.",
	},
	"khoi.doan": {
		Title:       "Đoạn văn",
		Description: "Một đoạn văn, in thụt đầu dòng. Không dùng cùng “y”; đoạn văn không có “y_con”.",
	},
	"khoi.y": {
		Title:       "Ý gạch đầu dòng",
		Description: "Một ý gạch đầu dòng, in sau “- ”. Không dùng cùng “doan”.",
	},
	"khoi.y_con": {
		Title:       "Các ý con",
		Description: "Các ý con dưới một “y”, in sau “+ ”. Mỗi ý con viết “- y: \"…\"”; chỉ có hai cấp “-” và “+”: ý con không có “y_con” riêng.",
	},
	"khoi.nhiem_vu": {
		Title:       "Nhiệm vụ của khối",
		Description: "Nhiệm vụ mà đoạn văn hoặc ý này giao cho đơn vị: một nhiệm vụ, hoặc danh sách khi đoạn giao nhiều việc. Không in trong đoạn; dùng để theo dõi, làm báo cáo tiến độ và in bảng phân công. Không bắt buộc.",
	},
	"khoi.bang": {
		Title:       "Bảng",
		Description: "Một bảng đứng ở chỗ này của nội dung, như một khối riêng: dòng tiêu đề (dau), các dòng (dong), dòng tổng (tong). Mỗi dòng là danh sách ô, mỗi cột một ô; ô “<<” gộp với ô bên trái, ô “^^” gộp với ô bên trên.",
	},
	"khoi.bang.tieu_de": {
		Title:       "Tên bảng",
		Description: "Tên bảng, in đậm ngay trên bảng và luôn sang trang cùng đầu bảng. Không bắt buộc.",
	},
	"khoi.bang.dau": {
		Title:       "Các dòng tiêu đề",
		Description: "Các dòng tiêu đề của bảng, in đậm, căn giữa; mỗi dòng một danh sách ô. Trang sau lặp lại mọi dòng tiêu đề. Bắt buộc.",
	},
	"khoi.bang.dong": {
		Title:       "Các dòng của bảng",
		Description: "Các dòng thân bảng, mỗi dòng một danh sách ô, đủ một ô cho mỗi cột. Một dòng mà một ô trùm cả bảng (hoặc mọi cột trừ cột đầu) là dòng nhóm, in đậm.",
	},
	"khoi.bang.tong": {
		Title:       "Dòng tổng",
		Description: "Dòng tổng ở cuối bảng (Tổng cộng, Chỉ số chung), in đậm. Không bắt buộc.",
	},
	"khoi.bang.rong": {
		Title:       "Độ rộng các cột",
		Description: "Độ rộng tương đối của từng cột, từ trái sang phải: [1, 6, 2] là cột thứ hai rộng gấp sáu cột đầu. Không có thì cột rộng theo lượng chữ.",
	},
	"khoi.bang.can_le": {
		Title:       "Căn lề các cột",
		Description: "Cách căn chữ từng cột ở các dòng thân bảng: “trai”, “giua” hoặc “phai”. Không có thì căn trái.",
	},
	"y_con": {
		Title:       "Ý con",
		Description: "Một ý con (cấp “+”) dưới một ý gạch đầu dòng: chỉ có “y” và có thể có “nhiem_vu”.",
	},
	"y_con.y": {
		Title:       "Nội dung ý con",
		Description: "Nội dung ý con, in sau “+ ”. Bắt buộc.",
	},
	"y_con.nhiem_vu": {
		Title:       "Nhiệm vụ của ý con",
		Description: "Nhiệm vụ mà ý con này giao cho đơn vị: một nhiệm vụ, hoặc danh sách khi ý giao nhiều việc. Không in trong đoạn; dùng để theo dõi, làm báo cáo tiến độ và in bảng phân công. Không bắt buộc.",
	},
	"nhiem_vu": {
		Title:       "Nhiệm vụ",
		Description: "Việc giao cho đơn vị. Chữ của nhiệm vụ là chính đoạn, ý mang nó; các trường ở đây không in trong đoạn mà dùng để theo dõi, đôn đốc, làm báo cáo tiến độ và in bảng phân công.",
	},
	"nhiem_vu.ma": {
		Title:       "Mã nhiệm vụ",
		Description: "Mã nhiệm vụ, duy nhất trong văn bản; báo cáo tiến độ dùng mã này. Bắt buộc. Nên đặt theo vị trí (“II.1.a”: nhiệm vụ thứ nhất của mục 1 phần II); đã ban hành thì không đổi mã.",
		Examples:    []any{"II.2.a", "III.3"},
	},
	"nhiem_vu.ten": {
		Title:       "Tên ngắn của nhiệm vụ",
		Description: "Tên của nhiệm vụ, khác chữ của đoạn mang nó khi văn phòng muốn: in trong bảng phân công, báo cáo tiến độ, công văn đôn đốc. Không bắt buộc (nên có).",
		Examples:    []any{"Xử lý chất thải rắn"},
	},
	"nhiem_vu.chu_tri": {
		Title:       "Đơn vị chủ trì",
		Description: "Các đơn vị chủ trì, ít nhất một; là danh sách, kể cả khi chỉ có một đơn vị. Bắt buộc.",
		Examples:    []any{[]any{"Sở Khoa học và Công nghệ"}, []any{"Các sở, ban, ngành", "UBND các xã, phường"}},
	},
	"nhiem_vu.phoi_hop": {
		Title:       "Đơn vị phối hợp",
		Description: "Các đơn vị phối hợp. Không bắt buộc.",
		Examples:    []any{[]any{"Sở Tư pháp", "Công an tỉnh"}},
	},
	"nhiem_vu.thoi_han": {
		Title:       "Thời hạn",
		Description: "Thời hạn: một ngày NĂM-THÁNG-NGÀY (in trong bảng “30/9/2026”) hoặc chữ (in nguyên văn, chữ đầu viết hoa). Văn bản không nêu hạn thì ghi “thường xuyên”. Không bắt buộc.",
		Examples:    []any{"2026-09-30", "Quý II/2026", "thường xuyên"},
	},
	"nhiem_vu.han_theo_doi": {
		Title:       "Hạn theo dõi",
		Description: "Ngày dùng để theo dõi, đôn đốc nhiệm vụ (NĂM-THÁNG-NGÀY, hoặc cách viết thời hạn mà vanban đọc được), khi “thoi_han” in trong văn bản không nêu được một ngày (“Sau 03 tháng kể từ khi có văn bản của Trung ương”). Không in trong văn bản; báo cáo tiến độ và công văn đôn đốc tính quá hạn theo ngày này. Không bắt buộc.",
		Examples:    []any{"2026-06-30"},
	},
	"nhiem_vu.theo_doi": {
		Title:       "Theo dõi, kiểm tra, đôn đốc",
		Description: "Các cơ quan theo dõi, kiểm tra, đôn đốc nhiệm vụ (cột “Theo dõi, kiểm tra, đôn đốc” của bảng phân công). Không bắt buộc.",
		Examples:    []any{[]any{"Sở Nội vụ"}},
	},
	"nhiem_vu.san_pham": {
		Title:       "Sản phẩm",
		Description: "Sản phẩm phải có khi hoàn thành nhiệm vụ. Không bắt buộc.",
		Examples:    []any{"Quyết định ban hành quy chế của UBND tỉnh"},
	},
}

// attachedDocs documents the document a quyết định issues with it (data.Attached) beyond its
// articles and sections, which read as the body's (underAttached).
var attachedDocs = map[string]Doc{
	"van_ban_kem_theo": {
		Title:       "Văn bản ban hành kèm theo",
		Description: "Văn bản mà quyết định ban hành (“Điều 1. Ban hành kèm theo Quyết định này Quy chế …”): quy chế, quy định (các chương, điều) hoặc kế hoạch, chương trình (các phần). In sau chữ ký của quyết định, sang trang mới, có phần đầu không số và ngày, tên loại, tên văn bản và dòng “(Kèm theo Quyết định số …)” lấy số, ký hiệu, ngày của quyết định. Không có số, ngày, người ký riêng. Chỉ quyết định mới có.",
	},
	"van_ban_kem_theo.ten_loai": {
		Title:       "Tên loại văn bản kèm theo",
		Description: "Tên loại, in hoa, đậm, giữa trang. Bắt buộc.",
		Examples:    []any{"QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH"},
	},
	"van_ban_kem_theo.trich_yeu": {
		Title:       "Tên văn bản kèm theo",
		Description: "Tên văn bản, in đậm dưới tên loại. Bắt buộc. Nhà nước viết hoa chữ đầu; Đảng viết chữ thường ở đầu.",
		Examples:    []any{"Làm việc của Ủy ban nhân dân tỉnh Thanh Hóa nhiệm kỳ 2021 - 2026", "làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030"},
	},
	"van_ban_kem_theo.cua": {
		Title:       "Người ban hành quyết định",
		Description: "Người (cơ quan) ban hành quyết định như dòng “(Kèm theo Quyết định số … của …)” ghi, không có chữ “của”. Không bắt buộc: bỏ trống thì để chỗ trắng.",
		Examples:    []any{"Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", "Ban Thường vụ Tỉnh ủy"},
	},
	"van_ban_kem_theo.mo_dau": {
		Title:       "Các đoạn mở đầu",
		Description: "Các đoạn trước chương (điều, phần) đầu tiên, mỗi đoạn một phần tử. Không bắt buộc.",
	},
	"van_ban_kem_theo.chuong": {
		Title:       "Các chương",
		Description: "Các chương (Chương I, II …, số do vanban tự đánh), mỗi chương có tên và các điều; các điều đánh số tiếp nhau qua các chương. Không dùng cùng “dieu” hay “phan”.",
	},
	"van_ban_kem_theo.chuong.tieu_de": {
		Title:       "Tên chương",
		Description: "Tên chương, in hoa, đậm, giữa trang dưới “Chương I”. Bắt buộc.",
		Examples:    []any{"QUY ĐỊNH CHUNG", "ĐIỀU KHOẢN THI HÀNH"},
	},
	"van_ban_kem_theo.chuong.dieu": {
		Title:       "Các điều của chương",
		Description: "Các điều của chương, ít nhất một; số điều tiếp theo chương trước. Mỗi điều có hoặc “tieu_de” hoặc “doan”.",
	},
	"van_ban_kem_theo.dieu": {
		Title:       "Các điều",
		Description: "Các điều của văn bản kèm theo không chia chương: Điều 1., Điều 2. … Không dùng cùng “chuong” hay “phan”.",
	},
	"van_ban_kem_theo.phan": {
		Title:       "Các phần",
		Description: "Các phần I, II … của kế hoạch, chương trình kèm theo, như “phan” của một kế hoạch (có thể có nhiệm vụ và bảng phân công). Không dùng cùng “chuong” hay “dieu”.",
	},
	"van_ban_kem_theo.ket_thuc": {
		Title:       "Các đoạn kết thúc",
		Description: "Các đoạn in sau cùng của văn bản kèm theo, mỗi đoạn một phần tử. Không bắt buộc.",
	},
}
