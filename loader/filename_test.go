package loader

import (
	"reflect"
	"testing"

	"talks/model"
)

// fileNameCases are every file name of the real corpus, DESIGN.md's
// example, and invented ones for each style and for names with no metadata.
var fileNameCases = []struct {
	name string
	want Meta
}{
	// The corpus: spaced headings as names.
	{"2024北京智源大会-AI系统 - P1：论坛背景与嘉宾介绍-林咏华 - 智源社区 - BV1DS411w7EG.md",
		Meta{Event: baai, Forum: "AI系统", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("林咏华"), Publisher: zhiyuan, VideoID: "BV1DS411w7EG"}},
	{"2024北京智源大会-AI系统 - P2：Unlocking Al Potential：David Edelsohn - 智源社区 - BV1DS411w7EG.md",
		Meta{Event: baai, Forum: "AI系统", Part: 2, Title: "Unlocking Al Potential", Speakers: wantSpeakers("David Edelsohn"), Publisher: zhiyuan, VideoID: "BV1DS411w7EG"}},
	{"2024北京智源大会-人工智能+数据新基建 - P3：介绍“北京人工智能数据运营平台”-林咏华- - 智源社区 - BV1qx4y14735.md",
		Meta{Event: baai, Forum: "人工智能+数据新基建", Part: 3, Title: "介绍“北京人工智能数据运营平台”", Speakers: wantSpeakers("林咏华"), Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"2024北京智源大会-多模态模型 - P1：论坛背景与嘉宾介绍-主持人：李亚州 - 智源社区 - BV1sT421a7FU.md",
		Meta{Event: baai, Forum: "多模态模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers(model.RoleHost, "李亚州"), Publisher: zhiyuan, VideoID: "BV1sT421a7FU"}},

	// The corpus: slugs, where punctuation became hyphens.
	{"2024北京智源大会-人工智能-数据新基建---P1-领导致辞--尚冰---智源社区---BV1qx4y14735.md",
		Meta{Event: baai, Forum: "人工智能-数据新基建", Part: 1, Title: "领导致辞", Speakers: wantSpeakers("尚冰"), Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"2024北京智源大会-人工智能-数据新基建---P5-发布-北京人工智能数据运营平台-暨-行业数据集-场景应用创新计划-启动仪式-中国互联网协会----智源社区---BV1qx4y14735.md",
		Meta{Event: baai, Forum: "人工智能-数据新基建", Part: 5, Title: "发布-北京人工智能数据运营平台-暨-行业数据集-场景应用创新计划-启动仪式-中国互联网协会", Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"2024北京智源大会-多模态模型---P1-论坛背景与嘉宾介绍-主持人-李亚州---智源社区---BV1sT421a7FU.md",
		Meta{Event: baai, Forum: "多模态模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers(model.RoleHost, "李亚州"), Publisher: zhiyuan, VideoID: "BV1sT421a7FU"}},
	{"2024北京智源大会-大模型产业技术---P1-论坛及嘉宾介绍-王仲远---智源社区---BV1HM4m1U7bM.md",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 1, Title: "论坛及嘉宾介绍", Speakers: wantSpeakers("王仲远"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"2024北京智源大会-大模型产业技术---P4-大模型训练方法论及Yi-Large的实践-黄文灏---智源社区---BV1HM4m1U7bM.md",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 4, Title: "大模型训练方法论及Yi-Large的实践", Speakers: wantSpeakers("黄文灏"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"2024北京智源大会-大模型前沿探索---P1-论坛背景与嘉宾介绍-李永翔---智源社区---BV1yS411A73A.md",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("李永翔"), Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"2024北京智源大会-大模型前沿探索---P7-圆桌讨论-主持人---智源社区---BV1yS411A73A.md",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 7, Title: "圆桌讨论", Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"2024北京智源大会-大语言模型---P1-论坛背景与嘉宾介绍-赵鑫---智源社区---BV1zE421N7UJ.md",
		Meta{Event: baai, Forum: "大语言模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("赵鑫"), Publisher: zhiyuan, VideoID: "BV1zE421N7UJ"}},
	{"2024北京智源大会-智慧医疗和生物系统-影像-功能与仿真---P1-论坛背景与嘉宾介绍-张恒贵---智源社区---BV1VW421R7HV.md",
		Meta{Event: baai, Forum: "智慧医疗和生物系统-影像-功能与仿真", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("张恒贵"), Publisher: zhiyuan, VideoID: "BV1VW421R7HV"}},
	{"2024北京智源大会-智慧医疗和生物系统-影像-功能与仿真---P7-On-trials-and-tribulations--Alejandro-Frangi---智源社区---BV1VW421R7HV.md",
		Meta{Event: baai, Forum: "智慧医疗和生物系统-影像-功能与仿真", Part: 7, Title: "On-trials-and-tribulations", Speakers: wantSpeakers("Alejandro Frangi"), Publisher: zhiyuan, VideoID: "BV1VW421R7HV"}},
	{"2024北京智源大会-智能驾驶---P1-论坛背景与嘉宾介绍-刘法旺-黄铁军---智源社区---BV1Ww4m1a7gr.md",
		Meta{Event: baai, Forum: "智能驾驶", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("刘法旺", "黄铁军"), Publisher: zhiyuan, VideoID: "BV1Ww4m1a7gr"}},
	{"2024北京智源大会-生成模型---P1-论坛背景与嘉宾介绍-李崇轩---智源社区---BV1DS411w7hz.md",
		Meta{Event: baai, Forum: "生成模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("李崇轩"), Publisher: zhiyuan, VideoID: "BV1DS411w7hz"}},
	{"2024北京智源大会-生成模型---P3-Visual-Autoregressive-Modeling-Scalable-Image-Generation-via-Next-Scale-Predicti---智源社区---BV1DS411w7hz.md",
		Meta{Event: baai, Forum: "生成模型", Part: 3, Title: "Visual-Autoregressive-Modeling-Scalable-Image-Generation-via-Next-Scale-Predicti", Publisher: zhiyuan, VideoID: "BV1DS411w7hz"}},
	{"2024北京智源大会-视觉大模型---P1-论坛背景与嘉宾介绍-颜水成---智源社区---BV13x4y1t7sb.md",
		Meta{Event: baai, Forum: "视觉大模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("颜水成"), Publisher: zhiyuan, VideoID: "BV13x4y1t7sb"}},

	// The corpus: series numbers, and the volume (no metadata).
	{"mit-6s087-genai-01.md", Meta{Event: "mit-6s087-genai", Part: 1}},
	{"mit-6s087-genai-07.md", Meta{Event: "mit-6s087-genai", Part: 7}},
	{"ptcon-2025-001.md", Meta{Event: "ptcon-2025", Part: 1}},
	{"ptcon-2025-068.md", Meta{Event: "ptcon-2025", Part: 68}},
	{"waic24-38.md", Meta{Event: "waic24", Part: 38}},
	{"waic24-64.md", Meta{Event: "waic24", Part: 64}},
	{"000_b2de72e1c3636c0f.txt", Meta{}},

	// DESIGN.md: the video-note style.
	{"2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note.md",
		Meta{Event: "2025北京智源大会", Forum: "AI安全", Part: 3, VideoID: "BV14FNWzuEfo"}},

	// Invented.
	{"2025某某大会-安全--BV1Ru2c5Hn8e.md", Meta{Event: "2025某某大会", Forum: "安全", VideoID: "BV1Ru2c5Hn8e"}},
	{"2025某某大会-数据与开源-p05-数据卡片的工具链.md", Meta{Event: "2025某某大会", Forum: "数据与开源", Part: 5, Title: "数据卡片的工具链"}},
	{"2025某某大会-数据与开源-P6-数据治理-许文博.md", Meta{Event: "2025某某大会", Forum: "数据与开源", Part: 6, Title: "数据治理", Speakers: wantSpeakers("许文博")}},
	{"Lecture_03.markdown", Meta{Event: "Lecture", Part: 3}},
	{"notes-012.TXT", Meta{Event: "notes", Part: 12}},
	{"notes-2024.md", Meta{}},
	{"064.md", Meta{}},
	{"README.md", Meta{}},
	{"大模型的未来：张三.md", Meta{}},
	{"", Meta{}},
	{".md", Meta{}},
	{"某频道---P1-Maria-Keller---某社区---BV1xx411c7mD.md", Meta{Event: "某频道", Part: 1, Speakers: wantSpeakers("Maria Keller"), Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"P4：标题：黄文灏.md", Meta{Part: 4, Title: "标题", Speakers: wantSpeakers("黄文灏")}},
	{"某大会-某论坛 - P2：模型 v2.5 的变化：王五 - 某社区 - BV1HM4m1U7bM.md", Meta{Event: "某大会", Forum: "某论坛", Part: 2, Title: "模型 v2.5 的变化", Speakers: wantSpeakers("王五"), Publisher: "某社区", VideoID: "BV1HM4m1U7bM"}},
}

func TestParseFileName(t *testing.T) {
	for _, tc := range fileNameCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseFileName(tc.name)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseFileName(%q)\n got %+v\nwant %+v", tc.name, got, tc.want)
			}
			checkMeta(t, tc.name, got)
		})
	}
}
