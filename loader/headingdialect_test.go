package loader

import (
	"reflect"
	"testing"
)

// dialectCases are invented headings, one or two for each dialect of issue
// 14 (see the grammar in heading.go). They also seed the fuzz target.
var dialectCases = []struct {
	name    string
	heading string
	want    Meta
}{
	{"glued part after a forum", "某论坛-p04-安全评测：治理-林晓岚",
		Meta{Forum: "某论坛", Part: 4, Title: "安全评测：治理", Speakers: wantSpeakers("林晓岚")}},
	{"glued part, forum with hyphens and a colon", "特色活动：AI-开源项目-p01-分享：赵英利-李志宇",
		Meta{Forum: "特色活动：AI-开源项目", Part: 1, Title: "分享", Speakers: wantSpeakers("赵英利", "李志宇")}},
	{"glued part after event-forum", "2030测试大会--智能体论坛-p2-标题",
		Meta{Event: "2030测试大会", Forum: "智能体论坛", Part: 2, Title: "标题"}},
	{"glued part, roundtable after the last colon", "某论坛-p07-圆桌讨论：主题：周明远、林晓岚、王-鹤",
		Meta{Forum: "某论坛", Part: 7, Title: "圆桌讨论：主题", Speakers: wantSpeakers("周明远", "林晓岚", "王鹤")}},
	{"series glued to the part", "某某课程精讲！P3：L1.2 - 欢迎来到课程",
		Meta{Event: "某某课程精讲！", Part: 3, Title: "L1.2 - 欢迎来到课程"}},
	{"series, a space, the part", "治理基础教程 P1：收益、风险 🧠",
		Meta{Event: "治理基础教程", Part: 1, Title: "收益、风险 🧠"}},
	{"P inside brackets is no part", "64：语料构建（课程编号：P64）",
		Meta{Part: 64, Title: "语料构建（课程编号：P64）"}},
	{"series, a colon, the part", "某系列课程：P3：标题",
		Meta{Event: "某系列课程", Part: 3, Title: "标题"}},
	{"part written twice, video glued with its part", "某会议 2030 p02 P02_Day_2-Some_Talk -BV1xx411c7mD_p2-",
		Meta{Event: "某会议 2030", Part: 2, Title: "Day_2-Some_Talk", VideoID: "BV1xx411c7mD"}},
	{"two numbers that differ are no part", "某会议 p02 P03_Day",
		Meta{Title: "某会议 p02 P03_Day"}},
	{"a run of numbering pieces keeps the title", "P46：CS 182- Lecture 15- Part 2- Policy Gradients",
		Meta{Part: 46, Title: "CS 182- Lecture 15- Part 2- Policy Gradients"}},
	{"a model name is no course number", "P1：GPT4 - 周明远",
		Meta{Part: 1, Title: "GPT4", Speakers: wantSpeakers("周明远")}},
	{"in a text with spaces a hyphen is a hyphen", "P31：L18.3- 强化学习3：Actor-Critic",
		Meta{Part: 31, Title: "L18.3- 强化学习3：Actor-Critic"}},
	{"label 课程 P1", "课程 P1：某模型介绍 🚀",
		Meta{Part: 1, Title: "某模型介绍 🚀"}},
	{"label 课程01", "课程01：标题",
		Meta{Part: 1, Title: "标题"}},
	{"label 课程 01 with a half-width colon", "课程 01: 标题",
		Meta{Part: 1, Title: "标题"}},
	{"label 课程十二", "课程十二：标题",
		Meta{Part: 12, Title: "标题"}},
	{"label 课程名称, then a bare part", "课程名称：入门 - P1",
		Meta{Part: 1, Title: "入门"}},
	{"a label alone is a title", "课程：",
		Meta{Title: "课程"}},
	{"课程内容 is no label", "课程内容：概述",
		Meta{Title: "课程内容：概述"}},
	{"numbered note with a dash", "8 -- Noise and Error",
		Meta{Part: 8, Title: "Noise and Error"}},
	{"title, bare part, uploader", "某视频标题 - P1 - 某上传者 - BV1xx411c7mD",
		Meta{Part: 1, Title: "某视频标题", Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"event-forum, bare part, uploader", "2030测试大会-某论坛 - P1 - 某上传者 - BV1xx411c7mD",
		Meta{Event: "2030测试大会", Forum: "某论坛", Part: 1, Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"a plenary is no event", "开幕式及全体大会-报告 - P1 - 某社区 - BV1xx411c7mD",
		Meta{Part: 1, Title: "开幕式及全体大会-报告", Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"a year alone is no event", "2024-智能体-时代 - P1 - 某社区 - BV1xx411c7mD",
		Meta{Part: 1, Title: "2024-智能体-时代", Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"the series is not cut at its hyphen", "1447-七月在线-集训营15期 - P1：标题 - 某上传者 - BV1xx411c7mD",
		Meta{Event: "1447-七月在线-集训营15期", Part: 1, Title: "标题", Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"a body repeating its part", "P2：p2 Stanford CS000： Lecture 2 - Intro - 某上传者 - BV1xx411c7mD",
		Meta{Part: 2, Title: "Stanford CS000： Lecture 2 - Intro", Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"video glued by hyphens", "开幕式--BV1xx411c7mD-",
		Meta{Title: "开幕式", VideoID: "BV1xx411c7mD"}},
	{"event-forum and uploader, no part", "2030测试大会-某论坛 - 某上传者 - BV1xx411c7mD",
		Meta{Event: "2030测试大会", Forum: "某论坛", Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"speaker《title》 as the series", "Maria Keller《数学》 - P1：第一课 - 某频道 - BV1xx411c7mD",
		Meta{Event: "Maria Keller《数学》", Part: 1, Title: "第一课", Speakers: wantSpeakers("Maria Keller"), Publisher: "某频道", VideoID: "BV1xx411c7mD"}},
}

func TestParseHeadingDialects(t *testing.T) {
	for _, tc := range dialectCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseHeading(tc.heading)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseHeading(%q)\n got %+v\nwant %+v", tc.heading, got, tc.want)
			}
			checkMeta(t, tc.heading, got)
		})
	}
}

// fileDialectCases are invented file names in the styles of issue 14.
var fileDialectCases = []struct {
	name string
	want Meta
}{
	{"2030测试大会--某论坛-p01-议题介绍：林晓岚--BV1xx411c7mD_p1-_note.md",
		Meta{Event: "2030测试大会", Forum: "某论坛", Part: 1, Title: "议题介绍", Speakers: wantSpeakers("林晓岚"), VideoID: "BV1xx411c7mD"}},
	{"-2030测试大会-某论坛---P1---某上传者---BV1xx411c7mD_note.md",
		Meta{Event: "2030测试大会", Forum: "某论坛", Part: 1, Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"某论坛---P1---某社区---BV1xx411c7mD_note.md",
		Meta{Part: 1, Title: "某论坛", Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"2030测试大会-开幕式--BV1xx411c7mD-_note.md",
		Meta{Event: "2030测试大会", Forum: "开幕式", VideoID: "BV1xx411c7mD"}},
	{"某视频---P1：-1-Lesson---某频道---BV1xx411c7mD_note.md",
		Meta{Event: "某视频", Part: 1, Title: "1-Lesson", Publisher: "某频道", VideoID: "BV1xx411c7mD"}},
	{"-2030测试-某论坛---某上传者---BV1xx411c7mD_note.md",
		Meta{Event: "2030测试", Forum: "某论坛", Publisher: "某上传者", VideoID: "BV1xx411c7mD"}},
	{"尖峰对话---报告-Maria-Keller-林晓岚-Jane-Doe----P1---某社区---BV1xx411c7mD_note.md",
		Meta{Part: 1, Title: "尖峰对话---报告", Speakers: wantSpeakers("Maria Keller", "林晓岚", "Jane Doe"), Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"Next-Scale-Image-Generation---P2---某社区---BV1xx411c7mD.md",
		Meta{Part: 2, Title: "Next-Scale-Image-Generation", Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"某播客---P1---某频道---BV1xx411c7mD_p9.md",
		Meta{Part: 1, Title: "某播客", Publisher: "某频道", VideoID: "BV1xx411c7mD"}},
	{"-某课程-P10-L2-3--实例化模型-.md",
		Meta{Forum: "某课程", Part: 10, Title: "L2-3--实例化模型"}},
}

func TestParseFileNameDialects(t *testing.T) {
	for _, tc := range fileDialectCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseFileName(tc.name)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseFileName(%q)\n got %+v\nwant %+v", tc.name, got, tc.want)
			}
			checkMeta(t, tc.name, got)
		})
	}
}
