package data

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"vanban/internal/diag"
	"vanban/internal/model"
	"vanban/internal/vn"
	"vanban/internal/yamlfile"
)

// Load decodes and checks a document of any kind (see [Document]). The error, when not nil,
// is a diag.List that holds every problem found, each at its line and column.
func Load(name string, src []byte) (*Document, error) {
	s, err := yamlfile.Parse(name, src)
	if err != nil {
		return nil, err
	}
	return FromSource(s)
}

// FromSource decodes and checks a document from a parsed source. The body is checked as its
// kind ("loai") divides it; a kind that is not in [Kinds] (internal/pipeline refuses those) is
// checked as a [Free] body.
func FromSource(s *yamlfile.Source) (*Document, error) {
	var p Document
	if err := s.Decode(&p); err != nil {
		return nil, err
	}
	loc := s.Locator()
	ds := CheckMeta(loc, &p.Meta)
	ds = append(ds, checkShape(loc, &p)...)
	ds = append(ds, checkParagraphs(loc, "$.mo_dau", "đoạn mở đầu", p.Opening)...)
	ids := map[string]string{}
	ds = append(ds, checkSections(loc, "$.phan", p.Sections, ids)...)
	ds = append(ds, checkItems(loc, "$.muc", p.Items, ids)...)
	if p.Decides != "" && strings.TrimSpace(p.Decides) == "" {
		ds = append(ds, loc.Errorf("$.quyet_dinh", "xóa dòng này để in “QUYẾT ĐỊNH:”", "dòng “quyet_dinh” để trống"))
	}
	ds = append(ds, checkArticles(loc, "$.dieu", p.Articles, 0, ids)...)
	ds = append(ds, checkParagraphs(loc, "$.ket_thuc", "đoạn kết thúc", p.Closing)...)
	ds = append(ds, checkAppendices(loc, p.Appendices, ids)...)
	ds = append(ds, checkAttached(loc, p.Attached, ids)...)
	// In the order of the file, as the user reads it; on one line, in the order found.
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Line < ds[j].Line })
	if err := ds.Err(); err != nil {
		return nil, err
	}
	return &p, nil
}

// checkSections checks the sections at path: each has a title, and its blocks and items
// are right.
func checkSections(loc *yamlfile.Locator, path string, secs []Section, ids map[string]string) diag.List {
	var ds diag.List
	for i, s := range secs {
		p := fmt.Sprintf("%s[%d]", path, i)
		if strings.TrimSpace(s.Title) == "" {
			ds = append(ds, loc.Errorf(p, "viết tên phần in hoa, ví dụ “tieu_de: MỤC ĐÍCH, YÊU CẦU”",
				"phần thứ %d thiếu “tieu_de”", i+1))
		}
		ds = append(ds, checkBlocks(loc, p+".noi_dung", s.Content, ids, false)...)
		ds = append(ds, checkItems(loc, p+".muc", s.Items, ids)...)
		ds = append(ds, checkColumns(loc, p, s.TaskTable, s.TaskColumns)...)
	}
	return ds
}

// checkArticles checks the articles at path, the first of which is printed as number
// first+1: each has either a title or a text, and its blocks and clauses are right.
func checkArticles(loc *yamlfile.Locator, path string, arts []Article, first int, ids map[string]string) diag.List {
	var ds diag.List
	for i, a := range arts {
		p := fmt.Sprintf("%s[%d]", path, i)
		hasTitle, hasText := strings.TrimSpace(a.Title) != "", strings.TrimSpace(a.Text) != ""
		switch {
		case hasTitle && hasText:
			ds = append(ds, loc.Errorf(p, "dùng “tieu_de” cho điều có tên (“Điều 1. Phạm vi áp dụng”, in đậm) rồi “noi_dung”, “khoan”; dùng “doan” cho điều viết liền sau “Điều 1.”",
				"điều có cả “tieu_de” và “doan”"))
		case !hasTitle && !hasText:
			ds = append(ds, loc.Errorf(p, "thêm “doan: …” (nội dung viết liền sau “Điều %d.”) hoặc “tieu_de: …”", "điều thứ %d thiếu cả “tieu_de” lẫn “doan”", first+i+1))
		}
		ds = append(ds, checkBlocks(loc, p+".noi_dung", a.Content, ids, false)...)
		ds = append(ds, checkItems(loc, p+".khoan", a.Clauses, ids)...)
	}
	return ds
}

