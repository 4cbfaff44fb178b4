package rules

import (
	"fmt"
	"strings"

	"vanban/internal/model"
)

// lineEnds are the marks that end a recipient line in each system (FS §7): the renderer
// adds them, and keeps a mark the text already ends with.
const (
	partyEnd = ","
	stateEnd = ";"
)

// recipients checks noi_nhan (rule 5, FS §2 row 9b, §4 row 9b, §7).
func (c *checker) recipients() {
	seen := map[string]string{} // normalised name → path of its first line
	for i, r := range c.m.Recipients {
		path := fmt.Sprintf("$.noi_nhan[%d]", i)
		text := strings.TrimSpace(clean(r.Text()))
		if text == "" {
			continue // data.CheckMeta reports an empty recipient
		}
		if isArchiveLine(text) {
			// The Lưu line typed as a recipient: the renderer prints luu after the list.
			if strings.TrimSpace(c.m.Archive.Place) == "" {
				c.errorf(path, "chuyển dòng này sang trường luu, ví dụ luu: \""+c.archiveExample()+"\"",
					"dòng lưu “%s” ghi trong noi_nhan: thiếu trường luu", text)
			} else {
				c.warnf(path, "xóa dòng này: trình bày in dòng lưu từ trường luu",
					"dòng lưu “%s” ghi trong noi_nhan trong khi đã có trường luu", text)
			}
			continue
		}
		if note := clean(r.Note); note != "" && strings.ContainsRune(",;.:", lastRune(note)) {
			// The note is printed in parentheses, and the line's mark after them.
			c.warnf(path+".ghi_chu", "xóa dấu “"+string(lastRune(note))+"” trong ghi chú: trình bày in “("+strings.TrimRight(note, ",;.: ")+")” rồi tự thêm dấu cuối dòng",
				"ghi chú “%s” của nơi nhận “%s” có dấu “%s” ở cuối: dấu sẽ nằm trong ngoặc đơn", note, clean(r.Name), string(lastRune(note)))
		}
		switch end := string(lastRune(text)); {
		case c.party() && end == stateEnd:
			c.warnf(path, "xóa dấu “;” ở cuối: trình bày tự thêm dấu “,” (dòng cuối “.”)",
				"nơi nhận “%s” kết thúc bằng dấu “;” của văn bản nhà nước; văn bản của Đảng dùng dấu “,”", text)
		case c.state() && end == partyEnd:
			c.warnf(path, "xóa dấu “,” ở cuối: trình bày tự thêm dấu “;” (dòng cuối “.”)",
				"nơi nhận “%s” kết thúc bằng dấu “,” của văn bản của Đảng; văn bản nhà nước dùng dấu “;”", text)
		}
		key := strings.ToLower(strings.TrimRight(clean(r.Name), ",;. "))
		if first, dup := seen[key]; dup {
			line, _ := c.at(first)
			c.warnf(path, "xóa một trong hai dòng", "nơi nhận “%s” lặp lại (đã có ở dòng %d)", clean(r.Name), line)
		} else {
			seen[key] = path
		}
	}
}

// isArchiveLine reports whether a recipient is the "Lưu …" line.
func isArchiveLine(text string) bool {
	_, ok := model.CutArchiveLabel(text)
	return ok
}

// archiveExample is a luu value in the document's system.
func (c *checker) archiveExample() string {
	if c.party() {
		return "Văn phòng Tỉnh ủy"
	}
	return "VT, NC"
}

// archive checks luu (rule 5, FS §2 row 9b, §2.2, §4 row 9b, §7).
func (c *checker) archive() {
	const path = "$.luu.noi"
	l := clean(c.m.Archive.Place)
	if l == "" {
		if len(c.m.Recipients) == 0 {
			return
		}
		for _, r := range c.m.Recipients {
			if isArchiveLine(clean(r.Text())) {
				return // reported at the recipient
			}
		}
		at := path
		if c.missing("$.luu") {
			at = "$.noi_nhan"
		}
		c.errorf(at, "ghi nơi lưu văn bản, ví dụ luu: \""+c.archiveExample()+"\"",
			"thiếu trường luu: văn bản có nơi nhận phải có dòng “Lưu” (mọi văn bản đều lưu một bản)")
		return
	}
	first := "" // the first word: "VT" in "VT, NC"
	if words := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ' ' || r == '.' || r == ';' }); len(words) > 0 {
		first = words[0]
	}
	switch {
	case isArchiveLine(l):
		c.warnf(path, "bỏ chữ “Lưu”: trình bày tự in “"+c.archiveLabel()+"” và không in chữ này hai lần",
			"trường luu “%s” có chữ “Lưu”", l)
	case strings.HasPrefix(l, ":"):
		hint := "bỏ dấu “:”: trình bày đã in “Lưu: ”"
		if c.party() {
			hint = "bỏ dấu “:”: văn bản của Đảng viết “Lưu <đơn vị>”, không có dấu hai chấm"
		}
		c.warnf(path, hint, "trường luu “%s” bắt đầu bằng dấu hai chấm", l)
	case c.party() && strings.EqualFold(first, "VT"):
		c.warnf(path, "văn bản của Đảng ghi đơn vị lưu, ví dụ “Văn phòng Tỉnh ủy”, “VPĐU”; không ghi VT",
			"trường luu “%s” ghi VT (văn thư) theo kiểu văn bản nhà nước", l)
	case c.state() && !strings.EqualFold(first, "VT"):
		c.warnf(path, "ghi “VT, <viết tắt đơn vị soạn thảo>”, ví dụ “VT, NC”",
			"dòng lưu “%s” không bắt đầu bằng VT (văn thư)", l)
	case strings.HasSuffix(l, ",") || strings.HasSuffix(l, ";"):
		c.warnf(path, "xóa dấu “"+l[len(l)-1:]+"” ở cuối: dòng lưu là dòng cuối, trình bày tự thêm dấu “.”",
			"trường luu “%s” kết thúc bằng dấu “%s”", l, l[len(l)-1:])
	}
}

// archiveLabel is what the renderer prints before luu.
func (c *checker) archiveLabel() string {
	if c.party() {
		return "Lưu "
	}
	return "Lưu: "
}
