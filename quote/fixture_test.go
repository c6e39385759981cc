package quote

import "talks/model"

// fixtureTalk is an invented talk with every kind of numbered block: Chinese
// and English paragraphs, a list with a continuation line, and a quote of two
// paragraphs, between unnumbered heading and image blocks.
func fixtureTalk() *model.Talk {
	return &model.Talk{
		ID:       "BV1xx411c7mD-p3",
		Event:    "2031星河开发者大会",
		Forum:    "智能体论坛",
		Part:     3,
		Title:    "从零开始训练小模型",
		Speakers: []model.Speaker{{Name: "林晓舟", Role: model.RoleSpeaker}},
		VideoID:  "BV1xx411c7mD",
		Blocks: []model.Block{
			{Kind: model.KindParagraph, Text: "大家好。今天我讲三件事！第一件是数据。", Para: 1},
			{Kind: model.KindHeading, Text: "数据", Level: 2},
			{Kind: model.KindImage, Image: 1},
			{Kind: model.KindParagraph, Text: "We cleaned the data, e.g. removed duplicates. It took 3.5 days. Then we trained.", Para: 2},
			{Kind: model.KindList, Text: "- 第一项：去重。\n- 第二项：过滤。再检查一遍。\n  这是续行。", Para: 3},
			{Kind: model.KindQuote, Text: "> Small models can\n> be strong.\n>\n> 小模型也能很强。", Para: 4},
			{Kind: model.KindParagraph, Text: "最后，谢谢大家。", Para: 5},
		},
	}
}