// checkAttached checks the document issued with a quyết định: its type name and title,
// and a body of chapters, articles or sections (one of the three).
func checkAttached(loc *yamlfile.Locator, a *Attached, ids map[string]string) diag.List {
	if a == nil {
		return nil
	}
	const at = "$.van_ban_kem_theo"
	var ds diag.List
	if strings.TrimSpace(a.TypeName) == "" {
		ds = append(ds, loc.Errorf(at, "tên loại của văn bản kèm theo, ví dụ “ten_loai: QUY CHẾ”", "văn bản kèm theo thiếu “ten_loai”"))
	}
	if strings.TrimSpace(a.Subject) == "" {
		ds = append(ds, loc.Errorf(at, "tên văn bản in dưới tên loại, ví dụ “trich_yeu: Làm việc của Ủy ban nhân dân tỉnh …”", "văn bản kèm theo thiếu “trich_yeu”"))
	}
	switch {
	case len(a.Chapters) == 0 && len(a.Articles) == 0 && len(a.Sections) == 0:
		ds = append(ds, loc.Errorf(at, "thêm các chương “chuong” (quy chế, quy định), các điều “dieu” hoặc các phần “phan” (kế hoạch, chương trình)",
			"văn bản kèm theo chưa có nội dung: cần một trong “chuong”, “dieu”, “phan”"))
	case len(a.Chapters) > 0 && len(a.Articles) > 0:
		ds = append(ds, loc.KeyErrorf(at+".dieu", "đưa các điều này vào một chương (“dieu” của chương), hoặc bỏ “chuong”",
			"văn bản kèm theo có cả chương (“chuong”) lẫn điều ngoài chương (“dieu”)"))
	case len(a.Sections) > 0 && len(a.Chapters)+len(a.Articles) > 0:
		ds = append(ds, loc.KeyErrorf(at+".phan", "văn bản chia chương, điều thì bỏ “phan”; văn bản chia phần thì bỏ “chuong”, “dieu”",
			"văn bản kèm theo có cả phần (“phan”) lẫn chương, điều"))
	}
	ds = append(ds, checkParagraphs(loc, at+".mo_dau", "đoạn mở đầu", a.Opening)...)
	n := 0
	for i, c := range a.Chapters {
		p := fmt.Sprintf("%s.chuong[%d]", at, i)
		if strings.TrimSpace(c.Title) == "" {
			ds = append(ds, loc.Errorf(p, "viết tên chương in hoa, ví dụ “tieu_de: QUY ĐỊNH CHUNG”", "chương thứ %d thiếu “tieu_de”", i+1))
		}
		if len(c.Articles) == 0 {
			ds = append(ds, loc.Errorf(p, "thêm “dieu:” với ít nhất một điều", "chương thứ %d chưa có điều nào", i+1))
		}
		ds = append(ds, checkArticles(loc, p+".dieu", c.Articles, n, ids)...)
		n += len(c.Articles)
	}
	ds = append(ds, checkArticles(loc, at+".dieu", a.Articles, 0, ids)...)
	ds = append(ds, checkSections(loc, at+".phan", a.Sections, ids)...)
	ds = append(ds, checkParagraphs(loc, at+".ket_thuc", "đoạn kết thúc", a.Closing)...)
	return ds
}

