package timed

import (
	"fmt"
	"math"
	"time"
)

// maxTime is the latest moment a transcript may name: anything later is
// taken for a broken time.
const maxTime = 1000 * time.Hour

// parseClock reads a subtitle time: "01:02:03,456" (SRT), "01:02:03.456"
// or "02:03.456" (WebVTT), with one to nine digits of fraction, or none.
// Hours have any number of digits (up to maxTime); minutes and seconds one
// or two, below 60.
func parseClock(s string) (time.Duration, bool) {
	var fields [3]int64
	n, i := 0, 0
	for {
		v, j := digits(s, i)
		if j == i || j-i > 6 || n == 3 {
			return 0, false
		}
		fields[n], n, i = v, n+1, j
		if i == len(s) || s[i] != ':' {
			break
		}
		i++
	}
	if n < 2 {
		return 0, false
	}
	var frac time.Duration
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		v, j := digits(s, i+1)
		if j == i+1 || j-i-1 > 9 {
			return 0, false
		}
		frac = time.Duration(v)
		for range 9 - (j - i - 1) {
			frac *= 10
		}
		i = j
	}
	if i != len(s) {
		return 0, false
	}
	h, m, sec := int64(0), fields[0], fields[1]
	if n == 3 {
		h, m, sec = fields[0], fields[1], fields[2]
		if m > 99 {
			return 0, false
		}
	}
	if m >= 60 || sec >= 60 || h > int64(maxTime/time.Hour) {
		return 0, false
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second + frac, true
}

// digits reads the decimal digits of s from i: their value and the index
// after them.
func digits(s string, i int) (int64, int) {
	var v int64
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 10 {
		v = v*10 + int64(s[j]-'0')
		j++
	}
	return v, j
}

// seconds turns a JSON time in seconds into a duration, to the millisecond;
// ok is false for a negative, infinite, NaN or absurdly late time.
func seconds(s float64) (time.Duration, bool) {
	if math.IsNaN(s) || s < 0 || s > maxTime.Seconds() {
		return 0, false
	}
	return time.Duration(math.Round(s*1000)) * time.Millisecond, true
}

// millis turns a JSON time in milliseconds into a duration.
func millis(ms int64) (time.Duration, bool) {
	if ms < 0 || ms > maxTime.Milliseconds() {
		return 0, false
	}
	return time.Duration(ms) * time.Millisecond, true
}

// clockText writes a time as subtitles do: "01:02:03.456".
func clockText(d time.Duration) string {
	ms := d.Milliseconds()
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
