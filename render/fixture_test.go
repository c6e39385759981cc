package render

import "talks/model"

// fixture is a small talk written for these tests: Chinese mixed with
// English words, a long word, a URL, punctuation at every turn, and one
// block of each kind.
func fixture() *model.Talk {
	return &model.Talk{
		ID:       "BV1xx411c7mD-p3",
		Event:    "2031测试大会",
		Forum:    "排版论坛",
		Part:     3,
		Title:    "终端里的中文排版：从断行到“即时”渲染",
		Speakers: []model.Speaker{{Name: "林小雨", Role: model.RoleHost}, {Name: "Ada Chen", Role: model.RoleGuest}},
		VideoID:  "BV1xx411c7mD",
		Blocks: []model.Block{
			{Kind: model.KindParagraph, Para: 1, Text: "大家好，今天我们聊一聊terminal里的中文排版（typography），特别是断行：一行不能以逗号、句号开头，也不能以左括号结尾。"},
			{Kind: model.KindImage, Image: 1},
			{Kind: model.KindHeading, Level: 2, Text: "一、为什么要自己断行"},
			{Kind: model.KindParagraph, Para: 2, Text: "我们试过把一个supercalifragilisticexpialidocious这样的长单词放进窄窗口，也试过网址https://example.org/typesetting/chinese-line-breaking?lang=zh，结果都不太理想……所以“自己来”。"},
			{Kind: model.KindList, Para: 3, Text: "- 第一，**标点**不能出现在行首；\n- 第二，English words stay whole unless they are longer than a line；\n- 第三，速度要快。"},
			{Kind: model.KindQuote, Para: 4, Text: "> 排版是让读者忘记排版的艺术。"},
			{Kind: model.KindCode, Lang: "go", Text: "func main() {\n\tfmt.Println(\"你好，世界！这是一行很长很长很长的代码，用来测试代码块的换行\")\n}"},
			{Kind: model.KindRule},
			{Kind: model.KindImage, Image: 2},
			{Kind: model.KindParagraph, Para: 5, Text: "谢谢大家！"},
		},
		Images: []model.Image{
			{N: 1, Target: "https://example.org/slides/1.png"},
			{N: 2, Alt: "断行示意图", Target: "/srv/slides/2.png"},
		},
	}
}
