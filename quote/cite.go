package quote

import (
	"strings"

	"talks/model"
)

// roleMarks are the marks that follow a name in a citation, by role; a
// speaker or a guest has none.
var roleMarks = map[model.Role]string{
	model.RoleHost:       "（主持）",
	model.RoleQuestioner: "（提问）",
}

// Citation is the line that cites a talk: "— 黄文灏，《title》，event · forum · P4，https://www.bilibili.com/video/BV…?p=4".
// Speakers are named in the heading's order, joined with "、", a host marked
// "（主持）" and a questioner "（提问）": "— 张三（主持）、李四、王五，《…》".
// Whatever the talk lacks (speakers, title, event, forum, part, video) is
// left out with its separator; a talk with none of them gives "".
func Citation(t *model.Talk) string {
	var names []string
	for _, s := range t.Speakers {
		if n := strings.TrimSpace(clean(s.Name)); n != "" {
			names = append(names, n+roleMarks[s.Role])
		}
	}
	var parts []string
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, "、"))
	}
	if title := oneLine(t.Title); title != "" {
		if !strings.HasPrefix(title, "《") || !strings.HasSuffix(title, "》") {
			title = "《" + title + "》"
		}
		parts = append(parts, title)
	}
	for _, s := range []string{t.Context(), t.VideoURL()} {
		if s = oneLine(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "— " + strings.Join(parts, "，")
}

// Markdown is the quote as a Markdown block quote followed by ">" and "> — citation".
// Each line of text becomes "> line", a blank line ">"; the result has no
// final line break. Empty text gives "".
func Markdown(t *model.Talk, text string) string {
	return markdown(text, Citation(t))
}

// markdown is text as a Markdown block quote followed by the citation c
// (none when c is "").
func markdown(text, c string) string {
	text = strings.TrimSpace(clean(text))
	if text == "" {
		return ""
	}
	var b strings.Builder
	blank := false
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, " \t\r\n\u3000")
		if strings.TrimSpace(line) == "" {
			blank = true
			continue
		}
		if blank {
			b.WriteString(">\n")
			blank = false
		}
		b.WriteString("> " + line + "\n")
	}
	if c != "" {
		b.WriteString(">\n> " + c + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// oneLine is s cleaned, with its white space runs (line breaks included)
// made single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}
