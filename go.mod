module github.com/gojit/gojit

go 1.26.0

require (
	github.com/dustin/go-humanize v1.0.1
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.38.0
)
