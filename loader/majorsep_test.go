package loader

import (
	"reflect"
	"testing"
)

// majorSepCases are headings and names with separators of every kind.
var majorSepCases = []string{
	"",
	"no separators",
	"a-b-c",
	"2030测试大会-智能体论坛---P4-标题-张三---示例社区---BV1xx411c7mD",
	"2030测试大会 - 智能体论坛 - P4：标题 - 张三",
	"a  --  b",
	"a\u3000-\u3000b",
	"a ---b",
	"a--- b",
	"a ----- b",
	"a -b - c",
	"---",
	"-- --- --",
	"a---  -- b",
	" - ",
	"a\t-\tb\n-\nc",
	"a \v- b",
	"x\xe3\x80 - y",
	"尾巴 -",
}

func TestMajorSeps(t *testing.T) {
	for _, h := range majorSepCases {
		if got, want := majorSeps(h), majorSep.FindAllStringIndex(h, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("majorSeps(%q) = %v, want %v", h, got, want)
		}
	}
}

func FuzzMajorSeps(f *testing.F) {
	for _, h := range majorSepCases {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if got, want := majorSeps(h), majorSep.FindAllStringIndex(h, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("majorSeps(%q) = %v, want %v", h, got, want)
		}
	})
}
