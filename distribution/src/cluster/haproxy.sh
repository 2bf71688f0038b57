#!/usr/bin/env bash
# HAProxy in front of Rapport's application nodes on one machine, without systemd, for trying and testing a cluster.
#
#   haproxy.sh start DIR [CFG]   installs haproxy (Debian) when missing, checks CFG (default: haproxy.cfg beside this
#                                script) and starts HAProxy with it in the background; its log is DIR/haproxy.log
#   haproxy.sh stop DIR          stops the HAProxy started in DIR
#
# The configuration as shipped listens on 127.0.0.1:8090 and balances the nodes on 127.0.0.1:8081 and :8082
# (README.md, "Running on a cluster").
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_package() {
  if ! dpkg-query -W -f='${Status}' haproxy 2> /dev/null | grep -q 'install ok installed'; then
    echo "haproxy.sh: installing haproxy"
    as_root apt-get update -q
    # The package's scripts would start a HAProxy of the system's with its own configuration: a policy that says
    # no is put in place for the installation when the machine has none, and taken away again.
    local own_policy=false
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d > /dev/null
      as_root chmod +x /usr/sbin/policy-rc.d
      own_policy=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy
    if [ "$own_policy" = true ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
  fi
}

start() {
  local dir=$1 config=${2:-$(dirname "$(readlink -f "$0")")/haproxy.cfg}
  install_package
  mkdir -p "$dir"
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2> /dev/null; then
    echo "haproxy.sh: HAProxy of $dir runs already; stop it first" >&2
    exit 1
  fi
  haproxy -c -q -f "$config"
  # -db: in the foreground of its own background job, so its log (stdout) goes to the file.
  haproxy -db -f "$config" > "$dir/haproxy.log" 2>&1 &
  echo $! > "$dir/haproxy.pid"
  sleep 0.3
  if ! kill -0 "$(cat "$dir/haproxy.pid")" 2> /dev/null; then
    echo "haproxy.sh: HAProxy stopped at once; see $dir/haproxy.log" >&2
    tail -20 "$dir/haproxy.log" >&2
    exit 1
  fi
  echo "haproxy.sh: HAProxy runs with $config"
}

stop() {
  local pid_file=$1/haproxy.pid
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2> /dev/null; then
    kill "$(cat "$pid_file")"
    for _ in $(seq 1 20); do kill -0 "$(cat "$pid_file")" 2> /dev/null || break; sleep 0.25; done
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  start) start "${2:?DIR}" "${3:-}" ;;
  stop) stop "${2:?DIR}" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
