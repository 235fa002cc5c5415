#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the replica and pooler checks (.ci/replicas) and
# the load comparison across API instances (npm run load:cluster): a primary (initdb), a streaming
# replica of it (pg_basebackup -R) and PgBouncer in transaction mode in front of the primary, all
# run as the `postgres` OS user (when we are root) out of one folder, on free ports of 127.0.0.1,
# with trust authentication. The one place that knows how to make, stop, start and remove it:
# both the checks and the load script go through here.
#
#   cluster.sh run CMD [ARGS...]    make a cluster in a new temporary folder, run CMD with its
#                                   environment (below), and remove it however CMD ends; exits with CMD's status
#   cluster.sh up DIR               make it in DIR (new or empty); writes DIR/cluster.env
#   cluster.sh down DIR             stop everything and remove DIR (also after a failed `up`; twice is fine)
#   cluster.sh stop|start primary|replica|pgbouncer DIR
#
# DIR/cluster.env (exported to CMD by `run`):
#   CLUSTER_DIR, CLUSTER_CTL (this script), CLUSTER_DATABASE (knowledge),
#   CLUSTER_PRIMARY_URL, CLUSTER_REPLICA_URL   direct connections (postgres://postgres@127.0.0.1:PORT/knowledge)
#   CLUSTER_POOLER_URL                          PgBouncer, transaction mode, in front of the primary
#   CLUSTER_PGBOUNCER_ADMIN_URL                 PgBouncer's admin console (SHOW STATS, SHOW POOLS)
#
# PgBouncer: Debian's `pgbouncer` package (installed here when missing). Transaction pooling keeps
# no session state, so the API's session settings are set by PgBouncer on every server connection
# it opens (connect_query); the API sends none through it (see DATABASE_DIRECT_URL in README).
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
DATABASE=knowledge
# The settings the API's sessions need (src/db/database.ts: statement_timeout and plannerSettings).
CONNECT_QUERY='set statement_timeout = 5000; set random_page_cost = 1.1; set max_parallel_workers_per_gather = 0'
MARKER=.kg-throwaway-cluster

die() { echo "cluster: $*" >&2; exit 1; }
log() { echo "cluster: $*" >&2; }

# The newest PostgreSQL installed by Debian's packages (initdb, pg_ctl, pg_basebackup).
pg_bin() {
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
  [[ -n "$version" && -x "/usr/lib/postgresql/$version/bin/initdb" ]] || die "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)"
  echo "/usr/lib/postgresql/$version/bin"
}

# Runs a command as the postgres OS user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Three free TCP ports on 127.0.0.1, chosen by the kernel while all three are held (so they differ).
free_ports() {
  node -e '
    const net = require("node:net");
    const servers = [0, 1, 2].map(() => net.createServer());
    Promise.all(servers.map((s) => new Promise((r) => s.listen(0, "127.0.0.1", r)))).then(() => {
      console.log(servers.map((s) => s.address().port).join(" "));
      servers.forEach((s) => s.close());
    });'
}

ensure_pgbouncer() {
  command -v pgbouncer >/dev/null 2>&1 && return
  [[ -x /usr/sbin/pgbouncer ]] && return
  log "installing pgbouncer (apt-get install -y pgbouncer)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbouncer >/dev/null \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbouncer >/dev/null; }
}

pgbouncer_bin() { command -v pgbouncer 2>/dev/null || echo /usr/sbin/pgbouncer; }

wait_port() { # wait_port PORT WHAT
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  die "$2 does not listen on 127.0.0.1:$1"
}

load_env() { # load_env DIR
  [[ -f "$1/cluster.env" ]] || die "$1 holds no cluster (no cluster.env)"
  # shellcheck disable=SC1091
  source "$1/cluster.env"
}

is_running() { # is_running DIR primary|replica
  as_pg "$(pg_bin)/pg_ctl" -D "$1/$2" status >/dev/null 2>&1
}

start_node() { # start_node DIR primary|replica (nothing to do when it runs)
  local bin; bin=$(pg_bin)
  is_running "$1" "$2" && return 0
  as_pg "$bin/pg_ctl" -D "$1/$2" -l "$1/$2.log" -w -t 60 start >/dev/null
}

stop_node() { # stop_node DIR primary|replica [MODE] (nothing to do when it is stopped)
  local bin; bin=$(pg_bin)
  is_running "$1" "$2" || return 0
  as_pg "$bin/pg_ctl" -D "$1/$2" -m "${3:-fast}" -w -t 60 stop >/dev/null
}

start_pgbouncer() { # start_pgbouncer DIR (nothing to do when it runs)
  load_env "$1"
  [[ -f "$1/pgbouncer.pid" ]] && kill -0 "$(cat "$1/pgbouncer.pid")" 2>/dev/null && return 0
  as_pg "$(pgbouncer_bin)" -d -q "$1/pgbouncer.ini"
  wait_port "$CLUSTER_PGBOUNCER_PORT" pgbouncer
}

