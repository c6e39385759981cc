package synth

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// eventName is the event as headings write it: "2024星河技术大会".
func (m *meta) eventName() string { return fmt.Sprint(m.g.year, m.g.event.name) }

// heading is the talk's heading line without "# ".
func (m *meta) heading() string {
	e, f := m.eventName(), m.g.forums[m.forum]
	pub, bv := m.g.event.publisher, m.g.videos[m.forum]
	p := fmt.Sprintf("P%d", m.part)
	switch m.dialect {
	case dNote:
		if m.n%3 == 0 {
			return fmt.Sprintf("%d：%s", m.n+1, m.title)
		}
		return fmt.Sprintf("%03d：%s", m.n+1, m.title)
	case dNoMeta:
		return m.title
	case dSlug:
		return slug(e+"-"+f) + "---" + p + "-" + slug(m.title) + "-" + slug(m.speaker) + "---" + pub + "---" + bv
	case dP05:
		p = fmt.Sprintf("p%02d", m.part)
	}
	var who string
	switch m.dialect {
	case dSemicolon:
		who = m.title + ";" + m.speaker
	case dDash:
		who = m.title + "-" + m.speaker
	case dDoubleDash:
		who = m.title + "--" + m.speaker
	case dRole:
		who = m.title + "-" + m.role + "：" + m.speaker
	case dRoundtable:
		who = m.title + "：主持人：" + m.speaker + "-嘉宾：" + strings.Join(m.guests, "-")
	default:
		who = m.title + "：" + m.speaker
	}
	return e + "-" + f + " - " + p + "：" + who + " - " + pub + " - " + bv
}

// slug replaces what file names and slug headings cannot keep with "-".
func slug(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '：', '、', '，', '+', '/', ':', ';', '“', '”', '《', '》':
			return '-'
		}
		return r
	}, s)
}

// maxName keeps file names under common file-system limits (255 bytes).
const maxName = 200

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// fileNames are the names a single talk is written under: usually one; a
// few full-dialect talks are also written under their slug name, as the real
// collections sometimes hold the same talk twice.
func (m *meta) fileNames(seed int64) []string {
	switch m.dialect {
	case dNote:
		return []string{fmt.Sprintf("%s-%03d.md", m.g.series, m.n+1)}
	case dNoMeta:
		return []string{slug(m.eventName()+"-"+m.g.forums[m.forum]) + "--" + m.g.videos[m.forum] + fmt.Sprintf("_p%d-_note.md", m.part)}
	}
	h := m.heading()
	if m.dialect == dSlug {
		return []string{truncate(h, maxName) + ".md"}
	}
	plain := truncate(strings.ReplaceAll(h, "/", "-"), maxName) + ".md"
	slugged := truncate(slugHeading(m), maxName) + ".md"
	r := rng(seed, saltFile, m.n)
	switch x := r.IntN(100); {
	case x < 4:
		return []string{plain, slugged}
	case x < 50:
		return []string{slugged}
	default:
		return []string{plain}
	}
}

// slugHeading is the heading as the slug file-name style writes it.
func slugHeading(m *meta) string {
	s := *m
	s.dialect = dSlug
	name := s.heading()
	if m.dialect == dRoundtable {
		name = strings.Replace(name, slug(m.speaker), "主持人", 1)
	}
	return name
}
