#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, broker+controller in one JVM) for
# streamer's development and tests. No Docker needed: the broker jars come
# from Maven Central via deploy/kafka/pom.xml and run on the local JDK (17+).
#
# Usage: deploy/kafka/kafka.sh <command> [args]
#   up                    Start the broker (idempotent). Resolves jars if
#                         missing, formats storage on first start, waits until
#                         the broker answers metadata requests. If a Kafka
#                         broker already answers on KAFKA_PORT: no-op, exit 0.
#   down                  Stop the broker (SIGTERM, then SIGKILL after
#                         KAFKA_STOP_TIMEOUT s) and delete its data dir.
#   status                Print state; exit 0 if answering, 3 if not.
#   topics-create NAME... Create topics (if missing) with
#                         KAFKA_TOPIC_PARTITIONS partitions, RF 1.
#   topics-list           List topics.
#   tool CLASS [ARGS...]  Run a Kafka CLI class with the broker classpath, e.g.
#                         tool org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:9092 --topic t
#   lib                   Resolve jars (if needed) and print the lib dir.
#   logs                  Print the tail of the broker log.
#
# Environment (all optional):
#   KAFKA_PORT              Client listener port (default 9092).
#   KAFKA_HOST              Bind/advertise host (default 127.0.0.1).
#   KAFKA_CONTROLLER_PORT   KRaft controller port (default KAFKA_PORT+10001,
#                           i.e. 19093 for 9092).
#   KAFKA_DATA_DIR          Data dir: server.properties, log dirs, logs/, pid
#                           (default /tmp/streamer-kafka-$KAFKA_PORT). Deleted
#                           by `down` (only if it carries kafka.sh's marker).
#   KAFKA_LIB_DIR           Where the jars are copied
#                           (default ${XDG_CACHE_HOME:-~/.cache}/streamer/kafka/lib).
#   KAFKA_HEAP_OPTS         Broker heap (default "-Xms256m -Xmx512m").
#   KAFKA_JVM_OPTS          Extra broker JVM options (default: G1, small pauses).
#   KAFKA_START_TIMEOUT     Seconds `up` waits for the broker (default 60).
#   KAFKA_STOP_TIMEOUT      Seconds `down` waits after SIGTERM (default 30).
#   KAFKA_NUM_PARTITIONS    num.partitions for auto-created topics (default 1).
#   KAFKA_TOPIC_PARTITIONS  Partitions for `topics-create` (default 1).
#   Listener overrides (for e.g. a SASL_SSL / mTLS broker on another port
#   with another KAFKA_DATA_DIR):
#   KAFKA_LISTENERS         listeners= value without the controller, default
#                           "PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT". A
#                           CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
#                           entry is appended unless one is already present.
#   KAFKA_ADVERTISED_LISTENERS  default: KAFKA_LISTENERS minus CONTROLLER.
#   KAFKA_LISTENER_SECURITY_PROTOCOL_MAP  default maps CONTROLLER, PLAINTEXT,
#                           SSL, SASL_PLAINTEXT, SASL_SSL to themselves.
#   KAFKA_INTER_BROKER_LISTENER_NAME  default: first non-CONTROLLER listener.
#   KAFKA_EXTRA_PROPERTIES  Path of a .properties file appended to the
#                           generated server.properties (later keys win, so it
#                           can override anything: ssl.*, sasl.*, listener.name.*).
#   KAFKA_BOOTSTRAP         host:port used for the readiness probe and the
#                           topics-* helpers (default $KAFKA_HOST:$KAFKA_PORT).
#   KAFKA_CLIENT_PROPERTIES Client config file (security.protocol, ssl.*,
#                           sasl.*) passed as --command-config to the probe and
#                           topics-* helpers; needed when the listener at
#                           KAFKA_BOOTSTRAP is not PLAINTEXT.
#   JAVA_HOME / JAVA        JVM to use (default: java on PATH).
#   MVN                     Maven command (default: mvn).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$SCRIPT_DIR/pom.xml"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 10001))}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-${TMPDIR:-/tmp}/streamer-kafka-$KAFKA_PORT}"
KAFKA_LIB_DIR="${KAFKA_LIB_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/streamer/kafka/lib}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-60}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_NUM_PARTITIONS="${KAFKA_NUM_PARTITIONS:-1}"
KAFKA_TOPIC_PARTITIONS="${KAFKA_TOPIC_PARTITIONS:-1}"
KAFKA_BOOTSTRAP="${KAFKA_BOOTSTRAP:-$KAFKA_HOST:$KAFKA_PORT}"
KAFKA_CLIENT_PROPERTIES="${KAFKA_CLIENT_PROPERTIES:-}"
KAFKA_EXTRA_PROPERTIES="${KAFKA_EXTRA_PROPERTIES:-}"
MVN="${MVN:-mvn}"
if [[ -n "${JAVA:-}" ]]; then :
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"
else JAVA=java; fi

