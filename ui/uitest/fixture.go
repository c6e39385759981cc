package uitest

import (
	"fmt"

	"talks/model"
)

// The fixtures are invented text, Chinese and English, shaped like the
// corpus: sections, slides, roundtables.

// Para, Section and Slide make blocks; Build numbers them.
func Para(s string) model.Block { return model.Block{Kind: model.KindParagraph, Text: s} }

// Section is a heading block of the level.
func Section(level int, s string) model.Block {
	return model.Block{Kind: model.KindHeading, Level: level, Text: s}
}

// Slide is an image block; Build makes its image.
func Slide(target string) model.Block { return model.Block{Kind: model.KindImage, Text: target} }

// Spec describes an invented talk.
type Spec struct {
	// ID, Volume, Event and Forum are the talk's.
	ID, Volume, Event, Forum string
	// Part is the talk's part.
	Part int
	// Title is the talk's title, and its heading.
	Title string
	// Speakers are the talk's speakers.
	Speakers []model.Speaker
	// Video is the video id.
	Video string
	// Blocks are the talk's blocks, numbered by Build.
	Blocks []model.Block
}

// Build makes a talk: paragraphs numbered, images collected (slide keeps
// the target in Text until here), source lines invented.
func Build(s Spec) *model.Talk {
	t := &model.Talk{
		ID: s.ID, Volume: s.Volume, Event: s.Event, Forum: s.Forum, Part: s.Part,
		Title: s.Title, Speakers: s.Speakers, VideoID: s.Video, File: "fixture.md", Line: 1,
		Heading: s.Title,
	}
	n := 0
	for i, b := range s.Blocks {
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

// Filler is an invented paragraph of mixed Chinese and English.
func Filler(i int) string {
	return fmt.Sprintf("第%d段。我们今天讨论模型训练里的数据质量与评测方法，"+
		"also how scaling laws guide the budget of paragraph %d. "+
		"如果数据不干净，再大的模型也学不到真正的规律。", i, i)
}

// LongTalk is a talk with sections, slides and many paragraphs.
func LongTalk() *model.Talk {
	var bs []model.Block
	bs = append(bs, Para(Filler(1)), Slide("https://example.org/slides/a1.png"), Para(Filler(2)))
	for s := 1; s <= 4; s++ {
		bs = append(bs, Section(2, fmt.Sprintf("第%d部分：Section %d", s, s)))
		if s == 2 {
			bs = append(bs, Section(3, "细节 Details"))
		}
		for i := 0; i < 10; i++ {
			bs = append(bs, Para(Filler(10*s+i)))
		}
		bs = append(bs, Slide(fmt.Sprintf("/data/slides/s%d.png", s)))
	}
	return Build(Spec{
		ID: "BVtest0001-p2", Volume: "测试大会 2030（一）", Event: "2030测试大会", Forum: "智能体论坛", Part: 2,
		Title:    "智能体的记忆与规划：From Tools to Teams",
		Speakers: []model.Speaker{{Name: "林晓", Role: model.RoleSpeaker}},
		Video:    "BVtest0001", Blocks: bs,
	})
}

// RoundTalk is a roundtable of three speakers (a host and two guests) with
// two short paragraphs.
func RoundTalk() *model.Talk {
	return Build(Spec{
		ID: "BVtest0001-p3", Volume: "测试大会 2030（一）", Event: "2030测试大会", Forum: "智能体论坛", Part: 3,
		Title: "圆桌：智能体何时真正有用",
		Speakers: []model.Speaker{
			{Name: "周明", Role: model.RoleHost},
			{Name: "陈一", Role: model.RoleGuest}, {Name: "Alice Wang", Role: model.RoleGuest},
		},
		Video:  "BVtest0001",
		Blocks: []model.Block{Para("主持人：欢迎各位。Welcome to the panel."), Para(Filler(2))},
	})
}
