# scripts/bench diff: sourced by scripts/bench once registry A is up ($A, $WORK, RD, measure, median, ratio).
#
# Two images sharing a base layer, built from this machine's own files so content and compression are real:
#   base  usr/bin
#   A     base + usr/include, usr/share/doc
#   B     base + usr/include, usr/libexec, usr/lib/python3
# The floor is gzip -dc of each needed layer once, one after the other: reading the layers at all costs that.

# layer NAME DIR...: a reproducible gzip'd tar of DIRs under /, its diff_id and digest into the layout.
layer() {
  local name=$1
  shift
  local tarfile=$WORK/$name.tar
  tar --sort=name --mtime=@1704067200 --owner=0 --group=0 --numeric-owner -C / -cf "$tarfile" "$@" 2>/dev/null
  gzip -6 -n -c "$tarfile" > "$WORK/$name.tar.gz"
  echo "$(sha256sum < "$tarfile" | cut -d' ' -f1)" > "$WORK/$name.diffid"
  echo "$(stat -c %s "$tarfile")" > "$WORK/$name.tarsize"
  rm -f "$tarfile"
  local digest
  digest=$(sha256sum < "$WORK/$name.tar.gz" | cut -d' ' -f1)
  mkdir -p "$WORK/layout/blobs/sha256"
  cp "$WORK/$name.tar.gz" "$WORK/layout/blobs/sha256/$digest"
  echo "$digest" > "$WORK/$name.digest"
}

# blob FILE: stores a JSON blob, prints its descriptor fields "digest size".
blob() {
  local digest
  digest=$(sha256sum < "$1" | cut -d' ' -f1)
  cp "$1" "$WORK/layout/blobs/sha256/$digest"
  echo "$digest $(stat -c %s "$1")"
}

# image TAG LAYER...: config, manifest and an index.json entry for TAG.
image() {
  local tag=$1
  shift
  local diff_ids="" layers="" name
  for name in "$@"; do
    diff_ids+="${diff_ids:+,}\"sha256:$(cat "$WORK/$name.diffid")\""
    layers+="${layers:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$(cat "$WORK/$name.digest")\",\"size\":$(stat -c %s "$WORK/$name.tar.gz")}"
  done
  printf '{"architecture":"amd64","os":"linux","created":"2024-01-01T00:00:00Z","config":{"Env":["IMAGE=%s"]},"rootfs":{"type":"layers","diff_ids":[%s]}}' \
    "$tag" "$diff_ids" > "$WORK/config-$tag.json"
  local config
  read -r -a config <<< "$(blob "$WORK/config-$tag.json")"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
    "${config[0]}" "${config[1]}" "$layers" > "$WORK/manifest-$tag.json"
  local manifest
  read -r -a manifest <<< "$(blob "$WORK/manifest-$tag.json")"
  echo "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:${manifest[0]}\",\"size\":${manifest[1]},\"annotations\":{\"org.opencontainers.image.ref.name\":\"$tag\"}}"
}

echo "== building two images from this machine's files (gzip -6; takes a minute)"
layer base usr/bin
layer top-a usr/include usr/share/doc
layer top-b usr/include usr/libexec usr/lib/python3
entry_a=$(image a base top-a)
entry_b=$(image b base top-b)
echo '{"imageLayoutVersion":"1.0.0"}' > "$WORK/layout/oci-layout"
echo "{\"schemaVersion\":2,\"manifests\":[$entry_a,$entry_b]}" > "$WORK/layout/index.json"
for tag in a b; do
  skopeo copy -q --dest-cert-dir "$WORK/certs.d/$A" --dest-authfile "$WORK/auth.json" "oci:$WORK/layout:$tag" \
    "docker://$A/bench/diff:$tag"
done
unpacked=$(($(cat "$WORK/base.tarsize") + $(cat "$WORK/top-a.tarsize") + $(cat "$WORK/top-b.tarsize")))
packed=$(($(stat -c %s "$WORK/base.tar.gz") + $(stat -c %s "$WORK/top-a.tar.gz") + $(stat -c %s "$WORK/top-b.tar.gz")))

CACHE=$WORK/index-cache
floor() { for name in base top-a top-b; do gzip -dc "$WORK/$name.tar.gz" > /dev/null; done; }
skopeo_fetch() {
  rm -rf "$WORK/sk-a" "$WORK/sk-b"
  for tag in a b; do
    skopeo copy -q --src-cert-dir "$WORK/certs.d/$A" --src-authfile "$WORK/auth.json" "docker://$A/bench/diff:$tag" \
      "oci:$WORK/sk-$tag:$tag"
  done
}
for run in $(seq "$RUNS"); do
  echo "== run $run/$RUNS"
  sync
  measure floor bash -c "$(declare -f floor); WORK=$WORK floor"
  rm -rf "$CACHE"
  measure cold "${RD[@]}" diff --cache-dir "$CACHE" "$A/bench/diff:a" "$A/bench/diff:b"
  measure warm "${RD[@]}" diff --cache-dir "$CACHE" "$A/bench/diff:a" "$A/bench/diff:b"
  measure skopeo bash -c "$(declare -f skopeo_fetch); WORK=$WORK A=$A skopeo_fetch"
done
summary=$("${RD[@]}" diff --cache-dir "$CACHE" "$A/bench/diff:a" "$A/bench/diff:b" | grep '^Files:')

floor_s=$(column_of floor 1 | median)
cold_s=$(column_of cold 1 | median)
warm_s=$(column_of warm 1 | median)
skopeo_s=$(column_of skopeo 1 | median)
mkdir -p build/bench
{
  echo "RegistryDesk diff, $RUNS runs each, medians; skopeo $(skopeo --version | awk '{print $3}') in the same run"
  echo "images: shared base + one top layer each; 3 layers, $((packed >> 20)) MiB compressed, $((unpacked >> 20)) MiB unpacked; $summary"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); registry on loopback with TLS + htpasswd"
  printf '%-52s %8s %9s %10s   %s\n' "scenario" "seconds" "vs floor" "peak RSS" "target"
  printf '%-52s %8s %9s %7s MB\n' "floor: gzip -dc of each layer once" "$floor_s" "1.00" \
    "$(($(column_of floor 2 | sort -n | tail -1) / 1024))"
  printf '%-52s %8s %9s %7s MB   %s\n' "registrydesk diff, cold cache" "$cold_s" "$(ratio "$cold_s" "$floor_s")" \
    "$(($(column_of cold 2 | sort -n | tail -1) / 1024))" "<= 1.3"
  printf '%-52s %8s %9s %7s MB   %s\n' "registrydesk diff, warm cache" "$warm_s" "$(ratio "$warm_s" "$floor_s")" \
    "$(($(column_of warm 2 | sort -n | tail -1) / 1024))" "<= 0.08"
  printf '%-52s %8s %9s %7s MB\n' "skopeo copy of both images to oci: (fetch only)" "$skopeo_s" \
    "$(ratio "$skopeo_s" "$floor_s")" "$(($(column_of skopeo 2 | sort -n | tail -1) / 1024))"
  echo "cold diff / skopeo fetch: $(ratio "$cold_s" "$skopeo_s")"
} | tee build/bench/diff.txt