// checkShape checks that the body has the parts its kind divides it into, and no others:
// each template prints only those, and a part it does not print would be lost.
func checkShape(loc *yamlfile.Locator, p *Document) diag.List {
	k, ok := KindOf(p.Kind)
	if !ok {
		k = Kind{Loai: p.Kind, Name: "văn bản", Body: Free}
	}
	var ds diag.List
	if k.Body != ByArticles && p.Attached != nil {
		ds = append(ds, loc.KeyErrorf("$.van_ban_kem_theo", "văn bản ban hành kèm theo đi sau một quyết định (“loai: quyet_dinh”, “Điều 1. Ban hành kèm theo Quyết định này …”); nội dung kèm theo văn bản khác viết thành phụ lục",
			"chỉ quyết định mới có văn bản ban hành kèm theo (“van_ban_kem_theo”); %s thì không", k.Name))
	}
	if k.Body != ByArticles {
		if len(p.Articles) > 0 {
			ds = append(ds, loc.KeyErrorf("$.dieu", "viết nội dung thành các phần “phan” hoặc các mục “muc”; nếu đây là quyết định, sửa “loai: quyet_dinh”",
				"chỉ quyết định mới chia thành điều (“dieu”); %s thì không", k.Name))
		}
		if p.Decides != "" {
			ds = append(ds, loc.KeyErrorf("$.quyet_dinh", "xóa dòng này; nếu đây là quyết định, sửa “loai: quyet_dinh”",
				"dòng “quyet_dinh” chỉ có trong quyết định, trước Điều 1."))
		}
	}
	switch k.Body {
	case BySections:
		if len(p.Sections) == 0 {
			ds = append(ds, loc.Errorf("$", "thêm “phan:” với ít nhất một phần, ví dụ “- tieu_de: MỤC ĐÍCH, YÊU CẦU”",
				"%s chưa có phần nào (trường “phan”)", k.Name))
		}
		if len(p.Items) > 0 {
			ds = append(ds, loc.KeyErrorf("$.muc", "đưa các mục này vào một phần: “phan: [{tieu_de: …, muc: […]}]”",
				"%s chia thành phần (“phan”): không có mục “muc” đứng ngoài phần", k.Name))
		}
	case ByArticles:
		if len(p.Articles) == 0 {
			ds = append(ds, loc.Errorf("$", "thêm “dieu:” với ít nhất một điều, ví dụ “- doan: Thành lập Tổ công tác …”",
				"%s chưa có điều nào (trường “dieu”)", k.Name))
		}
		for _, f := range []struct {
			key string
			n   int
		}{{"phan", len(p.Sections)}, {"muc", len(p.Items)}} {
			if f.n > 0 {
				ds = append(ds, loc.KeyErrorf("$."+f.key, "đưa nội dung vào các điều (“dieu”): mỗi điều có các khoản 1., 2. … (“khoan”)",
					"%s chia thành điều (“dieu”), không có “%s”", k.Name, f.key))
			}
		}
	default:
		switch {
		case len(p.Opening) == 0 && len(p.Sections) == 0 && len(p.Items) == 0:
			ds = append(ds, loc.Errorf("$", "thêm các mục “muc:” (1., 2. …), các phần “phan:” (I., II. …) hoặc các đoạn “mo_dau:”",
				"%s chưa có nội dung: cần ít nhất một trong “mo_dau”, “phan”, “muc”", k.Name))
		case len(p.Sections) > 0 && len(p.Items) > 0:
			ds = append(ds, loc.KeyErrorf("$.muc", "đưa các mục này vào một phần (“muc” của phần), hoặc bỏ “phan” và chỉ dùng “muc”",
				"văn bản có cả phần (“phan”) lẫn mục ngoài phần (“muc”)"))
		}
	}
	return ds
}

// checkParagraphs checks a list of plain paragraphs (mo_dau, ket_thuc): none is blank.
func checkParagraphs(loc *yamlfile.Locator, path, what string, ps []string) diag.List {
	var ds diag.List
	for i, s := range ps {
		if strings.TrimSpace(s) == "" {
			ds = append(ds, loc.Errorf(fmt.Sprintf("%s[%d]", path, i), "xóa dòng trống này", "%s thứ %d để trống", what, i+1))
		}
	}
	return ds
}

// documentNumber is a document's number in the register: up to six digits.
var documentNumber = regexp.MustCompile(`^[0-9]{1,6}$`)

