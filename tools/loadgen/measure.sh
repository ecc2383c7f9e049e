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
# Ordinary requests while 8 clients send the costliest accepted calendar.
"$dir/webhook" -addr "127.0.0.1:$port" 2>/dev/null &
pid=$!
sleep 1
echo "== -scenario normal -c 16 beside -scenario sparse -c 8 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
"$dir/loadgen" -url "$url" -scenario sparse -c 8 -n 5000000 -d 22s >"$dir/sparse.out" 2>&1 &
lg=$!
sleep 1
"$dir/loadgen" -url "$url" -pid "$pid" -scenario normal -c 16 -n 30000 -d 20s || echo "loadgen exit $?"
wait "$lg" || true
cat "$dir/sparse.out"
kill "$pid"
wait "$pid" 2>/dev/null || true

for c in 1 16 64 256; do
	n=60000
	[[ $c == 1 ]] && n=10000
	fresh -scenario normal -c "$c" -n "$n"
done
