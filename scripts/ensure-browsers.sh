#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium and Firefox ESR (never a browser download). Install
# them when missing — as root with apt-get, as CI and a fresh machine need — or say how to.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || need+=(firefox-esr)
command -v fc-list >/dev/null && fc-list | grep -qi dejavu || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing ${need[*]}: install them (Debian: sudo apt-get install -y ${need[*]})." >&2
  exit 1
fi
echo "Installing ${need[*]} with apt-get (once) ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
