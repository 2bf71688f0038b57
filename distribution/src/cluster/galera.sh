#!/usr/bin/env bash
# A MariaDB Galera cluster of three nodes on loopback, without systemd, for trying and testing Rapport on a cluster.
#
#   galera.sh start DIR          installs mariadb-server, galera-4 (Debian) when missing, starts nodes 1-3 in DIR,
#                                creates the database rapport and the user rapport / rapport
#   galera.sh kill DIR N         kill -9 of node N (1-3)
#   galera.sh rejoin DIR N       starts node N again; it catches up by incremental state transfer (IST)
#   galera.sh size DIR [N]       the cluster size as node N (default 1) sees it
#   galera.sh stop DIR           stops every node of DIR
#   galera.sh url                the JDBC address of the three nodes for conf/rapport.properties
#   galera.sh single DIR         a fourth server of the same MariaDB on 127.0.0.1:3314 without Galera (wsrep_on=OFF),
#                                the baseline of the cluster bench (README.md, "Running on a cluster")
#
# Node N listens for SQL on 127.0.0.1:331N, for Galera replication on 457N, for IST on 458N and SST on 459N. Each node's
# settings are DIR/nodeN.cnf (the Galera settings an operator needs are in README.md, "Running on a cluster").
set -euo pipefail

PORT_BASE=3310
GALERA_BASE=4570
IST_BASE=4580
SST_BASE=4590

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for package in mariadb-server galera-4; do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "galera.sh: installing ${missing[*]}"
    as_root apt-get update -q
    # No service is started by the packages' scripts (this script starts its own nodes): a policy that says so is
    # put in place for the installation when the machine has none, and taken away again.
    local own_policy=false
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d > /dev/null
      as_root chmod +x /usr/sbin/policy-rc.d
      own_policy=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    if [ "$own_policy" = true ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
  fi
}

provider() {
  for candidate in /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so; do
    [ -f "$candidate" ] && { echo "$candidate"; return; }
  done
  echo "galera.sh: libgalera_smm.so not found (package galera-4)" >&2
  exit 1
}

# As root the nodes run as the mysql user, which owns their folders: the rsync state transfer's daemon cannot write
# into folders of root's.
user_args() {
  if [ "$(id -u)" -eq 0 ]; then echo "--user=mysql"; fi
}

write_config() {
  local dir=$1 n=$2
  cat > "$dir/node$n.cnf" << EOF
[mysqld]
datadir=$dir/node$n/data
socket=$dir/node$n/mysqld.sock
pid-file=$dir/node$n/mysqld.pid
log-error=$dir/node$n/error.log
bind-address=127.0.0.1
port=$((PORT_BASE + n))
skip-ssl
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
max_connections=100
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$(provider)
wsrep_cluster_name=rapport
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((GALERA_BASE + n))
wsrep_cluster_address=gcomm://127.0.0.1:$((GALERA_BASE + 1)),127.0.0.1:$((GALERA_BASE + 2)),127.0.0.1:$((GALERA_BASE + 3))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((GALERA_BASE + n));ist.recv_addr=127.0.0.1:$((IST_BASE + n));gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT5S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((SST_BASE + n))
wsrep_slave_threads=2
EOF
}

start_node() {
  local dir=$1 n=$2 new_cluster=${3:-}
  # shellcheck disable=SC2046
  mariadbd --defaults-file="$dir/node$n.cnf" $(user_args) $new_cluster > "$dir/node$n/stdout.log" 2>&1 &
  echo $! > "$dir/node$n/pid"
}

query() {
  local dir=$1 n=$2 sql=$3
  mariadb --protocol=socket --socket="$dir/node$n/mysqld.sock" -uroot -N -B -e "$sql"
}

await_synced() {
  local dir=$1 n=$2
  for _ in $(seq 1 120); do
    if [ "$(query "$dir" "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2> /dev/null | cut -f2)" = "Synced" ]; then
      return 0
    fi
    if ! kill -0 "$(cat "$dir/node$n/pid")" 2> /dev/null; then
      echo "galera.sh: node $n stopped while starting; see $dir/node$n/error.log" >&2
      tail -20 "$dir/node$n/error.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "galera.sh: node $n not synced after 60 s; see $dir/node$n/error.log" >&2
  return 1
}

