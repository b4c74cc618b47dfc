#!/usr/bin/env bash
# Starts and stops throw-away PostgreSQL and NATS servers on loopback in temporary folders.
# Source this file; every server started is remembered by pid/folder and stopped by
# services_stop_all, never by name.

SERVICES_ROOT=""

# A loopback port nothing listens on: the kernel's pick when python3 is there, else random
# ports probed with bash's /dev/tcp until a connection is refused.
services_free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - <<'PY' && return 0
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
    fi
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free loopback port found" >&2
    return 1
}

services_init() {
    SERVICES_ROOT=$(mktemp -d /tmp/sagascope-services.XXXXXX)
    chmod 755 "$SERVICES_ROOT"
}

# initdb and start a server in DIR on PORT (password $PG_PASSWORD for TCP; sockets trusted).
# Sets PG_BIN and PG_RUN (the command prefix that runs as the postgres user when we are root).
services_pg_cluster() {
    local dir=$1 port=$2 bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ]; then
        echo "PostgreSQL server binaries not found" >&2
        return 1
    fi
    mkdir -p "$dir"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
        run=(runuser -u postgres --)
    fi
    local pwfile="$dir/pwfile"
    printf '%s\n' "$PG_PASSWORD" >"$pwfile"
    chmod 600 "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$pwfile"
    fi
    "${run[@]}" "$bin/initdb" -D "$dir/data" -U sagascope --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$pwfile" -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
        rm -f "$pwfile"
        cat "$dir/initdb.log" >&2
        return 1
    }
    rm -f "$pwfile"
    # The options live in the data folder, so that `pg_ctl restart` keeps them.
    printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\nmax_connections = 200\n" \
        "$port" "$dir" >>"$dir/data/postgresql.conf"
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
        cat "$dir/server.log" >&2
        return 1
    }
    PG_BIN="$bin"
    PG_RUN=("${run[@]}")
}

# Exports PG_PORT, PG_DIR, PG_PASSWORD and SAGASCOPE_TEST_PG_URL (which carries the password).
# Local (socket) connections are trusted; TCP connections need the password, so the suites can
# prove that a wrong password is reported as an authentication error.
services_start_postgres() {
    PG_DIR="$SERVICES_ROOT/pg"
    PG_PORT=$(services_free_port)
    PG_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    services_pg_cluster "$PG_DIR" "$PG_PORT" || return 1
    export PG_PORT PG_DIR PG_PASSWORD
    export SAGASCOPE_TEST_PG_URL="postgresql://sagascope:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# A second server that one suite restarts on purpose (a live session must survive it), so that no
# other suite loses its connections. Exports SAGASCOPE_TEST_PG_RESTART_URL and
# SAGASCOPE_TEST_PG_RESTART_COMMAND (a shell command that restarts exactly this server).
services_start_pg_restartable() {
    PG_RESTART_DIR="$SERVICES_ROOT/pg-restart"
    local port
    port=$(services_free_port)
    services_pg_cluster "$PG_RESTART_DIR" "$port" || return 1
    local prefix=""
    if [ ${#PG_RUN[@]} -gt 0 ]; then
        prefix="${PG_RUN[*]} "
    fi
    export SAGASCOPE_TEST_PG_RESTART_URL="postgresql://sagascope:$PG_PASSWORD@127.0.0.1:$port/postgres"
    export SAGASCOPE_TEST_PG_RESTART_COMMAND="${prefix}$PG_BIN/pg_ctl -D $PG_RESTART_DIR/data -l $PG_RESTART_DIR/server.log -m fast -w -t 60 restart"
    echo "PostgreSQL (restarted by a test) on 127.0.0.1:$port ($PG_RESTART_DIR)"
}

# A hot standby of the server above, streaming from it (what an inspector pointed at a read replica
# meets). Exports PG_REPLICA_PORT and SAGASCOPE_TEST_PG_REPLICA_URL.
services_start_pg_replica() {
    PG_REPLICA_DIR="$SERVICES_ROOT/pg-replica"
    PG_REPLICA_PORT=$(services_free_port)
    mkdir -p "$PG_REPLICA_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$PG_REPLICA_DIR"
    fi
    "${PG_RUN[@]}" "$PG_BIN/pg_basebackup" -h "$PG_DIR" -p "$PG_PORT" -U sagascope -D "$PG_REPLICA_DIR/data" \
        -R -X stream -c fast >"$SERVICES_ROOT/basebackup.log" 2>&1 || {
        cat "$SERVICES_ROOT/basebackup.log" >&2
        return 1
    }
    "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_REPLICA_DIR/data" -l "$PG_REPLICA_DIR/server.log" -w -t 60 \
        -o "-p $PG_REPLICA_PORT -k $PG_REPLICA_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby=on" start >/dev/null || {
        cat "$PG_REPLICA_DIR/server.log" >&2
        return 1
    }
    export PG_REPLICA_PORT
    export SAGASCOPE_TEST_PG_REPLICA_URL="postgresql://sagascope:$PG_PASSWORD@127.0.0.1:$PG_REPLICA_PORT/postgres"
    echo "PostgreSQL hot standby on 127.0.0.1:$PG_REPLICA_PORT ($PG_REPLICA_DIR)"
}

services_stop_postgres() {
    if [ -n "${PG_RESTART_DIR:-}" ] && [ -f "$PG_RESTART_DIR/data/postmaster.pid" ]; then
        "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_RESTART_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "${PG_REPLICA_DIR:-}" ] && [ -f "$PG_REPLICA_DIR/data/postmaster.pid" ]; then
        "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_REPLICA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

# Exports NATS_PORT, NATS_PID and SAGASCOPE_TEST_NATS_URL.
services_start_nats() {
    if ! command -v nats-server >/dev/null; then
        echo "nats-server not found" >&2
        return 1
    fi
    NATS_PORT=$(services_free_port)
    mkdir -p "$SERVICES_ROOT/nats"
    # Every suite makes streams of its own, each reserving its byte limit (1 GiB for a signal
    # stream) from the server's JetStream storage: the limit is raised above what the disk would
    # suggest so that reservations, not bytes, never run out. Nothing near it is written.
    cat >"$SERVICES_ROOT/nats.conf" <<EOF
jetstream {
    store_dir: "$SERVICES_ROOT/nats"
    max_file_store: 4TB
    max_memory_store: 1GB
}
EOF
    nats-server -a 127.0.0.1 -p "$NATS_PORT" -c "$SERVICES_ROOT/nats.conf" >"$SERVICES_ROOT/nats.log" 2>&1 &
    NATS_PID=$!
    for _ in $(seq 1 100); do
        if grep -q "Server is ready" "$SERVICES_ROOT/nats.log" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    if ! kill -0 "$NATS_PID" 2>/dev/null; then
        cat "$SERVICES_ROOT/nats.log" >&2
        return 1
    fi
    export NATS_PORT NATS_PID
    export SAGASCOPE_TEST_NATS_URL="nats://127.0.0.1:$NATS_PORT"
    echo "nats-server (JetStream) on 127.0.0.1:$NATS_PORT, pid $NATS_PID"
}

services_stop_nats() {
    if [ -n "${NATS_PID:-}" ] && kill -0 "$NATS_PID" 2>/dev/null; then
        kill "$NATS_PID" 2>/dev/null || true
        wait "$NATS_PID" 2>/dev/null || true
    fi
}

services_stop_all() {
    services_stop_nats
    services_stop_postgres
    if [ -n "$SERVICES_ROOT" ] && [ -d "$SERVICES_ROOT" ]; then
        rm -rf "$SERVICES_ROOT"
    fi
}
