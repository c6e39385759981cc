package loader

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestCopiedStringsClean loads a transcript from a folder whose name holds
// a bracketed-paste terminator and a command: the image targets, the file
// and the video link, which the app copies as they are, hold no control
// character and no line break.
func TestCopiedStringsClean(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "slides\x1b[201~\necho PWNED\n")
	body := "# 2025示例大会-测试 - P1：题目：周明远 - 示例社区 - BV1ab411c7de\n\n文字。\n\n" +
		"![](a.png)\n![](<b\tc.png>)\n![](d%0A%1B.png)\n![](<https://e.example/a\tb.png>)\n![](</srv/x\ty.png>)\n"
	p := writeTree(t, dir, "talk\t1.md", []byte(body))
	c := Load(context.Background(), []string{dir, p + "-missing"}, Options{})
	if len(c.Talks) != 1 {
		t.Fatalf("%d talks, warnings %v", len(c.Talks), c.Warnings)
	}
	tk := c.Talks[0]
	bad := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || (r >= 0x7f && r < 0xa0) }) >= 0
	}
	if len(tk.Images) != 5 {
		t.Fatalf("%d images, want 5", len(tk.Images))
	}
	for _, im := range tk.Images {
		if bad(im.Target) {
			t.Errorf("image %d target %q holds a control character", im.N, im.Target)
		}
	}
	for what, s := range map[string]string{"file": tk.File, "video": tk.VideoURL(), "id": tk.ID} {
		if bad(s) {
			t.Errorf("%s %q holds a control character", what, s)
		}
	}
	for _, w := range c.Warnings {
		if bad(w.Error()) {
			t.Errorf("warning %q holds a control character", w.Error())
		}
	}
}
