package quote

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"talks/model"
)

func TestCitation(t *testing.T) {
	speaker := func(name string, role model.Role) model.Speaker { return model.Speaker{Name: name, Role: role} }
	tests := []struct {
		name string
		talk model.Talk
		want string
	}{
		{
			"the issue's example",
			model.Talk{Event: "2024北京智源大会", Forum: "大模型产业技术", Part: 4, Title: "大模型训练方法论及Yi-Large的实践",
				Speakers: []model.Speaker{speaker("黄文灏", model.RoleSpeaker)}, VideoID: "BV1HM4m1U7bM"},
			"— 黄文灏，《大模型训练方法论及Yi-Large的实践》，2024北京智源大会 · 大模型产业技术 · P4，https://www.bilibili.com/video/BV1HM4m1U7bM?p=4",
		},
		{
			"one speaker",
			*fixtureTalk(),
			"— 林晓舟，《从零开始训练小模型》，2031星河开发者大会 · 智能体论坛 · P3，https://www.bilibili.com/video/BV1xx411c7mD?p=3",
		},
		{
			"roundtable with a host and guests",
			model.Talk{Event: "2031星河开发者大会", Forum: "智能体论坛", Part: 7, Title: "圆桌：小模型的未来",
				Speakers: []model.Speaker{speaker("周一鸣", model.RoleHost), speaker("陈安", model.RoleGuest),
					speaker("许宁", model.RoleGuest), speaker("赵可", model.RoleGuest)}, VideoID: "BV1xx411c7mD"},
			"— 周一鸣（主持）、陈安、许宁、赵可，《圆桌：小模型的未来》，2031星河开发者大会 · 智能体论坛 · P7，https://www.bilibili.com/video/BV1xx411c7mD?p=7",
		},
		{
			"a questioner",
			model.Talk{Title: "问答环节", Speakers: []model.Speaker{speaker("林晓舟", model.RoleSpeaker), speaker("钱多", model.RoleQuestioner)}},
			"— 林晓舟、钱多（提问），《问答环节》",
		},
		{
			"no speaker",
			model.Talk{Event: "2031星河开发者大会", Forum: "智能体论坛", Part: 2, Title: "开幕致辞", VideoID: "BV1xx411c7mD"},
			"— 《开幕致辞》，2031星河开发者大会 · 智能体论坛 · P2，https://www.bilibili.com/video/BV1xx411c7mD?p=2",
		},
		{
			"no video",
			model.Talk{Event: "机器学习公开课", Part: 5, Title: "梯度下降", Speakers: []model.Speaker{speaker("吴老师", model.RoleSpeaker)}},
			"— 吴老师，《梯度下降》，机器学习公开课 · P5",
		},
		{
			"no part",
			model.Talk{Event: "2031星河开发者大会", Forum: "智能体论坛", Title: "闭幕", Speakers: []model.Speaker{speaker("林晓舟", model.RoleSpeaker)}, VideoID: "BV1xx411c7mD"},
			"— 林晓舟，《闭幕》，2031星河开发者大会 · 智能体论坛，https://www.bilibili.com/video/BV1xx411c7mD",
		},
		{
			"no event or forum",
			model.Talk{Part: 2, Title: "第二讲", VideoID: "BV1xx411c7mD"},
			"— 《第二讲》，P2，https://www.bilibili.com/video/BV1xx411c7mD?p=2",
		},
		{
			"forum without event",
			model.Talk{Forum: "智能体论坛", Title: "第二讲"},
			"— 《第二讲》，智能体论坛",
		},
		{"title only", model.Talk{Title: "Scaling Laws Revisited"}, "— 《Scaling Laws Revisited》"},
		{"title already in book marks", model.Talk{Title: "《小模型》"}, "— 《小模型》"},
		{
			"escape codes and line breaks removed",
			model.Talk{Title: "\x1b[1m加粗\x1b[0m的\n标题", Speakers: []model.Speaker{speaker("林\x07晓舟", model.RoleSpeaker), speaker("  ", model.RoleGuest)}},
			"— 林晓舟，《加粗的 标题》",
		},
		{"nothing known", model.Talk{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Citation(&tt.talk); got != tt.want {
				t.Errorf("Citation\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestMarkdown(t *testing.T) {
	talk := fixtureTalk()
	tests := []struct {
		name string
		talk *model.Talk
		text string
		want string
	}{
		{"one line", talk, "大家好。", "> 大家好。\n>\n> — 林晓舟，《从零开始训练小模型》，2031星河开发者大会 · 智能体论坛 · P3，https://www.bilibili.com/video/BV1xx411c7mD?p=3"},
		{"two paragraphs", &model.Talk{Title: "T"}, "一。\n\n二。", "> 一。\n>\n> 二。\n>\n> — 《T》"},
		{"extra blank lines and spaces collapse", &model.Talk{Title: "T"}, "\n\n一。  \n\n\n\n二。\n\n", "> 一。\n>\n> 二。\n>\n> — 《T》"},
		{"list lines", &model.Talk{Title: "T"}, "- a\n- b", "> - a\n> - b\n>\n> — 《T》"},
		{"escape codes removed", &model.Talk{Title: "T"}, "\x1b[31m红\x1b[0m色。", "> 红色。\n>\n> — 《T》"},
		{"no citation", &model.Talk{}, "一。", "> 一。"},
		{"empty text", talk, " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Markdown(tt.talk, tt.text); got != tt.want {
				t.Errorf("Markdown\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestMarkdownGolden is the quote of paragraphs 1 to 4 of the fixture, as
// `talks quote` prints it: see testdata/TestMarkdownGolden.golden.
func TestMarkdownGolden(t *testing.T) {
	talk := fixtureTalk()
	golden.RequireEqual(t, Markdown(talk, Paras(talk, 1, 4))+"\n")
}
