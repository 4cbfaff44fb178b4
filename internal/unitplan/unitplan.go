// Package unitplan writes the skeleton of a unit's own implementation plan from the
// province's plan ("Kế hoạch thực hiện Kế hoạch số …"): a data file (YAML, loai ke_hoach)
// with the unit as co_quan, the tasks the province assigned to it (lead or cooperating)
// as its section II, and comments in Vietnamese telling the clerk what to complete. The
// file passes "vanban check" and builds as it is. It is pure: the same book and unit give
// the same bytes.
package unitplan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanban/internal/model"
	"vanban/internal/progress"
	"vanban/internal/vn"
)

// Task is a task of the province's plan assigned to the unit.
type Task struct {
	ID, Name, Text, Deadline string
	Lead                     bool // the unit leads it (else it cooperates)
}

// Tasks lists the tasks of the plan the unit leads or cooperates on, in plan order.
func Tasks(b *progress.Book, u *progress.Unit) []Task {
	var out []Task
	for _, e := range b.Plan.Tasks() {
		lead, coop, _ := b.Assigned(e.ID)
		t := Task{ID: e.ID, Name: e.Name, Text: e.Text, Deadline: e.Deadline}
		switch {
		case has(lead, u):
			t.Lead = true
		case has(coop, u):
		default:
			continue
		}
		out = append(out, t)
	}
	return out
}

func has(us []*progress.Unit, u *progress.Unit) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

