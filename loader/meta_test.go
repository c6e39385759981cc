package loader

import (
	"reflect"
	"testing"
)

// talkMetaCases are a heading and a file name each, invented, for each rule
// of talkMeta.
var talkMetaCases = []struct {
	name     string
	heading  string
	file     string
	onlyTalk bool
	want     Meta
}{
	{"the file gives the event of the heading's forum",
		"某论坛-p04-标题：林晓岚", "2030测试大会--某论坛-p04-标题：林晓岚--BV1xx411c7mD_p4-_note.md", true,
		Meta{Event: "2030测试大会", Forum: "某论坛", Part: 4, Title: "标题", Speakers: wantSpeakers("林晓岚"), VideoID: "BV1xx411c7mD"}},
	{"the file gives both when the heading has neither",
		"开幕式--BV1xx411c7mD-", "2030测试大会-开幕式--BV1xx411c7mD-_note.md", true,
		Meta{Event: "2030测试大会", Forum: "开幕式", Title: "开幕式", VideoID: "BV1xx411c7mD"}},
	{"no forum from a file that reads the heading's event otherwise",
		"某课程精讲！P1：标题", "-某课程精讲-P1-标题-.md", true,
		Meta{Event: "某课程精讲！", Part: 1, Title: "标题"}},
	{"the part goes with the video",
		"课程 71：标题", "某播客---P1---某频道---BV1xx411c7mD_note.md", true,
		Meta{Part: 1, Title: "标题", Publisher: "某频道", VideoID: "BV1xx411c7mD"}},
	{"a file's part wins over a numbered note's",
		"39：标题", "ucb-x-rl-38.md", true,
		Meta{Event: "ucb-x-rl", Part: 38, Title: "标题"}},
	{"a part marker wins over the file's part",
		"P39：标题", "ucb-x-rl-38.md", true,
		Meta{Event: "ucb-x-rl", Part: 39, Title: "标题"}},
	{"the file's speakers when the heading names nobody",
		"进展报告 🧠", "开幕式-进展报告-主讲嘉宾-林晓岚----P1---某社区---BV1xx411c7mD_note.md", true,
		Meta{Part: 1, Title: "进展报告 🧠", Speakers: wantSpeakers("林晓岚"), Publisher: "某社区", VideoID: "BV1xx411c7mD"}},
	{"no file speaker that the heading calls title",
		"P7：Lecture 7 - Regulatory Genomics - 某频道 - BV1xx411c7mD", "P7-Lecture-7---Regulatory-Genomics---某频道---BV1xx411c7mD.md", true,
		Meta{Part: 7, Title: "Lecture 7 - Regulatory Genomics", Publisher: "某频道", VideoID: "BV1xx411c7mD"}},
	{"a talk of a volume takes nothing from the file name",
		"标题", "2030测试大会-某论坛---P1---某社区---BV1xx411c7mD.md", false,
		Meta{Title: "标题"}},
}

func TestTalkMeta(t *testing.T) {
	for _, tc := range talkMetaCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := talkMeta(tc.heading, true, tc.file, tc.onlyTalk); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("talkMeta(%q, %q)\n got %+v\nwant %+v", tc.heading, tc.file, got, tc.want)
			}
		})
	}
	if got, want := talkMeta("", false, "2030测试大会-某论坛---P2---某社区---BV1xx411c7mD.md", true),
		(Meta{Event: "2030测试大会", Forum: "某论坛", Part: 2, Publisher: "某社区", VideoID: "BV1xx411c7mD"}); !reflect.DeepEqual(got, want) {
		t.Errorf("no heading: got %+v, want %+v", got, want)
	}
}
