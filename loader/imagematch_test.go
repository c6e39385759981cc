package loader

import (
	"reflect"
	"testing"
)

// imageMatchCases are texts with images in every place and shape.
var imageMatchCases = []string{
	"",
	"no image here",
	"![](a.png)",
	"  ![slide 1](<slides/a b.png>)  ![](b.png \"title\")",
	"开头文字![图](x.png)中间![](y.png 'single')结尾",
	"![broken(a.png) then ![ok](b.png)",
	"![![nested](a.png)](b.png)",
	"![a](b.png",
	"![a]( b.png )![c](d.png)",
	"!![x](y.png)",
	"![multi\nline](a.png) ![x](\nb.png)",
	"text ![ and ![x](y.png) and ![z](w.png \"t\" ) ![",
}

// imageMatches are every image of s by nextImage, in the shape of
// imageRE.FindAllStringSubmatchIndex.
func imageMatches(s string) [][]int {
	var ms [][]int
	for at := 0; ; {
		m, ok := nextImage(s, at)
		if !ok {
			return ms
		}
		ms = append(ms, m[:])
		at = m[1]
	}
}

func TestImageMatches(t *testing.T) {
	for _, s := range imageMatchCases {
		if got, want := imageMatches(s), imageRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("imageMatches(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzImageMatches(f *testing.F) {
	for _, s := range imageMatchCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := imageMatches(s), imageRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("imageMatches(%q) = %v, want %v", s, got, want)
		}
	})
}
