package model

import "testing"

func TestTalkDerivedFields(t *testing.T) {
	tests := []struct {
		name                          string
		talk                          Talk
		url, part, context, names     string
		paragraphs, sections, blockOf int
	}{
		{
			name: "full metadata",
			talk: Talk{Event: "2025示例大会", Forum: "智能系统", Part: 4, VideoID: "BV1De4x7Sa1m",
				Speakers: []Speaker{{"周明远", RoleHost}, {"林晓岚", RoleGuest}},
				Blocks: []Block{{Kind: KindHeading, Text: "开场"}, {Kind: KindParagraph, Para: 1}, {Kind: KindImage},
					{Kind: KindList, Para: 2}, {Kind: KindHeading, Text: "讨论"}, {Kind: KindQuote, Para: 3}}},
			url: "https://www.bilibili.com/video/BV1De4x7Sa1m?p=4", part: "P4",
			context: "2025示例大会 · 智能系统 · P4", names: "周明远、林晓岚",
			paragraphs: 3, sections: 2, blockOf: 3,
		},
		{
			name: "video without part, no forum",
			talk: Talk{Event: "notes", VideoID: "BV1ab411c7de", Blocks: []Block{{Kind: KindParagraph, Para: 1}}},
			url:  "https://www.bilibili.com/video/BV1ab411c7de", context: "notes",
			paragraphs: 1, blockOf: -1,
		},
		{name: "nothing known", blockOf: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := tt.talk
			if got := tk.VideoURL(); got != tt.url {
				t.Errorf("VideoURL %q, want %q", got, tt.url)
			}
			if got := tk.PartLabel(); got != tt.part {
				t.Errorf("PartLabel %q, want %q", got, tt.part)
			}
			if got := tk.Context(); got != tt.context {
				t.Errorf("Context %q, want %q", got, tt.context)
			}
			if got := tk.SpeakerNames(); got != tt.names {
				t.Errorf("SpeakerNames %q, want %q", got, tt.names)
			}
			if got := tk.Paragraphs(); got != tt.paragraphs {
				t.Errorf("Paragraphs %d, want %d", got, tt.paragraphs)
			}
			if got := len(tk.Sections()); got != tt.sections {
				t.Errorf("Sections %d, want %d", got, tt.sections)
			}
			if got := tk.BlockOfPara(2); got != tt.blockOf {
				t.Errorf("BlockOfPara(2) %d, want %d", got, tt.blockOf)
			}
		})
	}
}

func TestWarningError(t *testing.T) {
	if got := (Warning{File: "a.md", Line: 3, Msg: "binary file, skipped"}).Error(); got != "a.md:3: binary file, skipped" {
		t.Errorf("got %q", got)
	}
	if got := (Warning{File: "-", Msg: "no talks"}).Error(); got != "-: no talks" {
		t.Errorf("got %q", got)
	}
}

func TestRoleAndKindNames(t *testing.T) {
	for r, want := range map[Role]string{RoleHost: "主持人", RoleGuest: "嘉宾", RoleQuestioner: "提问嘉宾", RoleSpeaker: "主讲"} {
		if got := r.Label(); got != want {
			t.Errorf("%s.Label() = %q, want %q", r, got, want)
		}
	}
	if KindQuote.String() != "quote" || Kind(99).String() != "unknown" {
		t.Error("Kind.String is wrong")
	}
}
