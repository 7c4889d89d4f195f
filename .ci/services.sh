# Starts PostgreSQL, MariaDB and Redis when they are down, waits until they answer, and exports
# the URLs the test suite reads (TEST_POSTGRES_URL, TEST_MYSQL_URL, TEST_REDIS_URL).
# Sourced by .ci/run; safe to run when everything is already up. A database server that is
# installed but does not come up fails the run: a green CI must not quietly skip a database.

wait_for() { # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "ci: $1 did not come up within 60 s" >&2
  return 1
}

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
mariadb_up() { mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1; }

ensure_postgres() {
  if ! command -v pg_isready >/dev/null 2>&1; then
    echo "ci: PostgreSQL is not installed here: the PostgreSQL run is left out"
    return 0
  fi
  if ! pg_up; then
    echo "ci: starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  wait_for PostgreSQL pg_up || return 1
  export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
  echo "ci: PostgreSQL is up: $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' 2>/dev/null)"
}

ensure_mariadb() {
  if ! command -v mariadb-admin >/dev/null 2>&1; then
    echo "ci: MariaDB is not installed here: the MySQL/MariaDB run is left out"
    return 0
  fi
  if ! mariadb_up; then
    echo "ci: starting MariaDB"
    # /run is a tmpfs: after a reboot the socket and pid directory is gone.
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
  fi
  wait_for MariaDB mariadb_up || return 1
  # No database in the URL: each test file creates (and drops) its own on this server.
  export TEST_MYSQL_URL="${TEST_MYSQL_URL:-mysql://root@127.0.0.1:3306/}"
  echo "ci: MariaDB is up: $(mariadb -h 127.0.0.1 -u root -N -e 'select version()' 2>/dev/null)"
}

ensure_redis() {
  # Redis backs the REDIS_URL attempt-counter tests (contract §8.1).
  if ! command -v redis-cli >/dev/null 2>&1; then return 0; fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1; then
    echo "ci: starting Redis"
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
    wait_for Redis "redis-cli -h 127.0.0.1 -p 6379 ping" || true
  fi
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    export TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
  fi
}

# Test databases left behind by runs that were killed (each test file drops its own when it
# ends). Only in CI, where nothing else is running: on a developer's machine another run may
# be using them right now.
drop_stale_test_databases() {
  if [ "${CI:-}" != "true" ]; then return 0; fi
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then
    for db in $(psql "$TEST_POSTGRES_URL" -tAc "select datname from pg_database where datname like 'hosted\_test\_%'" 2>/dev/null); do
      psql "$TEST_POSTGRES_URL" -qc "drop database if exists \"$db\" with (force)" >/dev/null 2>&1 || true
    done
  fi
  if [ -n "${TEST_MYSQL_URL:-}" ]; then
    for db in $(mariadb -h 127.0.0.1 -u root -N -e "show databases like 'hosted\_test\_%'" 2>/dev/null); do
      mariadb -h 127.0.0.1 -u root -e "drop database if exists \`$db\`" >/dev/null 2>&1 || true
    done
  fi
}

ensure_services() {
  ensure_postgres || return 1
  ensure_mariadb || return 1
  ensure_redis
  drop_stale_test_databases
}