// Code is a short ASCII code of a unit for its ký hiệu and task ids: the initials of its
// name ("Ban Tuyên giáo Tỉnh ủy" → BTGTU, "Sở Nội vụ" → SNV); a cấp ủy named by its place
// keeps the initials of the cấp ủy only ("Huyện ủy Nga Sơn" → HU), a UBND those of the body
// ("UBND xã Đông Sơn", "Ủy ban nhân dân phường Hạc Thành" → UBND).
func Code(u *progress.Unit) string {
	words := strings.Fields(u.Name)
	switch {
	case len(words) > 0 && words[0] == "UBND", len(words) > 3 && strings.EqualFold(strings.Join(words[:4], " "), "Ủy ban nhân dân"):
		return "UBND"
	case len(words) > 2 && strings.EqualFold(words[1], "ủy"):
		words = words[:2]
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(vn.StripDiacritics(w))
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	if b.Len() == 0 {
		return "DV"
	}
	return b.String()
}

// Skeleton writes the data file of the unit's plan (unit: its id in the registry).
func Skeleton(b *progress.Book, unit string) ([]byte, error) {
	u := b.Registry.Unit(unit)
	if u == nil {
		return nil, fmt.Errorf("không có đơn vị mã “%s” trong danh sách đơn vị", unit)
	}
	tasks := Tasks(b, u)
	if len(tasks) == 0 {
		return nil, fmt.Errorf("kế hoạch không giao nhiệm vụ nào cho “%s” (chủ trì hay phối hợp): không có gì để cụ thể hóa", u.Name)
	}
	p := b.Plan
	party := p.System == model.Party
	w := stateWords
	if party {
		w = partyWords
	}
	code := Code(u)
	issuer := issuerName(p.Meta)
	ref := planRef(p.Meta) + " của " + issuer
	if s := shortSubject(p.Subject); s != "" {
		ref += " " + s
	}
	symbol := "KH/" + code
	if !party {
		symbol = "KH-" + code
	}
	subject := "thực hiện " + ref
	if !party {
		subject = vn.UpperFirst(subject)
	}
	var out bytes.Buffer
	line := func(format string, args ...any) { fmt.Fprintf(&out, format+"\n", args...) }
	line("# yaml-language-server: $schema=../schema/ke-hoach.schema.json")
	line("#")
	line("# Kế hoạch của %s %s", u.Name, subject)
	line("# (bản khung do “vanban ke-hoach-don-vi” viết từ kế hoạch được theo dõi: %s).", b.PlanID)
	line("# Các chỗ cần hoàn thiện có ghi chú “HOÀN THIỆN”; tệp này")
	line("# đã qua “vanban check” và dựng được ngay, nhưng chưa phải văn bản để ban hành.")
	line("")
	line("he_thong: %s", p.System)
	line("loai: ke_hoach")
	line("# HOÀN THIỆN: tên cơ quan ban hành như trong thể thức (viết hoa); kiểm tra dòng co_quan_cap_tren (nếu có).")
	if party {
		line("co_quan_cap_tren: %s", q(parentBody(p.Body, u)))
	}
	line("co_quan: %s", q(strings.ToUpper(u.Name)))
	line("# so: để trống — văn thư ghi số khi đăng ký văn bản.")
	line("# HOÀN THIỆN: ký hiệu tạm “%s” — văn thư thay bằng ký hiệu kế hoạch của đơn vị.", symbol)
	line("ky_hieu: %s", q(symbol))
	line("# HOÀN THIỆN: địa danh nơi đơn vị đóng trụ sở.")
	line("dia_danh: %s", q(p.Place))
	line("# ngay: để trống — văn thư ghi ngày, tháng khi ban hành.")
	line("trich_yeu: %s", q(subject))
	line("")
	line("mo_dau:")
	line("  - %s", q(fmt.Sprintf("Thực hiện %s (sau đây gọi tắt là Kế hoạch của %s), %s xây dựng Kế hoạch thực hiện như sau:", ref, issuerShort(p.Meta), u.Name)))
	line("")
	line("phan:")
	line("  # I. MỤC ĐÍCH, YÊU CẦU — HOÀN THIỆN: sửa các đoạn dưới đây cho sát với tình hình của đơn vị.")
	line("  - tieu_de: \"MỤC ĐÍCH, YÊU CẦU\"")
	line("    muc:")
	line("      - doan: %s", q(fmt.Sprintf("Quán triệt, triển khai thực hiện nghiêm túc, hiệu quả Kế hoạch của %s tại %s; nâng cao nhận thức, trách nhiệm của %s trong tổ chức thực hiện.", issuerShort(p.Meta), u.Name, w.staff)))
	line("      - doan: %s", q("Cụ thể hóa các nhiệm vụ được giao thành nội dung, giải pháp, thời gian thực hiện và phân công trách nhiệm cụ thể, phù hợp với tình hình thực tế của đơn vị."))
	line("")
	line("  # II. NHIỆM VỤ — mỗi nhiệm vụ Kế hoạch của cấp trên giao cho đơn vị (chủ trì hoặc phối hợp) là một mục;")
	line("  # mã nhiệm vụ giữ mã của cấp trên, thêm “-%s” ở cuối. HOÀN THIỆN: viết giải pháp cụ thể của đơn vị", code)
	line("  # ở đoạn thứ hai của từng mục; ghi phoi_hop (các cơ quan phối hợp) nếu có.")
	line("  - tieu_de: \"NHIỆM VỤ\"")
	line("    muc:")
	for _, t := range tasks {
		role := "chủ trì"
		if !t.Lead {
			role = "phối hợp"
		}
		name := t.Name
		if name == "" {
			name = "Nhiệm vụ " + t.ID
		}
		line("      # Nhiệm vụ %s của Kế hoạch cấp trên (đơn vị %s).", t.ID, role)
		line("      - tieu_de: %s", q(name))
		line("        noi_dung:")
		line("          - doan: %s", q(fmt.Sprintf("Kế hoạch của %s (nhiệm vụ %s) giao: “%s”", issuerShort(p.Meta), t.ID, quoted(t.Text))))
		line("          - doan: %s", q(fmt.Sprintf("%s %s thực hiện nhiệm vụ này tại đơn vị; kết quả báo cáo theo định kỳ.", u.Name, role)))
		line("            nhiem_vu:")
		line("              ma: %s", q(t.ID+"-"+code))
		line("              ten: %s", q(name))
		line("              chu_tri: [%s]", q(u.Name))
		if t.Deadline != "" {
			line("              thoi_han: %s", q(t.Deadline))
		} else {
			line("              # thoi_han: HOÀN THIỆN — Kế hoạch cấp trên không ghi thời hạn.")
		}
	}
	line("")
	line("  # III. TỔ CHỨC THỰC HIỆN — HOÀN THIỆN: phân công các cơ quan, bộ phận của đơn vị.")
	line("  - tieu_de: \"TỔ CHỨC THỰC HIỆN\"")
	line("    muc:")
	line("      - doan: %s", q("Các cơ quan, bộ phận của đơn vị căn cứ Kế hoạch này, chủ động xây dựng nội dung, tổ chức thực hiện các nhiệm vụ được phân công."))
	line("      - doan: %s", q(fmt.Sprintf("Giao Văn phòng theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo kết quả thực hiện về %s theo quy định./.", issuer)))
	line("")
	line("# HOÀN THIỆN: nơi nhận và nơi lưu của đơn vị.")
	line("noi_nhan:")
	line("  - {ten: %s, ghi_chu: b/c}", q(issuer))
	line("  - %s", q("Các cơ quan, bộ phận liên quan"))
	if party {
		line("luu: %s", q("Văn phòng"))
	} else {
		line("luu: %s", q("VT"))
	}
	line("")
	line("# HOÀN THIỆN: người ký của đơn vị (quyền hạn, chức vụ, họ tên).")
	line("nguoi_ky:")
	switch {
	case party:
		line("  quyen_han: %s", q("T/M BAN THƯỜNG VỤ"))
		line("  chuc_vu: %s", q("BÍ THƯ"))
	case code == "UBND":
		line("  quyen_han: %s", q("TM. ỦY BAN NHÂN DÂN"))
		line("  chuc_vu: %s", q("CHỦ TỊCH"))
	default: // a sở, ban, ngành: its head signs in his own name
		line("  chuc_vu: %s", q("GIÁM ĐỐC"))
	}
	line("  ho_ten: %s", q("Nguyễn Văn A"))
	return out.Bytes(), nil
}

// q quotes a string for YAML (a JSON string is a YAML double-quoted scalar).
func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// planRef names the province's plan: "Kế hoạch số 25-KH/TU" (Party), "Kế hoạch số
// 25/KH-UBND" (State), "Kế hoạch" without a number.
func planRef(m model.Meta) string {
	if m.Number == "" {
		return "Kế hoạch"
	}
	if m.System == model.Party {
		return "Kế hoạch số " + m.Number + "-" + m.Symbol
	}
	return "Kế hoạch số " + m.Number + "/" + m.Symbol
}

// shortSubject is the plan's trích yếu up to " về " ("thực hiện Kết luận số 81-KL/TW của
// Bộ Chính trị"), first letter lower-case.
func shortSubject(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "V/v "))
	if i := strings.Index(s, " về "); i > 0 {
		s = s[:i]
	}
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// issuerName is who issued the plan as a sentence names it: for a Party plan signed
// T/M BAN THƯỜNG VỤ of TỈNH ỦY THANH HÓA, "Ban Thường vụ Tỉnh ủy Thanh Hóa"; else the
// body ("Ủy ban nhân dân tỉnh Thanh Hóa").
func issuerName(m model.Meta) string {
	body := vn.BodyName(m.Body)
	if body == "" {
		body = "cấp trên"
	}
	if m.System == model.Party {
		a := strings.TrimSpace(strings.TrimPrefix(m.Signer.Authority.First(), "T/M"))
		switch a {
		case "BAN THƯỜNG VỤ":
			return "Ban Thường vụ " + body
		case "BAN CHẤP HÀNH":
			return "Ban Chấp hành " + body
		}
	}
	return body
}

