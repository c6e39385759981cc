// Package timed reads timed transcripts — subtitles and speech-to-text
// output — as talks whose paragraphs know when they are said and by whom.
//
// # Formats
//
//   - SRT: numbered cues with "00:00:01,000 --> 00:00:04,000" time lines and
//     one or more text lines; formatting tags (<i>, <font …>) and {\an8}
//     override tags are dropped.
//   - WebVTT: the WEBVTT line and its header, NOTE, STYLE and REGION blocks
//     (skipped), cue ids and settings, inline tags and entities; <v Name>
//     names the voice, which goes on in the cues after it until another
//     voice is named. ">>" at the start of a line marks a new speaker.
//   - YouTube's automatic captions (WebVTT with word times,
//     <00:00:01.500><c> word</c>): the cues roll, repeating each line two or
//     three times; every line is kept once, in order.
//   - openai-whisper JSON (segments of start, end and text, in seconds;
//     WhisperX's speaker too), whisper.cpp's -oj JSON (transcription of
//     offsets in milliseconds and text; a speaker turn with -tdrz),
//     Podcasting 2.0 JSON (segments of speaker, startTime, endTime, body)
//     and Bilibili's BCC JSON (body of from, to, content).
//   - yt-dlp's names and metadata: "Title [VIDEOID].en.vtt" gives the
//     video id (a YouTube id, or a Bilibili id with "_p3" for a part), and
//     "Title [VIDEOID].info.json" beside it, read through
//     Options.Sidecar, the title, channel (the publisher), upload date,
//     video page and chapters, which become sections. An .info.json alone
//     is metadata, never a talk.
//
// # Detection
//
// The content decides first: a first line "WEBVTT" is WebVTT; "{" or "[" is
// JSON, whose format the segments' fields tell (JSON of none of them named
// .json is reported as "not a transcript"; named otherwise it is left to
// the Markdown reader, for which any text is Markdown); a cue number and a
// time line, or a time line, is SRT. When the content does not tell, the extension does
// (.srt, .vtt, .json); anything else is not a timed transcript, and Parse
// says Format None, leaving it to the Markdown reader. A cue with a broken
// or backwards time is reported at its line and skipped, and the rest
// loads; a file reports at most ten problems and counts the rest.
//
// # Paragraphs
//
// Cues join into paragraphs, their lines joined by Options.Join (the
// loader's rule: nothing between Chinese characters, a space between Latin
// words). A new paragraph starts
//
//   - at a change of speaker, or a speaker turn;
//   - where a chapter starts (after its section heading);
//   - after a pause of 2 s or more between two cues, when the cue before
//     it ends a sentence;
//   - at a sentence end once the paragraph is long: 300 CJK characters, or
//     80 Latin words, or a mix in proportion; and at any cue end once it is
//     twice as long.
//
// A sentence end is 。！？… or . ! ? at the end of a cue, closing quotes
// after it allowed, so a sentence that runs across cues stays whole. A
// transcript with no sentence end at all (automatic captions often have
// none) breaks at pauses and lengths wherever they fall. Each paragraph
// starts at its first cue, ends at its latest end, and has the speaker of
// its cues; the speakers, in order of first word, are the talk's.
//
// # Why not a subtitle library
//
// github.com/asticode/go-astisub (v0.34) was weighed: it stops at the first
// broken time and loses the rest of the file, keeps one voice a line and
// logs the others to standard error (which would tear the app's screen),
// accepts a cue that ends before it starts, knows nothing of rolling
// captions or the JSON formats, and brings MPEG-TS and HTML parsers along.
// The subtitle formats are small, so they are read here, line by line
// with every problem located; JSON is walked with gjson.
package timed