stop_pgbouncer() { # stop_pgbouncer DIR: SIGTERM is PgBouncer's immediate shutdown
  local pid
  [[ -f "$1/pgbouncer.pid" ]] || return 0
  pid=$(cat "$1/pgbouncer.pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

up() { # up DIR
  local dir=$1 bin ports primary_port replica_port pgbouncer_port started
  started=$(date +%s%N)
  bin=$(pg_bin)
  ensure_pgbouncer
  mkdir -p "$dir"
  [[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty"
  touch "$dir/$MARKER"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  read -r primary_port replica_port pgbouncer_port < <(free_ports)

  # The primary: streaming replication on, trust on loopback (initdb's pg_hba.conf already lets
  # 127.0.0.1 in for replication), its socket in our folder, durability off (throwaway data).
  as_pg "$bin/initdb" -D "$dir/primary" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >>"$dir/primary/postgresql.conf" <<EOF

# throwaway cluster (scripts/cluster/cluster.sh)
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 5
wal_keep_size = 1GB
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
wal_retrieve_retry_interval = 1s
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  start_node "$dir" primary
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$primary_port" -U postgres "$DATABASE"

  # The replica: a base backup with -R (standby.signal and primary_conninfo), on its own port.
  as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream -c fast
  echo "port = $replica_port" | as_pg tee -a "$dir/replica/postgresql.conf" >/dev/null
  start_node "$dir" replica

  # PgBouncer in transaction mode in front of the primary; `postgres` may use its admin console.
  mkdir -p "$dir/pgbouncer"
  echo '"postgres" ""' >"$dir/pgbouncer/userlist.txt"
  cat >"$dir/pgbouncer.ini" <<EOF
; throwaway cluster (scripts/cluster/cluster.sh)
[databases]
$DATABASE = host=127.0.0.1 port=$primary_port dbname=$DATABASE connect_query='$CONNECT_QUERY'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $pgbouncer_port
unix_socket_dir =
auth_type = trust
auth_file = $dir/pgbouncer/userlist.txt
admin_users = postgres
stats_users = postgres
pool_mode = transaction
max_client_conn = 200
default_pool_size = 20
; a primary that comes back is retried within a second. A client waits at most 5 s for a server
; connection: well under the API's EXECUTION_TIMEOUT_MS (10 s), so that with the primary down
; PgBouncer 1.18 (which fast-fails only failed logins, not refused connections) answers
; query_wait_timeout (SQLSTATE 08P01) and the API a clean DATABASE_UNAVAILABLE, not a TIMEOUT
server_login_retry = 1
server_connect_timeout = 3
query_wait_timeout = 5
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir/pgbouncer" "$dir/pgbouncer.ini"

  cat >"$dir/cluster.env" <<EOF
CLUSTER_DIR=$dir
CLUSTER_CTL=$SELF
CLUSTER_DATABASE=$DATABASE
CLUSTER_PRIMARY_PORT=$primary_port
CLUSTER_REPLICA_PORT=$replica_port
CLUSTER_PGBOUNCER_PORT=$pgbouncer_port
CLUSTER_PRIMARY_URL=postgres://postgres@127.0.0.1:$primary_port/$DATABASE
CLUSTER_REPLICA_URL=postgres://postgres@127.0.0.1:$replica_port/$DATABASE
CLUSTER_POOLER_URL=postgres://postgres@127.0.0.1:$pgbouncer_port/$DATABASE
CLUSTER_PGBOUNCER_ADMIN_URL=postgres://postgres@127.0.0.1:$pgbouncer_port/pgbouncer
EOF
  start_pgbouncer "$dir"

  # The replica streams: the primary sees its WAL sender.
  local streaming=""
  for _ in $(seq 1 100); do
    streaming=$(as_pg "$bin/psql" -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres -Atc "select count(*) from pg_stat_replication where state = 'streaming'")
    [[ "$streaming" == 1 ]] && break
    sleep 0.1
  done
  [[ "$streaming" == 1 ]] || die "the replica does not stream from the primary (see $dir/replica.log)"
  log "up in $(( ($(date +%s%N) - started) / 1000000 )) ms: primary :$primary_port, replica :$replica_port (streaming), pgbouncer :$pgbouncer_port, in $dir ($("$bin/postgres" --version), $("$(pgbouncer_bin)" --version | head -1))"
}

down() { # down DIR
  local dir=$1
  [[ -d "$dir" ]] || return 0
  [[ -f "$dir/$MARKER" ]] || die "$dir was not made by this script; not removing it"
  stop_pgbouncer "$dir"
  for node in replica primary; do
    if [[ -f "$dir/$node/postmaster.pid" ]]; then stop_node "$dir" "$node" immediate 2>/dev/null || true; fi
  done
  rm -rf "$dir"
  log "down: $dir removed"
}

case "${1:-}" in
  up) [[ $# -eq 2 ]] || die "usage: cluster.sh up DIR"; up "$2" ;;
  down) [[ $# -eq 2 ]] || die "usage: cluster.sh down DIR"; down "$2" ;;
  stop | start)
    [[ $# -eq 3 ]] || die "usage: cluster.sh $1 primary|replica|pgbouncer DIR"
    case "$2" in
      primary | replica) if [[ $1 == stop ]]; then stop_node "$3" "$2" fast; else start_node "$3" "$2"; fi ;;
      pgbouncer) if [[ $1 == stop ]]; then stop_pgbouncer "$3"; else start_pgbouncer "$3"; fi ;;
      *) die "unknown node $2 (primary, replica or pgbouncer)" ;;
    esac
    ;;
  run)
    shift
    [[ $# -ge 1 ]] || die "usage: cluster.sh run CMD [ARGS...]"
    CLUSTER_RUN_DIR=$(mktemp -d /tmp/kg-cluster.XXXXXX)
    trap 'down "$CLUSTER_RUN_DIR"' EXIT
    trap 'exit 130' INT TERM
    up "$CLUSTER_RUN_DIR"
    set -a
    load_env "$CLUSTER_RUN_DIR"
    set +a
    # CMD in the background and `wait` for it: bash runs a trap only once a foreground command has
    # ended, while `wait` returns at once on a signal, so that SIGTERM stops CMD and removes the cluster now.
    "$@" &
    child=$!
    trap 'kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 130' INT TERM
    status=0
    wait "$child" || status=$?
    exit "$status"
    ;;
  *) die "usage: cluster.sh run CMD... | up DIR | down DIR | stop|start primary|replica|pgbouncer DIR" ;;
esac
