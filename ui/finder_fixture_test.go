package ui

import (
	"fmt"

	"talks/model"
)

// findCorpus is testCorpus with a talk by 黄文灏, a roundtable he joins,
// and a long talk with one rare phrase deep inside, for the finder and
// search tests.
func findCorpus() *model.Corpus {
	c := testCorpus()
	vol, ev := "测试大会 2030（一）", "2030测试大会"
	hwh := model.Speaker{Name: "黄文灏", Role: model.RoleSpeaker}
	talk := build(talkSpec{
		ID: "BVtest0003-p1", Volume: vol, Event: ev, Forum: "基础模型论坛", Part: 1,
		Title: "大模型的预训练：数据与算力", Speakers: []model.Speaker{hwh}, Video: "BVtest0003",
		Blocks: []model.Block{para(filler(1)), para("预训练的关键是数据配比。")},
	})
	var bs []model.Block
	for i := 1; i <= 30; i++ {
		s := filler(i)
		if i == 25 {
			s = "第25段。这里只有一次提到独角兽计划，别处都没有。"
		}
		bs = append(bs, para(s))
	}
	long := build(talkSpec{
		ID: "BVtest0003-p2", Volume: vol, Event: ev, Forum: "基础模型论坛", Part: 2,
		Title: "长报告：评测的方法", Speakers: []model.Speaker{{Name: "Carol Wu", Role: model.RoleSpeaker}},
		Video: "BVtest0003", Blocks: bs,
	})
	round := build(talkSpec{
		ID: "BVtest0003-p3", Volume: vol, Event: ev, Forum: "基础模型论坛", Part: 3,
		Title: "圆桌：开放与安全",
		Speakers: []model.Speaker{
			{Name: "周明", Role: model.RoleHost}, {Name: "黄文灏", Role: model.RoleGuest},
		},
		Video:  "BVtest0003",
		Blocks: []model.Block{para("主持人：请各位谈谈开放。"), para(fmt.Sprint("Open weights help research, ", filler(3)))},
	})
	c.Talks = append(c.Talks, talk, long, round)
	return c
}
