package index

import "talks/model"

// The fixtures are invented talks: made-up people, titles and sentences.

func para(n int, text string) model.Block {
	return model.Block{Kind: model.KindParagraph, Text: text, Para: n}
}

func fixtureTalks() []*model.Talk {
	huang := "黄闻皓"
	return []*model.Talk{
		{
			ID: "BVfix0001-p4", Event: "2025星河智能大会", Forum: "大模型产业", Part: 4,
			Title:    "大模型训练方法与Yi-Lite的经验",
			Speakers: []model.Speaker{{Name: huang, Role: model.RoleSpeaker}},
			Blocks: []model.Block{
				para(1, "今天我们聊聊大模型的训练，大模型需要很多数据。"),
				{Kind: model.KindImage, Image: 1},
				{Kind: model.KindHeading, Text: "数据与Transformer", Level: 2},
				para(2, "我们用的TRANSFORMER结构和一般的transformer没有区别，Transformer的层数更多。"),
			},
		},
		{
			ID: "BVfix0001-p7", Event: "2025星河智能大会", Forum: "大模型产业", Part: 7,
			Title: "圆桌讨论：开源与闭源",
			Speakers: []model.Speaker{
				{Name: "周琳", Role: model.RoleHost},
				{Name: huang, Role: model.RoleGuest},
				{Name: "Tom Baker", Role: model.RoleGuest},
			},
			Blocks: []model.Block{
				para(1, "主持人：欢迎各位嘉宾。开源模型和闭源模型各有长处。"),
				{Kind: model.KindList, Text: "- 开源：社区快\n- 闭源：产品稳", Para: 2},
			},
		},
		{
			ID: "BVfix0002-p2", Event: "Star Summit 2025", Forum: "Frontier Models", Part: 2,
			Title:    "Scaling Laws for Yi Models",
			Speakers: []model.Speaker{{Name: "Alice Wong", Role: model.RoleSpeaker}},
			Blocks: []model.Block{
				para(1, "Scaling laws tell us how loss falls as compute grows; aaaa is a toy string."),
				{Kind: model.KindCode, Text: "loss = a * compute ** -b", Lang: "python"},
			},
		},
		{
			ID: "BVfix0003-p1", Event: "2025星河智能大会", Forum: "多模态模型", Part: 1,
			Title:    "多模态理解的新进展",
			Speakers: []model.Speaker{{Name: "李晓明", Role: model.RoleSpeaker}},
			Blocks:   []model.Block{para(1, "多模态模型把图像和文字放在一起理解。")},
		},
		{
			ID: "fintech-talk", Event: "金融科技周", Forum: "风险管理",
			Title:    "银行业的智能风控",
			Speakers: []model.Speaker{{Name: "张行", Role: model.RoleSpeaker}},
			Blocks:   []model.Block{{Kind: model.KindQuote, Text: "> 风控是银行的生命线。", Para: 1}},
		},
		{
			ID: "how-we-hire", Event: "Star Summit 2025", Forum: "Teams",
			Title:    "How We Hire",
			Speakers: []model.Speaker{{Name: "Alice Wong", Role: model.RoleSpeaker}},
			Blocks:   []model.Block{para(1, "We hire slowly.")},
		},
	}
}
