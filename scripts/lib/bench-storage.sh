# scripts/bench storage: sourced by scripts/bench once registry A is up ($A, $PORT_A, $WORK, RD, measure, median).
#
# A registry the size of a busy intermediate registry (BENCH_REPOSITORIES repositories, default 3,000, and
# BENCH_TAGS Zuul build tags, default 20,000), written straight into its storage root, then surveyed with
# `registrydesk-cli storage`: cold (an empty manifest cache: every manifest and configuration is read) and warm
# (the cache holds them: one HEAD per tag). skopeo has no survey; for scale, the nearest it offers — one
# `skopeo inspect --raw` per tag — is timed on a sample of tags and extrapolated to all of them.
REPOSITORIES=${BENCH_REPOSITORIES:-3000}
TAGS=${BENCH_TAGS:-20000}

echo "== writing $TAGS tags in $REPOSITORIES repositories into the storage root of $A"
stop_registry "$WORK/a"
rm -rf "$WORK/a/data"
build/release/tests/registrydesk-bench-registry --root "$WORK/a/data" --repositories "$REPOSITORIES" --tags "$TAGS"
start_registry "$WORK/a" "$PORT_A"

survey() { # NAME CACHE
  measure "$1" "${RD[@]}" -v storage --cache-dir "$2" "$A"
  grep -o '[0-9]* requests' "$WORK/cmd.err" | cut -d' ' -f1 >> "$WORK/$1.requests"
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

cold=$(column_of cold 1 | median)
warm=$(column_of warm 1 | median)
cold_requests=$(median < "$WORK/cold.requests")
warm_requests=$(median < "$WORK/warm.requests")
skopeo_all=$(awk -v p="$per_tag" -v t="$TAGS" 'BEGIN { printf "%.0f", p * t }')
{
  echo
  echo "== storage survey of $TAGS tags in $REPOSITORIES repositories (median of $RUNS)"
  printf '   %-32s %8s s %10s requests %8s req/s %6s MB peak\n' "cold (empty manifest cache)" "$cold" "$cold_requests" \
    "$(ratio "$cold_requests" "$cold")" "$(($(column_of cold 2 | median | cut -d. -f1) / 1024))"
  printf '   %-32s %8s s %10s requests %8s req/s %6s MB peak\n' "warm (manifests cached)" "$warm" "$warm_requests" \
    "$(ratio "$warm_requests" "$warm")" "$(($(column_of warm 2 | median | cut -d. -f1) / 1024))"
  printf '   %-32s %8s s (%s s per tag, extrapolated)\n' "skopeo inspect --raw per tag" "$skopeo_all" "$per_tag"
  echo "   targets: cold <= 30 s, warm <= 10 s, peak RSS <= 150 MB"
} | tee "build/bench/storage.txt"
