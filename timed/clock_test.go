package timed

import (
	"math"
	"testing"
	"time"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"00:00:01,000", time.Second, true},
		{"01:02:03.456", time.Hour + 2*time.Minute + 3*time.Second + 456*time.Millisecond, true},
		{"02:03.456", 2*time.Minute + 3*time.Second + 456*time.Millisecond, true},
		{"00:00:00.5", 500 * time.Millisecond, true},
		{"00:00:07", 7 * time.Second, true},
		{"123:00:00.000", 123 * time.Hour, true},
		{"00:00:01.123456789", time.Second + 123456789, true},
		{"00:00:0x,000", 0, false},
		{"00:60:00.000", 0, false},
		{"00:00:60.000", 0, false},
		{"1:2:3:4", 0, false},
		{"12", 0, false},
		{"00:00:01.", 0, false},
		{"00:00:01.0000000001", 0, false},
		{"-00:00:01.000", 0, false},
		{"00:00:01.000 ", 0, false},
		{"9999999:00:00.000", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseClock(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseClock(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSecondsAndMillis(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want time.Duration
		ok   bool
	}{
		{0, 0, true}, {1.2345, 1235 * time.Millisecond, true}, {-0.5, 0, false},
		{math.NaN(), 0, false}, {math.Inf(1), 0, false}, {1e12, 0, false},
	} {
		if got, ok := seconds(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("seconds(%v) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if d, ok := millis(2500); d != 2500*time.Millisecond || !ok {
		t.Errorf("millis(2500) = %v, %v", d, ok)
	}
	if _, ok := millis(-1); ok {
		t.Error("millis(-1) is a time")
	}
	if got := clockText(time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond); got != "01:02:03.004" {
		t.Errorf("clockText = %q", got)
	}
}
