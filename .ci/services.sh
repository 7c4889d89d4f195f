# Starts PostgreSQL and MariaDB when they are down, and exports the URLs the test suite reads.
# Sourced by .ci/run; safe to run when everything is already up.

wait_for() { # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "ci: $1 did not come up" >&2
  return 1
}

ensure_services() {
  if command -v pg_isready >/dev/null 2>&1; then
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
    if wait_for PostgreSQL "pg_isready -h 127.0.0.1 -p 5432 -q"; then
      export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
    fi
  fi
  if command -v mariadb-admin >/dev/null 2>&1; then
    if ! mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1; then
      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
    fi
    if wait_for MariaDB "mariadb-admin -h 127.0.0.1 -u root ping"; then
      export TEST_MYSQL_URL="${TEST_MYSQL_URL:-mysql://root@127.0.0.1:3306/test}"
    fi
  fi
  # Redis (started by the machine) backs the REDIS_URL attempt-counter tests.
  if command -v redis-cli >/dev/null 2>&1 && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    export TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
  fi
}
