package loader

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"talks/model"
)

// wantSpeakers builds a speaker list: a role, then the names that have it,
// then optionally another role and its names.
func wantSpeakers(args ...any) []model.Speaker {
	var out []model.Speaker
	role := model.RoleSpeaker
	for _, a := range args {
		switch v := a.(type) {
		case model.Role:
			role = v
		case string:
			out = append(out, model.Speaker{Name: v, Role: role})
		}
	}
	return out
}

const (
	baai    = "2024北京智源大会"
	zhiyuan = "智源社区"
)

// headingCases are every talk heading of the real corpus and of DESIGN.md,
// then invented ones for each rule and for garbage. They also seed the fuzz
// target.
var headingCases = []struct {
	name    string
	heading string
	want    Meta
}{
	// The volume in the corpus.
	{"volume title", "智源大会 2024（四）",
		Meta{Title: "智源大会 2024（四）"}},
	{"design example", "2024北京智源大会-大模型产业技术 - P4：大模型训练方法论及Yi-Large的实践：黄文灏 - 智源社区 - BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 4, Title: "大模型训练方法论及Yi-Large的实践", Speakers: wantSpeakers("黄文灏"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"volume P5", "2024北京智源大会-大模型产业技术 - P5：混元大模型的研发和业务应用之路：康战辉 - 智源社区 - BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 5, Title: "混元大模型的研发和业务应用之路", Speakers: wantSpeakers("康战辉"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"brackets in title", "2024北京智源大会-大模型产业技术 - P6：可灵(KLING) 视频生成大模型：万鹏飞 - 智源社区 - BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 6, Title: "可灵(KLING) 视频生成大模型", Speakers: wantSpeakers("万鹏飞"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"roundtable", "2024北京智源大会-大模型产业技术 - P7：圆桌讨论：主持人：张一甲-嘉宾：颜水成-谢剑-黄文灏-万鹏飞 - 智源社区 - BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 7, Title: "圆桌讨论", Speakers: wantSpeakers(model.RoleHost, "张一甲", model.RoleGuest, "颜水成", "谢剑", "黄文灏", "万鹏飞"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"semicolon speaker", "2024北京智源大会-大模型前沿探索 - P1：论坛背景与嘉宾介绍;李永翔 - 智源社区 - BV1yS411A73A",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("李永翔"), Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"volume P2 前沿", "2024北京智源大会-大模型前沿探索 - P2：全球首个稠密万亿模型揭秘：王业全 - 智源社区 - BV1yS411A73A",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 2, Title: "全球首个稠密万亿模型揭秘", Speakers: wantSpeakers("王业全"), Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"volume P3 前沿", "2024北京智源大会-大模型前沿探索 - P3：大模型精细化微调和对齐方案：宋双永 - 智源社区 - BV1yS411A73A",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 3, Title: "大模型精细化微调和对齐方案", Speakers: wantSpeakers("宋双永"), Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"two-character name", "2024北京智源大会-大模型前沿探索 - P4：大小模型协同训练初探：敖翔 - 智源社区 - BV1yS411A73A",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 4, Title: "大小模型协同训练初探", Speakers: wantSpeakers("敖翔"), Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},

	// The dev files of the corpus.
	{"forum intro", "2024北京智源大会-大模型产业技术 - P1：论坛及嘉宾介绍：王仲远 - 智源社区 - BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 1, Title: "论坛及嘉宾介绍", Speakers: wantSpeakers("王仲远"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"Latin speaker", "2024北京智源大会-AI系统 - P2：Unlocking Al Potential：David Edelsohn - 智源社区 - BV1DS411w7EG",
		Meta{Event: baai, Forum: "AI系统", Part: 2, Title: "Unlocking Al Potential", Speakers: wantSpeakers("David Edelsohn"), Publisher: zhiyuan, VideoID: "BV1DS411w7EG"}},
	{"dash speaker", "2024北京智源大会-AI系统 - P1：论坛背景与嘉宾介绍-林咏华 - 智源社区 - BV1DS411w7EG",
		Meta{Event: baai, Forum: "AI系统", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("林咏华"), Publisher: zhiyuan, VideoID: "BV1DS411w7EG"}},
	{"numbered note with emoji and (P38)", "38：人工智能新进展与社会科学的未来论坛（P38）🎓",
		Meta{Part: 38, Title: "人工智能新进展与社会科学的未来论坛（P38）🎓"}},
	{"numbered note emoji", "7：自主AI代理基础与实现 🧠",
		Meta{Part: 7, Title: "自主AI代理基础与实现 🧠"}},
	{"numbered note emoji 1", "1：基础模型与生成式人工智能导论 🧠",
		Meta{Part: 1, Title: "基础模型与生成式人工智能导论 🧠"}},
	{"colon speaker", "2024北京智源大会-视觉大模型 - P1：论坛背景与嘉宾介绍：颜水成 - 智源社区 - BV13x4y1t7sb",
		Meta{Event: baai, Forum: "视觉大模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("颜水成"), Publisher: zhiyuan, VideoID: "BV13x4y1t7sb"}},
	{"numbered note list marks", "001：MXFP8、MXFP4、NVFP4 格式及其在 PyTorch 中的应用",
		Meta{Part: 1, Title: "MXFP8、MXFP4、NVFP4 格式及其在 PyTorch 中的应用"}},
	{"organisation is not a person", "2024北京智源大会-人工智能+数据新基建 - P5：发布“北京人工智能数据运营平台”暨“行业数据集-场景应用创新计划”启动仪式-中国互联网协会- - 智源社区 - BV1qx4y14735",
		Meta{Event: baai, Forum: "人工智能+数据新基建", Part: 5, Title: "发布“北京人工智能数据运营平台”暨“行业数据集-场景应用创新计划”启动仪式-中国互联网协会", Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"host after dash", "2024北京智源大会-多模态模型 - P1：论坛背景与嘉宾介绍-主持人：李亚州 - 智源社区 - BV1sT421a7FU",
		Meta{Event: baai, Forum: "多模态模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers(model.RoleHost, "李亚州"), Publisher: zhiyuan, VideoID: "BV1sT421a7FU"}},
	{"forum with colon", "2024北京智源大会-智慧医疗和生物系统：影像、功能与仿真 - P1：论坛背景与嘉宾介绍：张恒贵 - 智源社区 - BV1VW421R7HV",
		Meta{Event: baai, Forum: "智慧医疗和生物系统：影像、功能与仿真", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("张恒贵"), Publisher: zhiyuan, VideoID: "BV1VW421R7HV"}},
	{"numbered note 068", "068：参数的生命周期",
		Meta{Part: 68, Title: "参数的生命周期"}},
	{"double dash speaker", "2024北京智源大会-人工智能+数据新基建 - P1：领导致辞--尚冰 - 智源社区 - BV1qx4y14735",
		Meta{Event: baai, Forum: "人工智能+数据新基建", Part: 1, Title: "领导致辞", Speakers: wantSpeakers("尚冰"), Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"role with no name", "2024北京智源大会-大模型前沿探索 - P7：圆桌讨论;主持人 - 智源社区 - BV1yS411A73A",
		Meta{Event: baai, Forum: "大模型前沿探索", Part: 7, Title: "圆桌讨论", Publisher: zhiyuan, VideoID: "BV1yS411A73A"}},
	{"English title, no speaker", "2024北京智源大会-生成模型 - P3：Visual Autoregressive Modeling Scalable Image Generation via Next-Scale Predicti - 智源社区 - BV1DS411w7hz",
		Meta{Event: baai, Forum: "生成模型", Part: 3, Title: "Visual Autoregressive Modeling Scalable Image Generation via Next-Scale Predicti", Publisher: zhiyuan, VideoID: "BV1DS411w7hz"}},
	{"生成模型 P1", "2024北京智源大会-生成模型 - P1：论坛背景与嘉宾介绍：李崇轩 - 智源社区 - BV1DS411w7hz",
		Meta{Event: baai, Forum: "生成模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("李崇轩"), Publisher: zhiyuan, VideoID: "BV1DS411w7hz"}},
	{"quoted title, trailing dash", "2024北京智源大会-人工智能+数据新基建 - P3：介绍“北京人工智能数据运营平台”-林咏华- - 智源社区 - BV1qx4y14735",
		Meta{Event: baai, Forum: "人工智能+数据新基建", Part: 3, Title: "介绍“北京人工智能数据运营平台”", Speakers: wantSpeakers("林咏华"), Publisher: zhiyuan, VideoID: "BV1qx4y14735"}},
	{"numbered note colon in brackets", "64：大模型语料构建与应用实践（课程编号：P64）",
		Meta{Part: 64, Title: "大模型语料构建与应用实践（课程编号：P64）"}},
	{"Latin speaker after spaced colon", "2024北京智源大会-智慧医疗和生物系统：影像、功能与仿真 - P7：On trials and tribulations ：Alejandro Frangi - 智源社区 - BV1VW421R7HV",
		Meta{Event: baai, Forum: "智慧医疗和生物系统：影像、功能与仿真", Part: 7, Title: "On trials and tribulations", Speakers: wantSpeakers("Alejandro Frangi"), Publisher: zhiyuan, VideoID: "BV1VW421R7HV"}},
	{"大语言模型 P1", "2024北京智源大会-大语言模型 - P1：论坛背景与嘉宾介绍-赵鑫 - 智源社区 - BV1zE421N7UJ",
		Meta{Event: baai, Forum: "大语言模型", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("赵鑫"), Publisher: zhiyuan, VideoID: "BV1zE421N7UJ"}},
	{"two speakers", "2024北京智源大会-智能驾驶 - P1：论坛背景与嘉宾介绍：刘法旺-黄铁军 - 智源社区 - BV1Ww4m1a7gr",
		Meta{Event: baai, Forum: "智能驾驶", Part: 1, Title: "论坛背景与嘉宾介绍", Speakers: wantSpeakers("刘法旺", "黄铁军"), Publisher: zhiyuan, VideoID: "BV1Ww4m1a7gr"}},

	// DESIGN.md and the issue.
	{"slug heading", "2024北京智源大会-大模型产业技术---P4-大模型训练方法论及Yi-Large的实践-黄文灏---智源社区---BV1HM4m1U7bM",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 4, Title: "大模型训练方法论及Yi-Large的实践", Speakers: wantSpeakers("黄文灏"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"numbered note", "064：title",
		Meta{Part: 64, Title: "title"}},
	{"no metadata", "AI安全",
		Meta{Title: "AI安全"}},
	{"colon in a clause", "课程结语：最后的业配并改编《为学一首示子侄》作结",
		Meta{Title: "课程结语：最后的业配并改编《为学一首示子侄》作结"}},
	{"p05 part", "2025某某大会-数据 - p05：工具链：韩露 - 某社区 - BV1Qk9z3Tm5w",
		Meta{Event: "2025某某大会", Forum: "数据", Part: 5, Title: "工具链", Speakers: wantSpeakers("韩露"), Publisher: "某社区", VideoID: "BV1Qk9z3Tm5w"}},

	// Invented: titles with colons, roles, Latin names.
	{"two colons, last a name", "P2：推理系统的取舍：以KV-Cache为例：林晓岚",
		Meta{Part: 2, Title: "推理系统的取舍：以KV-Cache为例", Speakers: wantSpeakers("林晓岚")}},
	{"a colon inside the byline needs a role", "P3：综述：王五：李四",
		Meta{Part: 3, Title: "综述：王五", Speakers: wantSpeakers("李四")}},
	{"list marks cannot start a byline", "数据、算力、王道",
		Meta{Title: "数据、算力、王道"}},
	{"names in a list after a colon", "P1：开幕：刘一、陈二",
		Meta{Part: 1, Title: "开幕", Speakers: wantSpeakers("刘一", "陈二")}},
	{"chapter heading", "第一章：绪论",
		Meta{Title: "第一章：绪论"}},
	{"year is not a number", "2024：年度回顾",
		Meta{Title: "2024：年度回顾"}},
	{"English plain title", "Lecture 3: Attention",
		Meta{Title: "Lecture 3: Attention"}},
	{"English keynote", "Keynote: Geoffrey Hinton",
		Meta{Title: "Keynote", Speakers: wantSpeakers("Geoffrey Hinton")}},
	{"capitalised title words are not a name", "P3：综述：Large Language Models",
		Meta{Part: 3, Title: "综述：Large Language Models"}},
	{"one capitalised word is not a name", "P4：第一讲：Introduction",
		Meta{Part: 4, Title: "第一讲：Introduction"}},
	{"Latin particle and initials", "P5：Music and Machines：Ludwig van Beethoven、J. R. Smith",
		Meta{Part: 5, Title: "Music and Machines", Speakers: wantSpeakers("Ludwig van Beethoven", "J. R. Smith")}},
	{"Latin name after a dash", "P6：检索增强-Maria Keller",
		Meta{Part: 6, Title: "检索增强", Speakers: wantSpeakers("Maria Keller")}},
	{"English spaced heading", "Example Summit-Retrieval - P1: State-of-the-Art Retrieval: Jane Doe - Acme Talks - BV1xx411c7mD",
		Meta{Event: "Example Summit", Forum: "Retrieval", Part: 1, Title: "State-of-the-Art Retrieval", Speakers: wantSpeakers("Jane Doe"), Publisher: "Acme Talks", VideoID: "BV1xx411c7mD"}},
	{"every role", "P8：对话：主持人：周明远-对话嘉宾：林晓岚-主讲嘉宾：陈思远-提问嘉宾：赵一鸣",
		Meta{Part: 8, Title: "对话", Speakers: wantSpeakers(model.RoleHost, "周明远", model.RoleGuest, "林晓岚", model.RoleSpeaker, "陈思远", model.RoleQuestioner, "赵一鸣")}},
	{"role glued to the name", "P7：圆桌：主持人张一甲-嘉宾颜水成",
		Meta{Part: 7, Title: "圆桌", Speakers: wantSpeakers(model.RoleHost, "张一甲", model.RoleGuest, "颜水成")}},
	{"roles only", "P1：开场-主持人-嘉宾",
		Meta{Part: 1, Title: "开场"}},
	{"Traditional Chinese", "P5：邊緣裝置上的語音助理-主持人：黃文灝-嘉賓：鄭雅婷",
		Meta{Part: 5, Title: "邊緣裝置上的語音助理", Speakers: wantSpeakers(model.RoleHost, "黃文灝", model.RoleGuest, "鄭雅婷")}},
	{"compound surname, four characters", "P3：开幕致辞：主讲嘉宾：欧阳娜娜",
		Meta{Part: 3, Title: "开幕致辞", Speakers: wantSpeakers("欧阳娜娜")}},
	{"four characters, single surname, is a title", "P2：大模型-安全治理",
		Meta{Part: 2, Title: "大模型-安全治理"}},
	{"company is not a person", "P2：合作发布：华为公司",
		Meta{Part: 2, Title: "合作发布：华为公司"}},
	{"half-width colons and stray spaces", "  2024北京智源大会-大模型产业技术  -  P4 : 大模型训练方法论 : 黄文灏  -  智源社区  -  BV1HM4m1U7bM ",
		Meta{Event: baai, Forum: "大模型产业技术", Part: 4, Title: "大模型训练方法论", Speakers: wantSpeakers("黄文灏"), Publisher: zhiyuan, VideoID: "BV1HM4m1U7bM"}},
	{"ideographic spaces", "\u3000P4：标题：黄文灏\u3000",
		Meta{Part: 4, Title: "标题", Speakers: wantSpeakers("黄文灏")}},
	{"slug Latin name after double hyphen", "某大会-某论坛---P7-On-trials--Alejandro-Frangi---某社区---BV1VW421R7HV",
		Meta{Event: "某大会", Forum: "某论坛", Part: 7, Title: "On-trials", Speakers: wantSpeakers("Alejandro Frangi"), Publisher: "某社区", VideoID: "BV1VW421R7HV"}},
	{"slug roundtable", "某大会-某论坛---P1-圆桌讨论-主持人-李亚州-嘉宾-王五---某社区---BV1sT421a7FU",
		Meta{Event: "某大会", Forum: "某论坛", Part: 1, Title: "圆桌讨论", Speakers: wantSpeakers(model.RoleHost, "李亚州", model.RoleGuest, "王五"), Publisher: "某社区", VideoID: "BV1sT421a7FU"}},
	{"P2P is not a part", "P2P网络：原理",
		Meta{Title: "P2P网络：原理"}},
	{"five-digit part is not a part", "P12345：标题",
		Meta{Title: "P12345：标题"}},

	// Invented: bylines of issue 14 (names split or spaced, roles split,
	// unpaired quotes, numbering pieces, "speaker《title》").
	{"spaced two-character name", "P5：深度学习编译-资源分配-赵 捷",
		Meta{Part: 5, Title: "深度学习编译-资源分配", Speakers: wantSpeakers("赵捷")}},
	{"name split by a hyphen", "P3：推理系统：杨-智",
		Meta{Part: 3, Title: "推理系统", Speakers: wantSpeakers("杨智")}},
	{"roundtable with split names", "P7：圆桌讨论：林晓岚-王-鹤-陈思远-赵-捷",
		Meta{Part: 7, Title: "圆桌讨论", Speakers: wantSpeakers("林晓岚", "王鹤", "陈思远", "赵捷")}},
	{"two single characters that are no name stay apart", "P2：数-据",
		Meta{Part: 2, Title: "数-据"}},
	{"role split by a dash, spaced name", "P1：记忆的边界-主讲-嘉宾：周 明 、提问嘉宾：林晓岚",
		Meta{Part: 1, Title: "记忆的边界", Speakers: wantSpeakers(model.RoleSpeaker, "周明", model.RoleQuestioner, "林晓岚")}},
	{"Latin name with hyphens for spaces", "P2：Scaling-Agents：Maria-Keller",
		Meta{Part: 2, Title: "Scaling-Agents", Speakers: wantSpeakers("Maria Keller")}},
	{"hyphenated Latin name in a list", "P4：圆桌：田天、Maria-Keller、林晓岚",
		Meta{Part: 4, Title: "圆桌", Speakers: wantSpeakers("田天", "Maria Keller", "林晓岚")}},
	{"hyphenated title words are no name", "P4：综述：Real-World",
		Meta{Part: 4, Title: "综述：Real-World"}},
	{"unpaired opening quote protects nothing", "P4：介绍“数据集-创新计划-陈思远",
		Meta{Part: 4, Title: "介绍“数据集-创新计划", Speakers: wantSpeakers("陈思远")}},
	{"quotes the wrong way round", "P4：迈入”星“纪元：陈思远",
		Meta{Part: 4, Title: "迈入”星“纪元", Speakers: wantSpeakers("陈思远")}},
	{"paired quotes still protect", "P4：介绍“数据-林晓岚”",
		Meta{Part: 4, Title: "介绍“数据-林晓岚”"}},
	{"Fireside Chat is no name", "P3：环节一：Fireside Chat-周明远-林晓岚",
		Meta{Part: 3, Title: "环节一：Fireside Chat", Speakers: wantSpeakers("周明远", "林晓岚")}},
	{"keynote role", "P2：主题报告：多模态-主旨演讲：Maria Keller-对话嘉宾：林晓岚",
		Meta{Part: 2, Title: "主题报告：多模态", Speakers: wantSpeakers("Maria Keller", model.RoleGuest, "林晓岚")}},
	{"numbering piece keeps the title", "P7：Lecture 7 - Regulatory Genomics",
		Meta{Part: 7, Title: "Lecture 7 - Regulatory Genomics"}},
	{"numbering piece, then a byline", "P7：Lecture 7 - Genomics：Maria Keller",
		Meta{Part: 7, Title: "Lecture 7 - Genomics", Speakers: wantSpeakers("Maria Keller")}},
	{"a Latin phrase after a spaced dash is a subtitle", "P11：Lecture 11 Factor Graphs 1 - Constraint Satisfaction Problems",
		Meta{Part: 11, Title: "Lecture 11 Factor Graphs 1 - Constraint Satisfaction Problems"}},
	{"a Chinese name after a spaced dash is a name", "P3：标题 - 林晓岚",
		Meta{Part: 3, Title: "标题", Speakers: wantSpeakers("林晓岚")}},
	{"speaker before 《", "周明远《给程序员的数学》",
		Meta{Title: "周明远《给程序员的数学》", Speakers: wantSpeakers("周明远")}},
	{"no name before 《", "数学《给程序员》",
		Meta{Title: "数学《给程序员》"}},
	{"rarer surnames", "P1：开场：洪明远、眭亚楠",
		Meta{Part: 1, Title: "开场", Speakers: wantSpeakers("洪明远", "眭亚楠")}},

	// Invented: video ids without a part, and garbage.
	{"video id alone", "BV1HM4m1U7bM",
		Meta{VideoID: "BV1HM4m1U7bM"}},
	{"title and video id", "标题 - BV1HM4m1U7bM",
		Meta{Title: "标题", VideoID: "BV1HM4m1U7bM"}},
	{"no part, all segments", "某大会-某论坛 - 标题：王五 - 某社区 - BV1HM4m1U7bM",
		Meta{Event: "某大会", Forum: "某论坛", Title: "标题", Speakers: wantSpeakers("王五"), Publisher: "某社区", VideoID: "BV1HM4m1U7bM"}},
	{"not a video id", "标题 - BV123",
		Meta{Title: "标题 - BV123"}},
	{"empty", "", Meta{}},
	{"spaces", " \t\u3000 ", Meta{}},
	{"separators only", "：：--;;、", Meta{}},
	{"unclosed bracket protects the rest", "《未闭合：张三",
		Meta{Title: "《未闭合：张三"}},
	{"part with nothing else", "P3", Meta{Part: 3}},
	{"hyphens only", "-------", Meta{}},
	{"invalid UTF-8", "P1：\xff\xfe：王五", Meta{Part: 1, Title: "\xff\xfe", Speakers: wantSpeakers("王五")}},
}

func TestParseHeading(t *testing.T) {
	for _, tc := range headingCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseHeading(tc.heading)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseHeading(%q)\n got %+v\nwant %+v", tc.heading, got, tc.want)
			}
			checkMeta(t, tc.heading, got)
		})
	}
}

// headingCorpus is the real corpus, kept outside the project.
const headingCorpus = "../../shared/corpus"

var (
	// corpusVideoID finds a video id in a heading.
	corpusVideoID = regexp.MustCompile(`BV[0-9A-Za-z]{10}`)
	// corpusPart finds the part segment of a heading that has a video id.
	corpusPart = regexp.MustCompile(`(?:^| - |---)[Pp]([0-9]+)`)
)

// TestParseHeadingCorpus reads every talk heading of the real corpus: each
// has a title, and a heading naming a video gives its id and its part.
func TestParseHeadingCorpus(t *testing.T) {
	if _, err := os.Stat(headingCorpus); err != nil {
		t.Skip("real corpus: ../shared/corpus not found")
	}
	n := 0
	err := filepath.WalkDir(headingCorpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "README.md" {
			return err
		}
		if ext := filepath.Ext(path); ext != ".md" && ext != ".txt" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		inFence := false
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "```") {
				inFence = !inFence
			}
			heading, ok := strings.CutPrefix(line, "# ")
			if inFence || !ok {
				continue
			}
			n++
			m := ParseHeading(heading)
			where := fmt.Sprintf("%s:%d", filepath.Base(path), i+1)
			if m.Title == "" {
				t.Errorf("%s: no title in %q", where, heading)
			}
			if id := corpusVideoID.FindString(heading); id != m.VideoID {
				t.Errorf("%s: video id %q, want %q", where, m.VideoID, id)
			}
			if p := corpusPart.FindStringSubmatch(heading); p != nil && strconv.Itoa(m.Part) != p[1] {
				t.Errorf("%s: part %d, want %s", where, m.Part, p[1])
			}
			checkMeta(t, heading, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no headings found in the corpus")
	}
}

// BenchmarkParseHeading parses every heading of the table; it reports
// headings per second.
func BenchmarkParseHeading(b *testing.B) {
	for b.Loop() {
		for _, tc := range headingCases {
			ParseHeading(tc.heading)
		}
	}
	b.ReportMetric(float64(b.N*len(headingCases))/b.Elapsed().Seconds(), "headings/s")
}
