package main

import (
	"strings"

	"github.com/spf13/cobra"
	"talks/model"
)

// talkJSON is one line of `talks list --json`.
type talkJSON struct {
	ID         string          `json:"id"`
	Title      string          `json:"title"`
	Event      string          `json:"event"`
	Forum      string          `json:"forum"`
	Part       int             `json:"part"`
	Speakers   []model.Speaker `json:"speakers"`
	Publisher  string          `json:"publisher"`
	VideoID    string          `json:"video_id"`
	VideoURL   string          `json:"video_url"`
	Volume     string          `json:"volume"`
	File       string          `json:"file"`
	Line       int             `json:"line"`
	Paragraphs int             `json:"paragraphs"`
	Images     int             `json:"images"`
	Sections   int             `json:"sections"`
	Duration   *float64        `json:"duration,omitempty"` // seconds, for a timed talk
}

func newTalkJSON(t *model.Talk) talkJSON {
	sp := t.Speakers
	if sp == nil {
		sp = []model.Speaker{}
	}
	return talkJSON{
		ID: t.ID, Title: t.Title, Event: t.Event, Forum: t.Forum, Part: t.Part,
		Speakers: sp, Publisher: t.Publisher, VideoID: t.VideoID, VideoURL: t.VideoURL(),
		Volume: t.Volume, File: t.File, Line: t.Line,
		Paragraphs: t.Paragraphs(), Images: len(t.Images), Sections: len(t.Sections()),
		Duration: durationOf(t),
	}
}

func newListCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--json] [PATH ...]",
		Short: "Print one talk per line (id, part, title, speakers, event · forum)",
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := load(cmd.Context(), e, args)
			if err != nil {
				return err
			}
			toJSON := func(t *model.Talk) any { return newTalkJSON(t) }
			return writeRecords(e.stdout, c.Talks, asJSON, toJSON, listLine)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per line")
	return cmd
}

// listLine is a talk as one tab-separated line: id, P<n>, title, speakers,
// event · forum.
func listLine(t *model.Talk) string {
	where := t.Event
	if t.Forum != "" {
		where = strings.TrimPrefix(where+" · "+t.Forum, " · ")
	}
	fields := []string{t.ID, t.PartLabel(), t.Title, t.SpeakerNames(), where}
	for i, f := range fields {
		fields[i] = tsvField(f)
	}
	return strings.Join(fields, "\t")
}
