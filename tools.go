//go:build tools

// This file keeps the project's chosen modules in go.mod while the packages
// that use them are being written.
package main

import (
	_ "charm.land/bubbles/v2/key"
	_ "charm.land/bubbletea/v2"
	_ "charm.land/lipgloss/v2"
	_ "github.com/adrg/xdg"
	_ "github.com/atotto/clipboard"
	_ "github.com/charmbracelet/x/ansi"
	_ "github.com/charmbracelet/x/exp/golden"
	_ "github.com/gofrs/flock"
	_ "github.com/google/renameio/v2"
	_ "github.com/mozillazg/go-pinyin"
	_ "github.com/pkg/browser"
	_ "github.com/rivo/uniseg"
	_ "github.com/sahilm/fuzzy"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/text/encoding/simplifiedchinese"
)
