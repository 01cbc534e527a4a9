# Shell helpers shared by scripts/demo and scripts/bench: a CA with a server certificate for
# 127.0.0.1, and Debian's docker-registry with TLS and htpasswd started on loopback.
# Source this file; functions take a directory that holds everything of one registry.

# make_pki DIR: ca.crt/ca.key and domain.crt/domain.key for 127.0.0.1 and localhost.
make_pki() {
  local dir=$1
  mkdir -p "$dir"
  [[ -f $dir/domain.crt ]] && return 0
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 -subj "/CN=RegistryDesk Local CA" \
    -addext basicConstraints=critical,CA:true -addext keyUsage=keyCertSign,cRLSign \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$dir/domain.key" -out "$dir/domain.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$dir/domain.ext"
  openssl x509 -req -in "$dir/domain.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 365 \
    -extfile "$dir/domain.ext" -out "$dir/domain.crt" 2>/dev/null
  chmod 600 "$dir/ca.key" "$dir/domain.key"
}

# make_user DIR USER: a generated password in DIR/password (0600) and its bcrypt entry in DIR/htpasswd.
make_user() {
  local dir=$1 user=$2
  [[ -f $dir/htpasswd ]] && return 0
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password")
  htpasswd -Bin "$user" < "$dir/password" > "$dir/htpasswd" 2>/dev/null
}

# start_registry DIR PORT: writes DIR/config.yml and runs docker-registry in the background
# (pid in DIR/registry.pid, log in DIR/registry.log); waits until it answers.
start_registry() {
  local dir=$1 port=$2
  mkdir -p "$dir/data"
  cat > "$dir/config.yml" <<YAML
version: 0.1
log: {level: warn}
storage:
  filesystem: {rootdirectory: $dir/data}
  delete: {enabled: true}
http:
  addr: 127.0.0.1:$port
  secret: $(head -c 16 /dev/urandom | base64)
  tls: {certificate: $dir/domain.crt, key: $dir/domain.key}
auth:
  htpasswd: {realm: Registry Realm, path: $dir/htpasswd}
YAML
  nohup docker-registry serve "$dir/config.yml" > "$dir/registry.log" 2>&1 &
  echo $! > "$dir/registry.pid"
  local _
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "docker-registry on port $port did not start; see $dir/registry.log" >&2
  return 1
}

# stop_registry DIR
stop_registry() {
  local dir=$1
  if [[ -f $dir/registry.pid ]]; then
    local pid
    pid=$(cat "$dir/registry.pid")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    rm -f "$dir/registry.pid"
  fi
}

# free_port: an unused TCP port on 127.0.0.1.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}