// words are the phrases of a unit's plan that differ between the systems.
type words struct {
	staff string // whose awareness the plan raises
}

var (
	partyWords = words{staff: "cán bộ, đảng viên"}
	stateWords = words{staff: "cán bộ, công chức, viên chức"}
)

// issuerShort is the issuer without its place: "Ban Thường vụ Tỉnh ủy" (Party), "Ủy ban
// nhân dân tỉnh" (State: up to the level of the body).
func issuerShort(m model.Meta) string {
	name := issuerName(m)
	words := strings.Fields(name)
	for i, w := range words {
		switch {
		case m.System == model.Party && strings.EqualFold(w, "ủy") && i > 0 && i+1 < len(words),
			m.System != model.Party && i > 0 && i+1 < len(words) && isLevel(w):
			return strings.Join(words[:i+1], " ")
		}
	}
	return name
}

// isLevel reports whether w names the level of a State body ("tỉnh", "xã" …).
func isLevel(w string) bool {
	switch strings.ToLower(w) {
	case "tỉnh", "huyện", "xã", "phường", "thị", "quận":
		return true
	}
	return false
}

// quoted is a paragraph of the province's plan as the unit's plan quotes it: without the
// closing "./." of the plan's last paragraph.
func quoted(s string) string {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutSuffix(s, "./."); ok {
		s = t + "."
	}
	return s
}

// parentBody is the line above a Party unit's name: for a cấp ủy named by its place
// ("Huyện ủy Nga Sơn") the đảng bộ of the province's body ("TỈNH ỦY THANH HÓA" → "ĐẢNG BỘ
// TỈNH THANH HÓA"); for an office of the province's cấp ủy, that body itself.
func parentBody(body string, u *progress.Unit) string {
	body = strings.Join(strings.Fields(body), " ")
	words := strings.Fields(u.Name)
	if len(words) > 2 && strings.EqualFold(words[1], "ủy") {
		return "ĐẢNG BỘ " + strings.Replace(body, " ỦY", "", 1)
	}
	return body
}