// CheckMeta checks the fields every document needs, whatever its kind.
func CheckMeta(loc *yamlfile.Locator, m *model.Meta) diag.List {
	var ds diag.List
	switch m.System {
	case model.Party, model.State:
	case "":
		ds = append(ds, loc.Errorf("$", "viết “he_thong: dang” (văn bản của Đảng) hoặc “he_thong: nha_nuoc” (văn bản hành chính nhà nước)",
			"thiếu trường “he_thong”"))
	default:
		ds = append(ds, loc.Errorf("$.he_thong", "chỉ dùng “dang” hoặc “nha_nuoc”",
			"hệ thống văn bản “%s” không có", m.System))
	}
	required := []struct{ path, value, what, hint string }{
		{"$.co_quan", m.Body, "co_quan", "tên cơ quan ban hành, ví dụ “TỈNH ỦY THANH HÓA”"},
		{"$.ky_hieu", m.Symbol, "ky_hieu", "ký hiệu văn bản, ví dụ “KH/TU” (Đảng) hoặc “KH-UBND” (nhà nước)"},
		{"$.dia_danh", m.Place, "dia_danh", "địa danh ghi ở dòng ngày tháng, ví dụ “Thanh Hóa”"},
		{"$.nguoi_ky.chuc_vu", m.Signer.Position, "nguoi_ky.chuc_vu", "chức vụ người ký, ví dụ “PHÓ BÍ THƯ”"},
		{"$.nguoi_ky.ho_ten", m.Signer.Name, "nguoi_ky.ho_ten", "họ tên người ký"},
	}
	for _, r := range required {
		if strings.TrimSpace(r.value) == "" {
			ds = append(ds, loc.Errorf(r.path, r.hint, "thiếu trường “%s”", r.what))
		}
	}
	if m.Date != "" {
		if _, err := vn.ParseDate(m.Date); err != nil {
			ds = append(ds, loc.Errorf("$.ngay", "để trống nếu văn thư sẽ ghi ngày bằng tay", "%v", err))
		}
	}
	for i, r := range m.Recipients {
		if strings.TrimSpace(r.Name) == "" {
			ds = append(ds, loc.Errorf(fmt.Sprintf("$.noi_nhan[%d]", i), "xóa dòng trống này", "nơi nhận thứ %d để trống", i+1))
		}
	}
	for _, list := range []struct {
		key, what string
		lines     []string
	}{{"kinh_gui", "kính gửi", m.Addressees}, {"can_cu", "căn cứ", m.Bases}} {
		for i, l := range list.lines {
			if strings.TrimSpace(l) == "" {
				ds = append(ds, loc.Errorf(fmt.Sprintf("$.%s[%d]", list.key, i), "xóa dòng trống này", "dòng %s thứ %d để trống", list.what, i+1))
			}
		}
	}
	// YAML reads 0x10 or .nan typed without quotes as numbers, and the document would
	// print them as Go writes the number (16, NaN): the number must stand as typed. (What
	// a number may be is a rule of the format: see package rules.)
	if typed, ok := loc.Typed("$.so"); ok && typed != m.Number && !documentNumber.MatchString(typed) {
		ds = append(ds, loc.Errorf("$.so", "số văn bản là dãy chữ số, ví dụ so: \"184\" (để trống nếu văn thư sẽ ghi)",
			"số văn bản “%s” không phải một số thứ tự", typed))
	}
	a := m.Archive
	if strings.TrimSpace(a.Place) == "" && (strings.TrimSpace(a.Drafter) != "" || a.Copies != 0) {
		ds = append(ds, loc.Errorf("$.luu", "ghi nơi lưu, ví dụ luu: {noi: \"VT, NC\", nguoi_soan: Châu, so_ban: 2}",
			"thiếu “luu.noi”: người soạn và số bản in sau dòng “Lưu”"))
	}
	if a.Copies < 0 {
		ds = append(ds, loc.Errorf("$.luu.so_ban", "ghi số bản phát hành, ví dụ so_ban: 2", "số bản “%d” phải lớn hơn 0", a.Copies))
	}
	return ds
}

func checkItems(loc *yamlfile.Locator, path string, items []Item, ids map[string]string) diag.List {
	var ds diag.List
	for i, it := range items {
		p := fmt.Sprintf("%s[%d]", path, i)
		hasTitle, hasText := strings.TrimSpace(it.Title) != "", strings.TrimSpace(it.Text) != ""
		switch {
		case hasTitle && hasText:
			ds = append(ds, loc.Errorf(p, "dùng “tieu_de” cho mục có tên riêng (in đậm) rồi “noi_dung”; dùng “doan” cho mục chỉ có một đoạn",
				"mục có cả “tieu_de” và “doan”"))
		case !hasTitle && !hasText:
			ds = append(ds, loc.Errorf(p, "thêm “tieu_de: …” hoặc “doan: …”", "mục thiếu cả “tieu_de” lẫn “doan”"))
		}
		ds = append(ds, checkTasks(loc, p+".nhiem_vu", it.Tasks, ids)...)
		ds = append(ds, checkBlocks(loc, p+".noi_dung", it.Content, ids, false)...)
		ds = append(ds, checkItems(loc, p+".diem", it.Points, ids)...)
	}
	return ds
}

