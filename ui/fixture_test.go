package ui

import (
	"strings"

	"talks/model"
	"talks/ui/uitest"
)

// The fixtures are invented text, Chinese and English, shaped like the
// corpus: a volume with two forums, a roundtable, sections and images.

// talkSpec, build, para, section, slide, filler and longTalk are
// package uitest's, by shorter names.
type talkSpec = uitest.Spec

func build(s talkSpec) *model.Talk        { return uitest.Build(s) }
func para(s string) model.Block           { return uitest.Para(s) }
func section(l int, s string) model.Block { return uitest.Section(l, s) }
func filler(i int) string                 { return uitest.Filler(i) }
func longTalk() *model.Talk               { return uitest.LongTalk() }

// testCorpus is the corpus most tests read.
func testCorpus() *model.Corpus {
	vol, ev := "测试大会 2030（一）", "2030测试大会"
	short := func(id, forum string, part int, title string, sp ...model.Speaker) *model.Talk {
		return build(talkSpec{ID: id, Volume: vol, Event: ev, Forum: forum, Part: part, Title: title,
			Speakers: sp, Video: strings.Split(id, "-")[0],
			Blocks: []model.Block{para(filler(part)), para("短段落 a short one.")}})
	}
	round := uitest.RoundTalk()
	other := build(talkSpec{ID: "notes-064", Title: "读书笔记：注意力机制", Blocks: []model.Block{
		section(2, "背景"), para(filler(1)), section(2, "结论"), para("注意力就是加权平均。"),
	}})
	return &model.Corpus{
		Talks: []*model.Talk{
			round,
			short("BVtest0001-p1", "智能体论坛", 1, "开场致辞", model.Speaker{Name: "王芳", Role: model.RoleSpeaker}),
			longTalk(),
			short("BVtest0002-p2", "Open Source Forum", 2, "Open Weights, Open Questions: a very long English title that must be cut", model.Speaker{Name: "Bob Li", Role: model.RoleSpeaker}),
			short("BVtest0002-p1", "Open Source Forum", 1, "开源模型的生态与治理", model.Speaker{Name: "赵磊", Role: model.RoleSpeaker}),
			other,
		},
		Warnings: []model.Warning{
			{File: "broken/a.md", Line: 12, Msg: "heading has no title"},
			{File: "broken/b.txt", Msg: "not valid UTF-8, GB18030 or UTF-16"},
		},
	}
}
