package quote_test

import (
	"fmt"

	"talks/model"
	"talks/quote"
)

func ExampleSplit() {
	text := "The U.S. team won, e.g. twice. 他说……好吧。「走吧。」Really?! Yes"
	r := []rune(text)
	for _, s := range quote.Split(text) {
		fmt.Println(string(r[s[0]:s[1]]))
	}
	// Output:
	// The U.S. team won, e.g. twice.
	// 他说……
	// 好吧。
	// 「走吧。」
	// Really?!
	// Yes
}

func ExampleMarkdown() {
	talk := &model.Talk{
		ID: "BV1xx411c7mD-p2", Event: "2031星河开发者大会", Forum: "智能体论坛", Part: 2,
		Title:    "小模型的四个误区",
		Speakers: []model.Speaker{{Name: "周一鸣", Role: model.RoleHost}, {Name: "陈安", Role: model.RoleGuest}},
		VideoID:  "BV1xx411c7mD",
		Blocks: []model.Block{
			{Kind: model.KindParagraph, Text: "第一个误区是越大越好。其实不然。", Para: 1},
			{Kind: model.KindParagraph, Text: "第二个误区是数据越多越好。", Para: 2},
		},
	}
	from, to, err := quote.ParseParas("1-2", talk)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(quote.Markdown(talk, quote.Paras(talk, from, to)))
	// Output:
	// > 第一个误区是越大越好。其实不然。
	// >
	// > 第二个误区是数据越多越好。
	// >
	// > — 周一鸣（主持）、陈安，《小模型的四个误区》，2031星河开发者大会 · 智能体论坛 · P2，https://www.bilibili.com/video/BV1xx411c7mD?p=2
}