// checkBlocks checks the blocks at path; sub is true for the y_con of a bullet, which
// are bullets themselves and have no y_con (the templates print two levels, “-” and “+”).
func checkBlocks(loc *yamlfile.Locator, path string, blocks []Block, ids map[string]string, sub bool) diag.List {
	var ds diag.List
	for i, b := range blocks {
		p := fmt.Sprintf("%s[%d]", path, i)
		hasPara, hasBullet := strings.TrimSpace(b.Paragraph) != "", strings.TrimSpace(b.Bullet) != ""
		switch {
		case sub && (!hasBullet || b.Paragraph != ""):
			ds = append(ds, loc.Errorf(p, "mỗi ý con viết “- y: …”", "ý con phải là “y”"))
		case hasPara && hasBullet:
			ds = append(ds, loc.Errorf(p, "tách thành hai phần tử", "một phần tử có cả “doan” và “y”"))
		case b.Table != nil && (hasPara || hasBullet):
			ds = append(ds, loc.Errorf(p, "tách bảng thành một phần tử riêng", "một phần tử có cả “bang” và “doan” hoặc “y”"))
		case !hasPara && !hasBullet && b.Table == nil:
			ds = append(ds, loc.Errorf(p, "thêm “doan: …” (đoạn văn) hoặc “y: …” (ý gạch đầu dòng)", "phần tử nội dung trống"))
		case hasPara && len(b.Sub) > 0:
			ds = append(ds, loc.Errorf(p+".y_con", "“y_con” chỉ đặt dưới một “y”", "đoạn văn không có ý con"))
		}
		if sub && b.PageBreak {
			ds = append(ds, loc.Errorf(p+".sang_trang", "đặt “sang_trang: true” trên ý cha, hoặc trên một khối riêng sau ý đó",
				"ý con không sang trang được: danh sách không ngắt giữa chừng"))
		}
		if sub && len(b.Sub) > 0 {
			ds = append(ds, loc.Errorf(p+".y_con", "đưa các ý này lên cùng cấp với ý con trên, hoặc chia mục thành các điểm a), b) (“diem”)",
				"ý con không có “y_con” riêng: văn bản chỉ có hai cấp ý, “-” và “+”"))
		}
		ds = append(ds, checkTasks(loc, p+".nhiem_vu", b.Tasks, ids)...)
		ds = append(ds, checkTable(loc, p+".bang", b.Table)...)
		ds = append(ds, checkBlocks(loc, p+".y_con", b.Sub, ids, true)...)
	}
	return ds
}

func checkTasks(loc *yamlfile.Locator, path string, ts Tasks, ids map[string]string) diag.List {
	var ds diag.List
	for i, t := range ts {
		ds = append(ds, checkTask(loc, ts.Path(path, i), t, ids)...)
	}
	return ds
}

func checkTask(loc *yamlfile.Locator, path string, t Task, ids map[string]string) diag.List {
	var ds diag.List
	id := strings.TrimSpace(t.ID)
	switch {
	case id == "":
		ds = append(ds, loc.Errorf(path, "đặt mã ngắn, duy nhất, ví dụ “ma: II.2.a”; báo cáo tiến độ dùng mã này",
			"nhiệm vụ thiếu “ma”"))
	case ids[id] != "":
		line, _ := loc.At(ids[id])
		ds = append(ds, loc.Errorf(path+".ma", "mỗi nhiệm vụ cần một mã riêng",
			"mã nhiệm vụ “%s” đã dùng ở dòng %d", id, line))
	default:
		ids[id] = path + ".ma"
	}
	if len(t.Lead) == 0 {
		ds = append(ds, loc.Errorf(path, "ghi đơn vị chủ trì, ví dụ “chu_tri: [Văn phòng Tỉnh ủy]”",
			"nhiệm vụ “%s” thiếu đơn vị chủ trì (“chu_tri”)", id))
	}
	return ds
}