PROPS="$KAFKA_DATA_DIR/server.properties"
PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
LOG_DIR="$KAFKA_DATA_DIR/logs"
MARKER="$KAFKA_DATA_DIR/.streamer-kafka"
LOCK_FILE="${TMPDIR:-/tmp}/streamer-kafka-$KAFKA_PORT.lock"
# JVM options for short-lived CLI tools: fast startup, quiet logging.
TOOL_JVM_OPTS=(-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
               -Djava.awt.headless=true
               "-Dlog4j2.configurationFile=$SCRIPT_DIR/log4j2-tools.properties")

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- jars
pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

lib_current() {
  [[ -f "$KAFKA_LIB_DIR/.pom.sha256" && "$(cat "$KAFKA_LIB_DIR/.pom.sha256")" == "$(pom_hash)" ]] &&
    compgen -G "$KAFKA_LIB_DIR/kafka_2.13-*.jar" >/dev/null
}

ensure_lib() {
  lib_current && return 0
  mkdir -p "$(dirname "$KAFKA_LIB_DIR")"
  # Serialise concurrent resolutions (parallel test sessions); fd 8 is
  # closed again before the broker starts.
  exec 8>"$KAFKA_LIB_DIR.lock"
  flock -w 600 8 || die "could not lock $KAFKA_LIB_DIR.lock"
  if lib_current; then exec 8>&-; return 0; fi
  local want; want="$(pom_hash)"
  command -v "$MVN" >/dev/null 2>&1 || die "jars missing in $KAFKA_LIB_DIR and '$MVN' not found"
  log "resolving Kafka jars into $KAFKA_LIB_DIR (mvn) ..."
  local tmp
  tmp="$(mktemp -d "$(dirname "$KAFKA_LIB_DIR")/.lib.XXXXXX")"
  local mvn_args=(-B -q -f "$POM" dependency:copy-dependencies "-DoutputDirectory=$tmp" -Dmdep.useRepositoryLayout=false)
  # Offline first (fast, works with no network once ~/.m2 has everything),
  # then online.
  if ! "$MVN" -o "${mvn_args[@]}" >/dev/null 2>&1; then
    if ! "$MVN" "${mvn_args[@]}" >"$tmp.mvn.log" 2>&1; then
      cat "$tmp.mvn.log" >&2; rm -rf "$tmp" "$tmp.mvn.log"
      die "mvn dependency:copy-dependencies failed"
    fi
    rm -f "$tmp.mvn.log"
  fi
  compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || { rm -rf "$tmp"; die "mvn produced no kafka jar"; }
  echo "$want" >"$tmp/.pom.sha256"
  rm -rf "$KAFKA_LIB_DIR.old"
  [[ -e "$KAFKA_LIB_DIR" ]] && mv "$KAFKA_LIB_DIR" "$KAFKA_LIB_DIR.old"
  mv "$tmp" "$KAFKA_LIB_DIR"
  rm -rf "$KAFKA_LIB_DIR.old"
  exec 8>&-
}

run_tool() {  # run_tool CLASS ARGS...
  "$JAVA" "${TOOL_JVM_OPTS[@]}" -cp "$KAFKA_LIB_DIR/*" "$@"
}

