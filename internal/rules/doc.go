// Package rules checks the format rules of each document system on a document's own fields
// (model.Meta) before it is built, for "vanban check": errors for what would print a wrong
// official document, warnings for what is unusual but may be intended. Fields that are
// missing or malformed as data (he_thong, co_quan, ngay …) are data.CheckMeta's business;
// this package looks only at values that are there.
//
// Sources: NĐ 30/2020/NĐ-CP Phụ lục I and III for the State system ("nha_nuoc"), Hướng dẫn
// 36-HD/VPTW for the Party system ("dang"), as summarised in the project's research notes
// format-standard.md (FS below, by section). Every rule below names its source; the code
// cites the same.
//
// Ký hiệu (ky_hieu) — FS §5.3, §2 row 3, §4 row 3, §6:
//   - Party: TYPE/ISSUER, issuers of a joint document joined by "-" (KH/TU, CV/BTCTU,
//     QC/BTCTU-BDVTU). State: TYPE-ISSUER (KH-UBND, TTr-SNV); State công văn
//     ISSUER-UNIT (UBND-VX). The other system's separator is an error, so is a missing or
//     doubled separator, an empty part, a space, a character other than a letter or digit,
//     a ký hiệu starting with "Số" or a digit (the number belongs in so).
//   - Letters are capitals, except the official mixed-case codes TTr, CTr, QyĐ, QĐi, TrS,
//     ThU and TTg (error otherwise); one of those in all capitals ("TTR") is a warning.
//   - The type part matches loai: ke_hoach KH, bao_cao BC, thong_bao TB, quyet_dinh QĐ,
//     to_trinh TTr, chuong_trinh CTr, huong_dan HD, cong_van CV (Party) and no type code
//     (State). Another known type code is an error (loai ke_hoach, ky_hieu BC/TU); a type
//     part that is no known code is a warning, the table not being closed (FS §6 marks
//     several Party codes as unconfirmed, and HD 05 may change them). A State công văn
//     whose first part is the code of a kind vanban knows (KH-UBND) is an error.
//
// Số (so) — FS §5.2, §2 row 3, §7: digits only, or blank for the clerk; a Party number or
// ký hiệu typed with the State's "Số:" says so. "/" or "-" in so
// (the whole number-symbol typed there) is an error, any other non-digit too; a leading
// zero beyond the rule (005, 012, 0) is a warning: numbers under 10 take one zero, which
// the renderer adds itself.
//
// Quyền hạn and chức vụ (nguoi_ky) — FS §2.2, §4 rows 7a–7b, §4.2, §7. quyen_han is a
// chain of lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"); each is checked at its own path
// ("$.nguoi_ky.quyen_han[1]"), and hints write a chain as a list, never on one line:
//   - Party prefixes T/M, K/T, T/L, Q.; State TM., KT., TL., TUQ., Q. The other system's
//     form is an error; TUQ. in a Party document is an error (no thừa ủy quyền there); a
//     prefix without its punctuation or the space after it ("KT CHỦ TỊCH", "TM.ỦY BAN")
//     is a warning. In a chain, a line without a prefix is a warning (the chức vụ goes in
//     chuc_vu).
//   - TM./T/M stands before a collective body: before a person's title ("TM. CHỦ TỊCH") it
//     is a warning; KT./K/T stands before the head's title: before a collective body ("KT.
//     ỦY BAN NHÂN DÂN") it is a warning.
//   - Order of a chain: TM. first, then TL./TUQ., then KT., then Q. ("TL. CHỦ TỊCH / KT.
//     CHÁNH VĂN PHÒNG"); a line out of that order, or a rank written twice, is a warning.
//   - Party: a chức vụ BÍ THƯ / PHÓ BÍ THƯ followed by the committee's name ("PHÓ BÍ THƯ
//     TỈNH ỦY") is a warning; under T/M of a cấp ủy (… ỦY, BAN THƯỜNG VỤ, BAN CHẤP HÀNH,
//     CHI BỘ, ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG; not the central bodies, not ủy ban kiểm tra or
//     hội đồng) a chức vụ other than BÍ THƯ or PHÓ BÍ THƯ (with the words offices add:
//     "PHÓ BÍ THƯ THƯỜNG TRỰC") is a warning; K/T before a cấp ủy is a warning (a cấp ủy
//     never signs K/T, its phó bí thư signs T/M).
//   - K/T (Party) and KT. (State) as the last line are signed by a deputy: a chức vụ that
//     is not PHÓ … or THỨ TRƯỞNG is a warning.
//   - State quyết định (NĐ 30 Phụ lục III mẫu 1.1–1.3): issued by an Ủy ban nhân dân
//     (tham_quyen "ỦY BAN NHÂN DÂN …"), a chain that does not start with TM. is a warning;
//     issued by its Chủ tịch (tham_quyen "CHỦ TỊCH ỦY BAN NHÂN DÂN …"), a chain starting
//     with TM. is a warning (the chairman signs himself, a vice-chairman KT. CHỦ TỊCH).
//   - Case is not checked: co_quan, co_quan_cap_tren, quyen_han and chuc_vu are printed in
//     capitals whatever is typed.
//
// Nơi nhận and Lưu (noi_nhan, luu) — FS §2 row 9b, §2.2, §4 row 9b, §7:
//   - The renderer ends each recipient line with the system's mark ("," Party, ";" State)
//     unless the text already has one: a recipient ending with the other system's mark
//     is a warning.
//   - A recipient written twice (same name, ignoring case, spaces and final punctuation)
//     is a warning; a note ending with punctuation (ghi_chu: "t/h;", printed "(t/h;)") is
//     a warning.
//   - luu empty while noi_nhan is not is an error (every document keeps a copy). The Lưu
//     line typed as a recipient is reported at that recipient: an error without luu, a
//     warning with it.
//   - luu (luu.noi) starting with "Lưu" (the renderer prints it, once) or with ":" is a
//     warning; "Lưu trữ …" is a place, not the label. State:
//     luu starts with VT (văn thư), "VT, NC" (warning otherwise). Party: no VT ("Lưu Văn
//     phòng Tỉnh ủy."), so luu starting with VT is a warning. A luu ending with "," or ";"
//     is a warning: it is the last line, which ends with ".".
//
// Trích yếu (trich_yeu) — FS §2 row 5a, §4 rows 5a–5b, §7: State starts with a capital
// ("Về …", "Thực hiện …"), Party with a small letter ("về …", "thực hiện …"): the other
// case is a warning (not checked for a công văn: HD 36's own example starts with a capital,
// and a State công văn's goes on in lower case after "V/v "). Written all in capitals: a
// warning. Ending with a period: an error (an ellipsis is not a period). "V/v" in a Party
// trích yếu (the State công văn's form) is an error.
//
// Tên loại (ten_loai) — FS §2 row 5a, §4 row 5a: when given, it is the type name of loai
// (model.TypeNames, compared in capitals) or starts with it ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ
// HOẠCH LIÊN TỊCH"): a warning otherwise; a công văn has none.
//
// Địa danh (dia_danh) — FS §5.1: the place alone; starting with "ngày" or holding a date
// (the date line typed into dia_danh) is a warning, so is a final comma (the renderer
// writes "<địa danh>, ngày …"). Dates themselves are checked by package data.
//
// Văn bản kèm theo (van_ban_kem_theo) — NĐ 30 Phụ lục III mẫu 1.3 ("Điều 1. Ban hành
// (Phê duyệt) kèm theo Quyết định này …") and its mẫu of the attached document: a quyết
// định whose first article issues or approves a document "kèm theo Quyết định này" (or
// "Nghị quyết này") without an attached document is a warning, at that article ([Attached],
// which the caller gives the first article's text).
//
// Every finding points at the field's YAML path ("$.ky_hieu", "$.nguoi_ky.quyen_han",
// "$.noi_nhan[3]") through the locator given to Check, and the list is in source order.
package rules
