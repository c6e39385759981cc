package ui

import (
	"fmt"
	"strings"

	"talks/model"
)

// The fixtures are invented text, Chinese and English, shaped like the
// corpus: a volume with two forums, a roundtable, sections and images.

// para, section and slide make blocks; build numbers them.
func para(s string) model.Block { return model.Block{Kind: model.KindParagraph, Text: s} }

func section(level int, s string) model.Block {
	return model.Block{Kind: model.KindHeading, Level: level, Text: s}
}

func slide(target string) model.Block { return model.Block{Kind: model.KindImage, Text: target} }

// talkSpec describes a fixture talk.
type talkSpec struct {
	id, volume, event, forum string
	part                     int
	title                    string
	speakers                 []model.Speaker
	video                    string
	blocks                   []model.Block
}

// build makes a talk: paragraphs numbered, images collected (slide keeps
// the target in Text until here), source lines invented.
func build(s talkSpec) *model.Talk {
	t := &model.Talk{
		ID: s.id, Volume: s.volume, Event: s.event, Forum: s.forum, Part: s.part,
		Title: s.title, Speakers: s.speakers, VideoID: s.video, File: "fixture.md", Line: 1,
		Heading: s.title,
	}
	n := 0
	for i, b := range s.blocks {
		b.Line = 3 + 2*i
		switch b.Kind {
		case model.KindParagraph, model.KindList, model.KindQuote:
			n++
			b.Para = n
		case model.KindImage:
			img := model.Image{N: len(t.Images) + 1, Target: b.Text, Line: b.Line}
			t.Images = append(t.Images, img)
			b.Image, b.Text = img.N, ""
		}
		t.Blocks = append(t.Blocks, b)
	}
	return t
}

// filler is an invented paragraph of mixed Chinese and English.
func filler(i int) string {
	return fmt.Sprintf("第%d段。我们今天讨论模型训练里的数据质量与评测方法，"+
		"also how scaling laws guide the budget of paragraph %d. "+
		"如果数据不干净，再大的模型也学不到真正的规律。", i, i)
}

// longTalk is a talk with sections, slides and many paragraphs.
func longTalk() *model.Talk {
	var bs []model.Block
	bs = append(bs, para(filler(1)), slide("https://example.org/slides/a1.png"), para(filler(2)))
	for s := 1; s <= 4; s++ {
		bs = append(bs, section(2, fmt.Sprintf("第%d部分：Section %d", s, s)))
		if s == 2 {
			bs = append(bs, section(3, "细节 Details"))
		}
		for i := 0; i < 10; i++ {
			bs = append(bs, para(filler(10*s+i)))
		}
		bs = append(bs, slide(fmt.Sprintf("/data/slides/s%d.png", s)))
	}
	return build(talkSpec{
		id: "BVtest0001-p2", volume: "测试大会 2030（一）", event: "2030测试大会", forum: "智能体论坛", part: 2,
		title:    "智能体的记忆与规划：From Tools to Teams",
		speakers: []model.Speaker{{Name: "林晓", Role: model.RoleSpeaker}},
		video:    "BVtest0001", blocks: bs,
	})
}

// testCorpus is the corpus most tests read.
func testCorpus() *model.Corpus {
	vol, ev := "测试大会 2030（一）", "2030测试大会"
	short := func(id, forum string, part int, title string, sp ...model.Speaker) *model.Talk {
		return build(talkSpec{id: id, volume: vol, event: ev, forum: forum, part: part, title: title,
			speakers: sp, video: strings.Split(id, "-")[0],
			blocks: []model.Block{para(filler(part)), para("短段落 a short one.")}})
	}
	round := build(talkSpec{
		id: "BVtest0001-p3", volume: vol, event: ev, forum: "智能体论坛", part: 3,
		title: "圆桌：智能体何时真正有用",
		speakers: []model.Speaker{
			{Name: "周明", Role: model.RoleHost},
			{Name: "陈一", Role: model.RoleGuest}, {Name: "Alice Wang", Role: model.RoleGuest},
		},
		video:  "BVtest0001",
		blocks: []model.Block{para("主持人：欢迎各位。Welcome to the panel."), para(filler(2))},
	})
	other := build(talkSpec{id: "notes-064", title: "读书笔记：注意力机制", blocks: []model.Block{
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
