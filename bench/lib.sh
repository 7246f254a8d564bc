# Shared helpers of the bench scripts (sourced, not run). Every wait is bounded; every process
# started here is remembered and ended by bench_cleanup (installed as an EXIT trap by the scripts).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/work"
APP_JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
# the data generator shares the app's own classes (the one text fold, common/TextFold)
BENCH_CP="$ROOT/target/test-classes:$ROOT/target/classes:$ROOT/target/quarkus-app/lib/main/*"
ADMIN_PASSWORD="${REGISTER_ADMIN_PASSWORD:-bench-admin-password-1}"
# The JVM options the README recommends for production (a bounded heap: see bench/RESULTS.md).
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
BENCH_PIDS=()
# The H2 settings of the shipped configuration (";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"), kept when
# the bench points the app at its own database file, so the bench measures what operators run.
H2_OPTIONS="$(sed -n 's/^quarkus\.datasource\.jdbc\.url=jdbc:h2:[^;]*//p' "$ROOT/config/application.properties" | head -n 1)"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

now() { date +%s.%N; }

# Elapsed seconds between two `now` stamps, 3 decimals.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}

# Builds the app jar and the bench classes (skipped with BENCH_SKIP_BUILD=1).
build_app() {
  if [ "${BENCH_SKIP_BUILD:-0}" = "1" ] && [ -f "$APP_JAR" ] && [ -d "$ROOT/target/test-classes/org/dispatchregister/bench" ]; then
    log "build skipped (BENCH_SKIP_BUILD=1)"
    return
  fi
  # The "bench" build profile adds the admin-only yardstick endpoints under /api/admin/bench/ that
  # operators' builds leave out.
  log "building the app and the bench classes (./mvnw -B -q package -DskipTests -Dquarkus.profile=bench)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.profile=bench)
}

# app_start NAME PORT DBDIR [extra java -D options...]; sets APP_PID and APP_STARTED_AT.
# The H2 file database is DBDIR/register; uploads and backups go to DBDIR too.
app_start() {
  local name="$1" port="$2" dbdir="$3"
  shift 3
  mkdir -p "$dbdir"
  APP_STARTED_AT="$(now)"
  # Seeds of the register and demo statements are off (env vars: unknown to an app without them,
  # which is fine, whereas unknown -Dregister.* keys would fail config validation).
  REGISTER_ADMIN_PASSWORD="$ADMIN_PASSWORD" REGISTER_SEED_DEMO=false REGISTER_SEED_REGISTER=false \
    java $BENCH_JAVA_OPTS \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dregister.data-dir="$dbdir" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$dbdir/register$H2_OPTIONS" \
    "$@" -jar "$APP_JAR" >"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# wait_ready PORT PID [seconds]: polls /q/health/ready every 50 ms; fails if the process dies.
wait_ready() {
  local port="$1" pid="$2" limit="${3:-60}" i
  for i in $(seq 1 $((limit * 20))); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { log "the app (pid $pid) exited during start-up"; return 1; }
    sleep 0.05
  done
  log "the app on port $port was not ready within ${limit}s"
  return 1
}

# app_stop PID: a clean shutdown (SIGTERM), SIGKILL after 30 s.
app_stop() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}

# app_kill9 PID: the crash: no shutdown hooks, no flush.
app_kill9() {
  kill -9 "$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
}

# session_cookie PORT [user] [password]: signs in through the form and prints "dr-session=...".
session_cookie() {
  local port="$1" user="${2:-admin}" pass="${3:-$ADMIN_PASSWORD}" jar
  jar="$(mktemp)"
  curl -s -o /dev/null -c "$jar" --data-urlencode "j_username=$user" --data-urlencode "j_password=$pass" \
    "http://127.0.0.1:$port/j_security_check"
  awk '$6 == "dr-session" { print "dr-session=" $7 }' "$jar"
  rm -f "$jar"
}

# http_status URL [curl options...]: prints the status code only.
http_status() {
  local url="$1"
  shift
  curl -s -o /dev/null -w '%{http_code}' "$@" "$url"
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

bench_java() { java -cp "$BENCH_CP" "$@"; }