# ---------------------------------------------------------------- probes
port_open() {  # port_open HOST PORT
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

bootstrap_port_open() {
  port_open "${KAFKA_BOOTSTRAP%:*}" "${KAFKA_BOOTSTRAP##*:}"
}

command_config_args() {
  if [[ -n "$KAFKA_CLIENT_PROPERTIES" ]]; then
    printf '%s\n' --command-config "$KAFKA_CLIENT_PROPERTIES"
  fi
}

# Broker answers a metadata request (lists topics) within a few seconds.
metadata_ok() {
  local cc=()
  mapfile -t cc < <(command_config_args)
  timeout 25 "$JAVA" "${TOOL_JVM_OPTS[@]}" -cp "$KAFKA_LIB_DIR/*" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" "${cc[@]}" --list \
    >/dev/null 2>&1
}

# A live (not zombie) process that is our broker: guards against stale pid
# files and pid reuse.
proc_is_broker() {  # proc_is_broker PID
  local pid="$1" state cmd
  [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/stat" ]] || return 1
  state="$(sed 's/^.*) \(.\).*$/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "$state" != Z && "$state" != X ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *"kafka.Kafka $PROPS"* ]]
}

pid_alive() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE" 2>/dev/null)" || return 1
  proc_is_broker "$pid"
}

# Pids of java processes started with our server.properties (in case the pid
# file was lost). Exact path match on the command line, never a broad name.
find_broker_pids() {
  local p cmd
  for p in /proc/[0-9]*; do
    proc_is_broker "${p#/proc/}" && echo "${p#/proc/}"
  done
  return 0
}

log_tail() {
  local f
  for f in "$LOG_DIR/stdout.log" "$LOG_DIR/server.log"; do
    if [[ -s "$f" ]]; then
      echo "----- tail -n ${2:-40} $f -----" >&2
      tail -n "${2:-40}" "$f" >&2
    fi
  done
}

# ---------------------------------------------------------------- config
listeners() {
  local l="${KAFKA_LISTENERS:-PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT}"
  [[ "$l" == *CONTROLLER://* ]] || l="$l,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT"
  echo "$l"
}

strip_controller() {  # comma list minus CONTROLLER://... entries
  local out=() e
  IFS=',' read -r -a parts <<<"$1"
  for e in "${parts[@]}"; do [[ "$e" == CONTROLLER://* ]] || out+=("$e"); done
  (IFS=','; echo "${out[*]}")
}

write_props() {
  local l adv map ibl cport
  l="$(listeners)"
  adv="${KAFKA_ADVERTISED_LISTENERS:-$(strip_controller "$l")}"
  map="${KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:-CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL}"
  ibl="${KAFKA_INTER_BROKER_LISTENER_NAME:-$(strip_controller "$l" | cut -d, -f1 | sed 's#://.*##')}"
  cport="$(tr ',' '\n' <<<"$l" | sed -n 's#^CONTROLLER://\(.*\)$#\1#p' | head -n1)"
  [[ -n "$cport" ]] || die "no CONTROLLER listener in: $l"
  {
    echo "# Generated by deploy/kafka/kafka.sh -- do not edit, rewritten on every 'up'."
    echo "process.roles=broker,controller"
    echo "node.id=1"
    echo "controller.listener.names=CONTROLLER"
    echo "controller.quorum.bootstrap.servers=$cport"
    echo "listeners=$l"
    echo "advertised.listeners=$adv"
    echo "listener.security.protocol.map=$map"
    echo "inter.broker.listener.name=$ibl"
    echo "log.dirs=$KAFKA_DATA_DIR/kraft-logs"
    echo "num.partitions=$KAFKA_NUM_PARTITIONS"
    echo "default.replication.factor=1"
    echo "min.insync.replicas=1"
    echo "auto.create.topics.enable=true"
    echo "delete.topic.enable=true"
    echo "offsets.topic.replication.factor=1"
    echo "offsets.topic.num.partitions=1"
    echo "transaction.state.log.replication.factor=1"
    echo "transaction.state.log.min.isr=1"
    echo "transaction.state.log.num.partitions=1"
    echo "share.coordinator.state.topic.replication.factor=1"
    echo "share.coordinator.state.topic.min.isr=1"
    echo "group.initial.rebalance.delay.ms=0"
    echo "num.network.threads=2"
    echo "num.io.threads=4"
    echo "num.recovery.threads.per.data.dir=1"
    echo "log.retention.hours=24"
    echo "log.segment.bytes=67108864"
    echo "log.cleaner.threads=1"
    echo "log.cleaner.dedupe.buffer.size=8388608"
    if [[ -n "$KAFKA_EXTRA_PROPERTIES" ]]; then
      [[ -r "$KAFKA_EXTRA_PROPERTIES" ]] || die "KAFKA_EXTRA_PROPERTIES not readable: $KAFKA_EXTRA_PROPERTIES"
      echo
      echo "# ---- appended from $KAFKA_EXTRA_PROPERTIES ----"
      cat "$KAFKA_EXTRA_PROPERTIES"
      echo
    fi
  } >"$PROPS.tmp"
  mv "$PROPS.tmp" "$PROPS"
}

# Storage is formatted for one controller endpoint (--standalone records it
# in the metadata log); re-format if the listeners changed since.
ensure_formatted() {
  local fp; fp="$(grep -E '^(listeners|controller\.quorum\.bootstrap\.servers|node\.id)=' "$PROPS" | sha256sum | cut -d' ' -f1)"
  if [[ -f "$KAFKA_DATA_DIR/kraft-logs/meta.properties" ]]; then
    if [[ "$(cat "$KAFKA_DATA_DIR/.format-fingerprint" 2>/dev/null)" == "$fp" ]]; then
      return 0
    fi
    log "listeners changed since storage was formatted: wiping $KAFKA_DATA_DIR/kraft-logs"
    rm -rf "$KAFKA_DATA_DIR/kraft-logs"
  fi
  # A cluster id is 16 random bytes, base64url without padding (22 chars);
  # like Kafka's Uuid.randomUuid(), avoid a leading '-' (argparse would take
  # it for an option).
  local cid=-
  while [[ "$cid" == -* ]]; do
    cid="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  done
  if ! run_tool kafka.tools.StorageTool format --standalone -t "$cid" -c "$PROPS" \
      >"$LOG_DIR/format.log" 2>&1; then
    cat "$LOG_DIR/format.log" >&2
    die "kafka.tools.StorageTool format failed"
  fi
  echo "$fp" >"$KAFKA_DATA_DIR/.format-fingerprint"
}

# ---------------------------------------------------------------- commands
wait_ready() {  # wait_ready PID; returns 0 when ready, 2 if PID died
  local pid="$1" deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! proc_is_broker "$pid"; then
      rm -f "$PID_FILE"
      return 2
    fi
    if bootstrap_port_open && metadata_ok; then
      return 0
    fi
    sleep 0.5
  done
  log "broker did not answer on $KAFKA_BOOTSTRAP within ${KAFKA_START_TIMEOUT}s (pid $pid still running; 'kafka.sh down' to stop it)"
  log_tail
  exit 1
}

cmd_up() {
  ensure_lib
  mkdir -p "$(dirname "$LOCK_FILE")"
  exec 9>"$LOCK_FILE"
  flock -w "$((KAFKA_START_TIMEOUT + 30))" 9 || die "could not lock $LOCK_FILE"

  if pid_alive; then
    local pid; pid="$(cat "$PID_FILE")"
    log "broker already running (pid $pid); waiting until it answers on $KAFKA_BOOTSTRAP"
    if wait_ready "$pid"; then
      log "broker ready on $KAFKA_BOOTSTRAP (pid $pid)"
      return 0
    fi
    log "broker pid $pid went away; starting a new one"
  fi
  if bootstrap_port_open; then
    if metadata_ok; then
      log "a Kafka broker already answers on $KAFKA_BOOTSTRAP; nothing to do"
      return 0
    fi
    die "port ${KAFKA_BOOTSTRAP##*:} is in use but no Kafka broker answers there"
  fi
  local cp="${KAFKA_CONTROLLER_PORT}"
  if [[ -z "${KAFKA_LISTENERS:-}" ]] && port_open "$KAFKA_HOST" "$cp"; then
    die "controller port $cp is already in use (set KAFKA_CONTROLLER_PORT)"
  fi

  if [[ -e "$KAFKA_DATA_DIR" && ! -f "$MARKER" ]] && [[ -n "$(ls -A "$KAFKA_DATA_DIR" 2>/dev/null)" ]]; then
    die "$KAFKA_DATA_DIR exists, is not empty and was not created by kafka.sh"
  fi
  mkdir -p "$KAFKA_DATA_DIR" "$LOG_DIR"
  touch "$MARKER"
  write_props
  ensure_formatted

  local t0=$SECONDS
  # setsid + nohup: the broker outlives this script and its process group;
  # all std streams redirected so callers capturing our output don't hang;
  # fds 8/9 (locks) closed so the broker doesn't hold them.
  # shellcheck disable=SC2086
  setsid nohup "$JAVA" -server $KAFKA_HEAP_OPTS $KAFKA_JVM_OPTS \
    -Djava.awt.headless=true \
    "-Dlog4j2.configurationFile=$SCRIPT_DIR/log4j2.properties" \
    "-Dkafka.logs.dir=$LOG_DIR" \
    -cp "$KAFKA_LIB_DIR/*" kafka.Kafka "$PROPS" \
    </dev/null >"$LOG_DIR/stdout.log" 2>&1 8>&- 9>&- &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  log "starting broker (pid $pid) on $KAFKA_BOOTSTRAP, data dir $KAFKA_DATA_DIR"
  if ! wait_ready "$pid"; then
    log "broker process $pid exited during startup"
    log_tail
    exit 1
  fi
  log "broker ready on $KAFKA_BOOTSTRAP in $((SECONDS - t0))s (pid $pid)"
}

cmd_down() {
  mkdir -p "$(dirname "$LOCK_FILE")"
  exec 9>"$LOCK_FILE"
  flock -w 60 9 || die "could not lock $LOCK_FILE"
  local pids=()
  if pid_alive; then pids+=("$(cat "$PID_FILE")"); fi
  local p
  for p in $(find_broker_pids); do
    [[ " ${pids[*]} " == *" $p "* ]] || pids+=("$p")
  done
  if ((${#pids[@]})); then
    log "stopping broker (pid ${pids[*]})"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT)) alive
    while ((SECONDS < deadline)); do
      alive=0
      for p in "${pids[@]}"; do proc_is_broker "$p" && alive=1; done
      ((alive)) || break
      sleep 0.2
    done
    for p in "${pids[@]}"; do
      if proc_is_broker "$p"; then
        log "pid $p still alive after ${KAFKA_STOP_TIMEOUT}s: SIGKILL"
        kill -KILL "$p" 2>/dev/null || true
      fi
    done
  else
    log "no broker running for $KAFKA_DATA_DIR"
  fi
  if [[ -d "$KAFKA_DATA_DIR" ]]; then
    if [[ -f "$MARKER" ]]; then
      rm -rf "$KAFKA_DATA_DIR"
      log "removed $KAFKA_DATA_DIR"
    else
      log "not removing $KAFKA_DATA_DIR: not created by kafka.sh"
    fi
  fi
}

cmd_status() {
  local state="stopped" rc=3
  if pid_alive; then state="running (pid $(cat "$PID_FILE"))"; fi
  if bootstrap_port_open; then
    if [[ -d "$KAFKA_LIB_DIR" ]] && metadata_ok; then
      state="$state, answering on $KAFKA_BOOTSTRAP"; rc=0
    else
      state="$state, port ${KAFKA_BOOTSTRAP##*:} open but no metadata answer"
    fi
  else
    state="$state, nothing listening on $KAFKA_BOOTSTRAP"
  fi
  echo "kafka: $state; data dir $KAFKA_DATA_DIR"
  return $rc
}

cmd_topics_create() {
  (($#)) || die "usage: kafka.sh topics-create NAME..."
  ensure_lib
  local cc=() t
  mapfile -t cc < <(command_config_args)
  for t in "$@"; do
    run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" "${cc[@]}" \
      --create --if-not-exists --topic "$t" \
      --partitions "$KAFKA_TOPIC_PARTITIONS" --replication-factor 1
  done
}

cmd_topics_list() {
  ensure_lib
  local cc=()
  mapfile -t cc < <(command_config_args)
  run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" "${cc[@]}" --list
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  topics-create) shift; cmd_topics_create "$@" ;;
  topics-list) cmd_topics_list ;;
  tool) shift; (($#)) || die "usage: kafka.sh tool CLASS [ARGS...]"; ensure_lib; run_tool "$@" ;;
  lib) ensure_lib; echo "$KAFKA_LIB_DIR" ;;
  logs) log_tail "" "${2:-80}" ;;
  -h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
  *) echo "usage: kafka.sh {up|down|status|topics-create NAME...|topics-list|tool CLASS ARGS...|lib|logs|help}" >&2; exit 2 ;;
esac
