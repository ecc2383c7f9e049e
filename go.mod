module github.com/slaclock/slaclock

go 1.26.8

require (
	github.com/rickar/cal/v2 v2.1.13 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	pgregory.net/rapid v1.3.0 // indirect
)