start_cluster() {
  local dir=$1
  install_packages
  mkdir -p "$dir"
  for n in 1 2 3; do
    if [ -f "$dir/node$n/pid" ] && kill -0 "$(cat "$dir/node$n/pid")" 2> /dev/null; then
      echo "galera.sh: node $n of $dir runs already; stop it first" >&2
      exit 1
    fi
    rm -rf "$dir/node$n"
    mkdir -p "$dir/node$n/data"
    write_config "$dir" "$n"
    if [ "$(id -u)" -eq 0 ]; then chown -R mysql:mysql "$dir/node$n"; fi
    # shellcheck disable=SC2046
    mariadb-install-db --defaults-file="$dir/node$n.cnf" $(user_args) --auth-root-authentication-method=socket \
      --skip-test-db > "$dir/node$n/install.log" 2>&1
  done
  start_node "$dir" 1 --wsrep-new-cluster
  await_synced "$dir" 1
  query "$dir" 1 "CREATE DATABASE IF NOT EXISTS rapport CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'rapport'@'127.0.0.1' IDENTIFIED BY 'rapport';
    CREATE USER IF NOT EXISTS 'rapport'@'localhost' IDENTIFIED BY 'rapport';
    GRANT ALL ON rapport.* TO 'rapport'@'127.0.0.1'; GRANT ALL ON rapport.* TO 'rapport'@'localhost';"
  # The first state transfer to an empty node is a full copy (SST); the nodes join one after the other.
  for n in 2 3; do
    start_node "$dir" "$n"
    await_synced "$dir" "$n"
  done
  echo "galera.sh: cluster of $(query "$dir" 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes up in $dir"
}

start_single() {
  local dir=$1
  install_packages
  rm -rf "$dir/node4"
  mkdir -p "$dir/node4/data"
  write_config "$dir" 4
  sed -i 's/^wsrep_on=ON$/wsrep_on=OFF/; /^wsrep_cluster_address=/d' "$dir/node4.cnf"
  if [ "$(id -u)" -eq 0 ]; then chown -R mysql:mysql "$dir/node4"; fi
  # shellcheck disable=SC2046
  mariadb-install-db --defaults-file="$dir/node4.cnf" $(user_args) --auth-root-authentication-method=socket \
    --skip-test-db > "$dir/node4/install.log" 2>&1
  start_node "$dir" 4
  for _ in $(seq 1 120); do
    query "$dir" 4 "SELECT 1" > /dev/null 2>&1 && break
    sleep 0.5
  done
  query "$dir" 4 "CREATE DATABASE IF NOT EXISTS rapport CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'rapport'@'127.0.0.1' IDENTIFIED BY 'rapport';
    GRANT ALL ON rapport.* TO 'rapport'@'127.0.0.1';"
  echo "galera.sh: single server up in $dir/node4"
}

case "${1:-}" in
  start) start_cluster "${2:?DIR}" ;;
  single) start_single "${2:?DIR}" ;;
  kill) kill -9 "$(cat "${2:?DIR}/node${3:?N}/pid")" ;;
  rejoin) start_node "${2:?DIR}" "${3:?N}" && await_synced "$2" "$3" ;;
  size) query "${2:?DIR}" "${3:-1}" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2 ;;
  stop)
    for n in 4 3 2 1; do
      pid_file="${2:?DIR}/node$n/pid"
      if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2> /dev/null; then
        kill "$(cat "$pid_file")"
        for _ in $(seq 1 60); do kill -0 "$(cat "$pid_file")" 2> /dev/null || break; sleep 0.5; done
      fi
    done ;;
  url) echo "jdbc:mariadb:sequential://127.0.0.1:$((PORT_BASE + 1)),127.0.0.1:$((PORT_BASE + 2)),127.0.0.1:$((PORT_BASE + 3))/rapport?sslMode=disable" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
