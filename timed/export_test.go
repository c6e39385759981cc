package timed

// Exported for the external tests (loader_test.go, bench_test.go).
var (
	SynthTranscripts = synthTranscripts
	TenHours         = tenHours
)
