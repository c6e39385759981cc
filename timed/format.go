package timed

// Format is what a file was read as.
type Format int

// The formats Parse tells apart.
const (
	None       Format = iota // not a timed transcript: left to the Markdown reader
	SRT                      // SubRip subtitles
	WebVTT                   // WebVTT subtitles, YouTube's rolling captions too
	Whisper                  // openai-whisper JSON (and WhisperX, with speakers)
	WhisperCpp               // whisper.cpp -oj JSON
	Podcast                  // Podcasting 2.0 JSON transcript
	Bilibili                 // Bilibili BCC subtitles
	InfoJSON                 // yt-dlp's .info.json: metadata, never a talk
	OtherJSON                // JSON that is no transcript
)

var formatNames = [...]string{"none", "SRT", "WebVTT", "Whisper JSON", "whisper.cpp JSON",
	"Podcasting 2.0 JSON", "Bilibili BCC JSON", "yt-dlp info.json", "JSON"}

// String is the format's name, such as "WebVTT".
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

// Transcript is true for the formats that hold a transcript.
func (f Format) Transcript() bool {
	return f >= SRT && f <= Bilibili
}
