#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the test suites and
# prints the connection URL. Usage: scripts/pg-throwaway.sh start|stop|restart [DIR]
#   restart: a fast restart (running sessions are terminated) that keeps the data;
#            it starts a stopped cluster again, on the port it had.
#   standby DIR PRIMARY_DIR: a streaming hot standby of the cluster in
#            PRIMARY_DIR, on $PGPORT_TEST; prints its URL (stop and restart it by DIR).
set -euo pipefail
action=${1:-start}
dir=${2:-/tmp/atalaya-pg}
port=${PGPORT_TEST:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if [ -f "$dir/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      # Already running: on the port it was started with (line 4 of postmaster.pid), maybe not $port.
      echo "postgres://atalaya:atalaya@127.0.0.1:$(sed -n 4p "$dir/postmaster.pid")/postgres"; exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >/dev/null
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "create role atalaya login superuser password 'atalaya'" >/dev/null
    echo "postgres://atalaya:atalaya@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    ;;
  restart)
    # The server options (port, sockets) are those of its last start, kept in postmaster.opts. On a stopped
    # cluster pg_ctl says it finds no server and starts one anyway: expected here.
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -m fast restart 2>&1 >/dev/null |
      { grep -v -e 'PID file .* does not exist' -e 'Is server running' -e 'trying to start server anyway' >&2 || true; }
    ;;
  standby)
    primary=${3:?usage: $0 standby DIR PRIMARY_DIR}
    primary_port=$(sed -n 4p "$primary/postmaster.pid")
    rm -rf "$dir"; mkdir -p -m 700 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    # -R writes the connection to the primary and standby.signal: the copy starts as a read-only hot standby.
    # (The primary's socket lives in its directory: the copy skips it, and says so.)
    as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir" -R -X stream -c fast 2>&1 >/dev/null | { grep -v 'skipping special file' >&2 || true; }
    rm -f "$dir/log"
    # A hot standby needs max_connections at least the primary's.
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >/dev/null
    echo "postgres://atalaya:atalaya@127.0.0.1:$port/postgres"
    ;;
  *) echo "usage: $0 start|stop|restart|standby [DIR] [PRIMARY_DIR]" >&2; exit 2 ;;
esac
