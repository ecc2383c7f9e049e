#!/usr/bin/env bash
# Measures the webhook as BENCHMARKS.md reports it: each scenario against a
# freshly started service on a loopback port, one after the other.
#   bash tools/loadgen/measure.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18080}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/webhook" ./examples/webhook
go build -o "$dir/loadgen" ./tools/loadgen
url="http://127.0.0.1:$port/v1/response-due"

# fresh SCENARIO ARGS...: starts a service, runs loadgen, stops the service.
fresh() {
	"$dir/webhook" -addr "127.0.0.1:$port" 2>/dev/null &
	local pid=$!
	sleep 1
	echo "== $* (load average $(cut -d' ' -f1-3 /proc/loadavg))"
	"$dir/loadgen" -url "$url" -pid "$pid" "$@" || echo "loadgen exit $?"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

go version
nproc
fresh -scenario crafted -rounds 100
fresh -scenario zones -c 16 -n 3000
fresh -scenario dense -c 32 -n 64
for c in 1 16 64 256; do
	n=60000
	[[ $c == 1 ]] && n=10000
	fresh -scenario normal -c "$c" -n "$n"
done
