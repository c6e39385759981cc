// Package fetch loads slide images for the reader: local files, and http(s)
// URLs fetched in the background (context, timeout, a byte cap, and content
// sniffing on the first 512 bytes before the rest is read), decoded with
// slides.Decode's limits.
//
// Remote files are kept in an on-disk cache (DefaultDir:
// $XDG_CACHE_HOME/talks/images), one file per URL named by its SHA-256,
// each with a header carrying the payload's length and checksum. Files are
// written to a temporary name and renamed into place, so two processes
// sharing the folder never see half a file, and a file that fails its
// checks is removed and fetched again. The folder is bounded in bytes; the
// least recently used files (by modification time, touched on every hit)
// go first. Decoded images are also kept in memory, bounded in bytes.
//
// Errors carry a one-word reason for the reader to show next to the link
// (slides.Reason): timeout, too-large, not-image, corrupt, missing,
// network, bad-url, http-404…
package fetch
