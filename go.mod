module github.com/slaclock/slaclock

go 1.26.8
