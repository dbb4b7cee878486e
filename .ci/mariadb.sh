#!/usr/bin/env bash
# A throwaway MariaDB for the database-verification tests (src/verify): a data directory under /tmp, a
# Unix socket only (no TCP port), run as the current user, tuned to start fast rather than to be durable.
#   .ci/mariadb.sh start <dir>   prints the socket path once the server answers
#   .ci/mariadb.sh stop <dir>    stops the server started in <dir> and removes <dir>
# Exits 3 with a message when MariaDB is not installed or does not start, so callers can skip cleanly.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop <dir>" >&2
  exit 2
fi

find_bin() {
  for name in "$@"; do
    for d in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
      if [ -x "$d/$name" ]; then
        echo "$d/$name"
        return 0
      fi
    done
  done
  return 1
}

case "$cmd" in
  start)
    server="$(find_bin mariadbd mysqld)" || { echo "MariaDB is not installed (no mariadbd)" >&2; exit 3; }
    install="$(find_bin mariadb-install-db mysql_install_db)" || { echo "MariaDB is not installed (no mariadb-install-db)" >&2; exit 3; }
    client="$(find_bin mariadb mysql)" || { echo "MariaDB's client is not installed" >&2; exit 3; }
    mkdir -p "$dir"
    user="$(id -un)"
    if [ ! -d "$dir/data/mysql" ]; then
      "$install" --no-defaults --datadir="$dir/data" --user="$user" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { echo "mariadb-install-db failed: see $dir/install.log" >&2; exit 3; }
    fi
    "$server" --no-defaults --datadir="$dir/data" --socket="$dir/sock" --pid-file="$dir/pid" --user="$user" \
      --skip-networking --skip-name-resolve --skip-log-bin --performance-schema=OFF \
      --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
      --innodb-doublewrite=0 --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
      >"$dir/server.log" 2>&1 &
    for _ in $(seq 1 200); do
      if [ -S "$dir/sock" ] && "$client" --no-defaults -S "$dir/sock" -u root -e 'SELECT 1' >/dev/null 2>&1; then
        echo "$dir/sock"
        exit 0
      fi
      sleep 0.1
    done
    echo "MariaDB did not start within 20 s: see $dir/server.log" >&2
    exit 3
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid="$(cat "$dir/pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop <dir>" >&2
    exit 2
    ;;
esac
