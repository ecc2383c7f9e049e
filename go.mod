module github.com/slaclock/slaclock

go 1.24

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/rickar/cal/v2 v2.1.13
	github.com/stretchr/testify v1.12.1
	github.com/teambition/rrule-go v1.8.2
	pgregory.net/rapid v1.3.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
