package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"talks/model"
)

// This file decides whether a piece of a heading is a person's name or a
// role word. Titles often hold colons and dashes, so a name must look like
// one:
//
//   - Chinese: 2–3 Han characters starting with a common surname, or 3–4
//     starting with a compound surname (欧阳, 司马, …), and not ending like an
//     organisation (协会, 公司, 大学, 研究院, …). "中国互联网协会" and "启动仪式"
//     are not names; "黄文灏", "谢剑" and "欧阳娜娜" are.
//     A space may part the surname from the given name ("刘 嘉", "赵 捷": the
//     subtitles' way with two-character names); the name is read without it.
//   - Latin: 2–4 words, the first and last capitalised ("David Edelsohn",
//     "Yann LeCun"), initials ("J.") and particles (van, de, …) allowed
//     between, and no word that is common in talk titles ("Large Language
//     Models", "Unlocking Al Potential" are not names). A lone capitalised
//     word is taken for a title word, not a name. In a heading with no
//     spaces at all (made of a slug), hyphens may stand for the spaces
//     ("Buck-Shlegeris"); the name is read with spaces. Elsewhere a hyphen
//     is a hyphen ("Actor-Critic").

// roleWords maps the role labels transcripts use, Simplified and
// Traditional, to roles. Longer labels come first where one is a prefix of
// another (see roleOf).
var roleWords = []struct {
	label string
	role  model.Role
}{
	{"主讲嘉宾", model.RoleSpeaker}, {"主講嘉賓", model.RoleSpeaker},
	{"提问嘉宾", model.RoleQuestioner}, {"提問嘉賓", model.RoleQuestioner},
	{"对话嘉宾", model.RoleGuest}, {"對話嘉賓", model.RoleGuest},
	{"特邀嘉宾", model.RoleGuest}, {"特邀嘉賓", model.RoleGuest},
	{"圆桌嘉宾", model.RoleGuest}, {"圓桌嘉賓", model.RoleGuest},
	{"讨论嘉宾", model.RoleGuest}, {"討論嘉賓", model.RoleGuest},
	{"主旨演讲", model.RoleSpeaker}, {"主旨演講", model.RoleSpeaker},
	{"主持人", model.RoleHost}, {"主持", model.RoleHost},
	{"嘉宾", model.RoleGuest}, {"嘉賓", model.RoleGuest},
	{"主讲人", model.RoleSpeaker}, {"主講人", model.RoleSpeaker},
	{"演讲人", model.RoleSpeaker}, {"演講人", model.RoleSpeaker},
	{"演讲者", model.RoleSpeaker}, {"演講者", model.RoleSpeaker},
	{"报告人", model.RoleSpeaker}, {"報告人", model.RoleSpeaker},
	{"主讲", model.RoleSpeaker}, {"主講", model.RoleSpeaker},
	{"讲者", model.RoleSpeaker}, {"講者", model.RoleSpeaker},
	{"提问人", model.RoleQuestioner}, {"提問人", model.RoleQuestioner},
	{"提问者", model.RoleQuestioner}, {"提問者", model.RoleQuestioner},
}

// roleOf reads a piece that starts with a role label: the role, and the
// name written right after the label ("" when the label stands alone, as in
// "主持人：张一甲"). ok is false when the piece is not a role, or when what
// follows the label is not a name ("嘉宾介绍").
func roleOf(piece string) (role model.Role, name string, ok bool) {
	for _, w := range roleWords {
		rest, found := strings.CutPrefix(piece, w.label)
		if !found {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return w.role, "", true
		}
		if n, isName := personName(rest); isName {
			return w.role, n, true
		}
		return "", "", false
	}
	return "", "", false
}

// personName reports whether piece is a person's name, and the name as it
// should be shown (Latin names from slugs arrive with their words already
// joined by spaces).
func personName(piece string) (string, bool) {
	piece = strings.TrimFunc(piece, isSpace)
	if isHanName(piece) || isLatinName(piece) {
		return piece, true
	}
	return spacedHanName(piece)
}

// spacelessName is personName for a piece of a text with no spaces at all,
// made of a slug, where hyphens stand for the spaces of Latin names
// ("Buck-Shlegeris"). In a text with spaces a hyphen is a hyphen:
// "Actor-Critic" is no name.
func spacelessName(piece string) (string, bool) {
	if name, ok := personName(piece); ok {
		return name, true
	}
	if name := strings.ReplaceAll(piece, "-", " "); name != piece && isLatinName(name) {
		return name, true
	}
	return "", false
}

// spacedHanName reads a Chinese name written with a space between the
// surname and the given name ("刘 嘉", "欧阳 娜娜"), as subtitles of two-character
// names often are: the name without the space.
func spacedHanName(s string) (string, bool) {
	f := strings.FieldsFunc(s, isSpace)
	if len(f) != 2 {
		return "", false
	}
	name := f[0] + f[1]
	n := utf8.RuneCountInString(f[0])
	if (n == 1 || (n == 2 && strings.Contains(compoundSurnames, f[0]+" "))) && isHanName(name) {
		return name, true
	}
	return "", false
}

