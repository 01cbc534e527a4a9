# scripts/bench storage: sourced by scripts/bench once registry A is up ($A, $PORT_A, $WORK, RD, measure, median).
#
# A registry the size of a busy intermediate registry (BENCH_REPOSITORIES repositories, default 3,000, and
# BENCH_TAGS Zuul build tags, default 20,000), written straight into its storage root, then surveyed with
# `registrydesk-cli storage`: cold (an empty manifest cache: every manifest and configuration is read) and warm
# (the cache holds them: one HEAD per tag). The floor is the registry's own cost of answering the same
# requests: each survey's request trace (-v) replayed by curl, as many transfers at once as the survey's
# connections, with the same credentials, TLS and Accept headers, bodies discarded. skopeo has no survey;
# for scale, the nearest it offers — one `skopeo inspect --raw` per tag — is timed on a sample of tags and
# extrapolated to all of them.
REPOSITORIES=${BENCH_REPOSITORIES:-3000}
TAGS=${BENCH_TAGS:-20000}

echo "== writing $TAGS tags in $REPOSITORIES repositories into the storage root of $A"
stop_registry "$WORK/a"
rm -rf "$WORK/a/data"
build/release/tests/registrydesk-bench-registry --root "$WORK/a/data" --repositories "$REPOSITORIES" --tags "$TAGS"
start_registry "$WORK/a" "$PORT_A"

registry_cpu_ms() { awk '{ printf "%d", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$(cat "$WORK/a/registry.pid")/stat"; }

# replay NAME TRACE [anonymous]: the trace's requests sent again by curl (the floor); appends "seconds maxrss_kb"
# to NAME, and "requests registry_cpu_ms" to NAME.requests.
replay() {
  local cred=
  [[ ${3:-} == anonymous ]] || cred="bench:$(cat "$WORK/a/password")"
  awk -v cred="$cred" -v ca="$WORK/a/ca.crt" '
    /^> [A-Z]+ https:/ {
      printf "%surl = \"%s\"\noutput = \"/dev/null\"\ncacert = \"%s\"\nsilent\nfail\n", (n++ ? "next\n" : ""), $3, ca
      if (cred != "") printf "user = \"%s\"\n", cred
      if ($2 == "HEAD") print "head"
      next
    }
    /^>   Accept: / { sub(/^>   /, ""); printf "header = \"%s\"\n", $0 }' "$2" > "$WORK/curl.config"
  local before
  before=$(registry_cpu_ms)
  measure "$1" curl --parallel --parallel-max 6 --config "$WORK/curl.config"
  echo "$(grep -c '^url' "$WORK/curl.config") $(($(registry_cpu_ms) - before))" >> "$WORK/$1.requests"
}

# survey NAME CACHE: one survey; its trace is replayed for the floor right after it.
survey() {
  local before
  before=$(registry_cpu_ms)
  measure "$1" "${RD[@]}" -v storage --cache-dir "$2" "$A"
  echo "$(grep -cE '^> [A-Z]+ https:' "$WORK/cmd.err") $(($(registry_cpu_ms) - before))" >> "$WORK/$1.requests"
  cp "$WORK/cmd.err" "$WORK/$1.trace"
  replay "$1-floor" "$WORK/$1.trace"
}
for run in $(seq "$RUNS"); do
  echo "-- run $run"
  rm -rf "$WORK/cache"
  survey cold "$WORK/cache"
  survey warm "$WORK/cache"
done

echo "-- skopeo inspect --raw, one per tag, on 50 tags"
start=$(date +%s.%N)
for r in $(seq 0 49); do
  skopeo inspect --raw --cert-dir "$WORK/certs.d/$A" --authfile "$WORK/auth.json" \
    "docker://$A/bench/r$(printf %04d "$r"):latest" >/dev/null
done
per_tag=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.4f", (e - s) / 50 }')

# The registry's cost without authentication: the last warm survey's requests against the same registry
# with its auth section removed (registry:2 checks the bcrypt hash of the password on every request).
stop_registry "$WORK/a"
sed -i '/^auth:/,$d' "$WORK/a/config.yml"
nohup docker-registry serve "$WORK/a/config.yml" > "$WORK/a/registry.log" 2>&1 &
echo $! > "$WORK/a/registry.pid"
until (exec 3<>"/dev/tcp/127.0.0.1/$PORT_A") 2>/dev/null; do sleep 0.1; done
echo "-- the warm survey's requests, registry without auth"
replay warm-anonymous "$WORK/warm.trace" anonymous

skopeo_all=$(awk -v p="$per_tag" -v t="$TAGS" 'BEGIN { printf "%.0f", p * t }')
# row LABEL NAME [FLOOR]: median seconds, requests, requests per second, registry CPU per request, peak RSS.
row() {
  local seconds requests cpu
  seconds=$(column_of "$2" 1 | median)
  requests=$(column_of "$2.requests" 1 | median)
  cpu=$(column_of "$2.requests" 2 | median)
  printf '   %-34s %7s s %8s %8s %8s %9s ms %6s MB\n' "$1" "$seconds" "$requests" "$(ratio "$requests" "$seconds")" \
    "$([[ -n ${3:-} ]] && ratio "$seconds" "$(column_of "$3" 1 | median)" || echo 1.00)" \
    "$(awk -v c="$cpu" -v r="$requests" 'BEGIN { printf "%.2f", c / r }')" \
    "$(($(column_of "$2" 2 | median | cut -d. -f1) / 1024))"
}
{
  echo
  echo "== storage survey of $TAGS tags in $REPOSITORIES repositories (median of $RUNS; registry:2 with TLS + htpasswd)"
  printf '   %-34s %9s %8s %8s %8s %12s %9s\n' "" "wall" "requests" "req/s" "/ floor" "registry CPU" "peak RSS"
  printf '   %-34s %9s %8s %8s %8s %12s %9s\n' "" "" "" "" "" "per request" ""
  row "cold (empty manifest cache)" cold cold-floor
  row "  floor: curl, same requests" cold-floor
  row "warm (manifests cached)" warm warm-floor
  row "  floor: curl, same requests" warm-floor
  row "  floor, registry without auth" warm-anonymous
  printf '   %-34s %7s s (%s s per tag, extrapolated)\n' "skopeo inspect --raw per tag" "$skopeo_all" "$per_tag"
  echo "   targets: cold <= 30 s, warm <= 10 s, peak RSS <= 150 MB"
} | tee "build/bench/storage.txt"
