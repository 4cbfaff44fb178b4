package ast

import (
	"fmt"
	"strconv"
	"strings"

	gast "github.com/yuin/goldmark/ast"
)

// Chart is a bar chart read from a fenced "bieu-do" block, whose lines it keeps.
type Chart struct {
	gast.BaseBlock
	Title string
	// Unit is the unit of the values ("%").
	Unit string
	Bars []Bar
}

// Bar is one bar of a Chart.
type Bar struct {
	Label string
	Value float64
	// Text is the value as written, with the chart's unit ("75,5%").
	Text string
}

// KindChart is the NodeKind of Chart.
var KindChart = gast.NewNodeKind("Chart")

// Kind implements Node.Kind.
func (n *Chart) Kind() gast.NodeKind { return KindChart }

// IsRaw implements Node.IsRaw: the chart's lines are not Markdown text.
func (n *Chart) IsRaw() bool { return true }

// Dump implements Node.Dump. The bars go through the callback, which keeps their order.
func (n *Chart) Dump(source []byte, level int) {
	m := map[string]string{"Title": strconv.Quote(n.Title), "Unit": strconv.Quote(n.Unit)}
	gast.DumpHelper(n, source, level, m, func(level int) {
		indent := strings.Repeat("    ", level)
		fmt.Printf("%sBars {\n", indent)
		for _, b := range n.Bars {
			fmt.Printf("%s    %q %v %q\n", indent, b.Label, b.Value, b.Text)
		}
		fmt.Printf("%s}\n", indent)
	})
}

// NewChart returns an empty chart.
func NewChart() *Chart {
	return &Chart{}
}