// isHanName reports whether s is a Chinese personal name (see the file
// comment for the rule).
func isHanName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) {
			return false
		}
	}
	if _, _, isRole := roleOf(s); isRole {
		return false
	}
	runes := []rune(s)
	if n >= 3 && strings.Contains(compoundSurnames, string(runes[:2])+" ") {
		return true
	}
	return n <= 3 && strings.ContainsRune(singleSurnames, runes[0])
}

// isLatinName reports whether s is a person's name in Latin script (see
// the file comment for the rule).
func isLatinName(s string) bool {
	if len(s) > 48 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		if titleWords[strings.ToLower(strings.TrimRight(w, ".,"))] {
			return false
		}
		edge := i == 0 || i == len(words)-1
		switch {
		case isCapitalised(w):
		case isInitial(w) && i < len(words)-1:
		case !edge && nameParticles[w]:
		default:
			return false
		}
	}
	return true
}

// isCapitalised reports whether w is a capitalised Latin word with at least
// one lower-case letter ("Edelsohn", "LeCun", "O'Neil", "Jean-Luc").
func isCapitalised(w string) bool {
	lower := false
	for i, r := range w {
		switch {
		case i == 0:
			if !unicode.IsUpper(r) || !unicode.Is(unicode.Latin, r) {
				return false
			}
		case unicode.Is(unicode.Latin, r):
			lower = lower || unicode.IsLower(r)
		case r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return lower
}

// isInitial reports whether w is an initial such as "J.".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return len(w) == size+1 && w[size] == '.' && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r)
}

// nameParticles are the lower-case words allowed inside a Latin name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "del": true, "dos": true,
	"bin": true, "al": true, "ter": true,
}

// titleWords are words common in talk titles and rare in names: a
// capitalised phrase holding one is a title, not a person.
var titleWords = setOf(`the a an and or of for in on at to with via from by is are be as
your our my we you it its this that how what why when where who
towards toward beyond into about over under through using new next not no vs versus
part lecture chapter introduction intro overview keynote panel discussion session
opening closing remarks summary conclusion welcome tutorial workshop day
model models modeling modelling learning language languages large small deep neural
network networks data intelligence vision system systems scaling law laws
generative generation image images video videos robot robots robotics agent agents
reasoning training inference foundation artificial machine machines computing compute
future potential trials tribulations transformer transformers attention diffusion
alignment safety open source science research world efficient scalable
autoregressive visual multimodal embodied physics medical health engineering design
age era frontier frontiers challenges challenge opportunities perspective perspectives
hardware software chip chips cloud edge graph graphs knowledge speech text code
computer algorithm algorithms theory practice application applications unlocking
predicti prediction predictions ai llm llms gpu gpus chat fireside pod podcast`)

// setOf makes a set of the space-separated words in s.
func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// orgSuffixes end the names of organisations, never of people.
var orgSuffixes = strings.Fields(`协会 公司 大学 学院 研究院 研究所 实验室 集团 中心 委员会
基金会 社区 银行 医院 学会 联盟 平台 政府 科技
協會 大學 學院 實驗室 集團 委員會 基金會 社區 銀行 醫院 學會 聯盟`)

// singleSurnames are common one-character Chinese surnames, Simplified and
// Traditional. Rare surnames that are mostly everyday words (和, 平, 国, 信,
// 时, 应, 东, 古, 谷, 帖, …) are left out on purpose: they would turn titles
// into names. Rare ones that never start a word in a title (眭, 仉, 么) are in.
const singleSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾" +
	"肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方" +
	"白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温" +
	"康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝宁尚" +
	"舒阮柯纪梅童凌毕裴霍涂苗盛翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕饶牟艾尤卓" +
	"缪麦褚娄窦戚岑晏卫柏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄仲虞敖巩佘" +
	"邝匡鞠荆冀郁胥栗鄢谌奚粟冼蔺阚帅屠朴廉禹祖漆卿狄晁芮扈阙邸雍辜裘亓邰" +
	"赫杭逯茹嵇湛戎萧傅管洪穆芦眭仉么" +
	"張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂蔣盧鍾譚陸賈韋鄒錢嚴龔萬湯溫" +
	"聶顏莊魯歐蘭紀畢塗駱藍饒繆麥婁竇衛閔鄔欒鞏龐羅賀顧龍齊喬閆閻鮑華鄺" +
	"廖覃詹甯寧"

// compoundSurnames are two-character Chinese surnames, each followed by a
// space.
const compoundSurnames = "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 司徒 " +
	"尉迟 尉遲 公孙 公孫 夏侯 宇文 长孙 長孫 轩辕 軒轅 端木 独孤 獨孤 南宫 南宮 " +
	"西门 西門 申屠 澹台 澹臺 呼延 赫连 赫連 闻人 聞人 万俟 宗政 濮阳 濮陽 钟离 " +
	"鍾離 拓跋 淳于 "

// maxRoleLabel is the length in bytes of the longest role label.
const maxRoleLabel = len("主讲嘉宾")

// isRoleLabel reports whether s is exactly one of the role labels.
func isRoleLabel(s string) bool {
	for _, w := range roleWords {
		if w.label == s {
			return true
		}
	}
	return false
}
