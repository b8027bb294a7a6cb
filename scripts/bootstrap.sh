#!/usr/bin/env bash
# Installs whatever `npm start` and `npm test` need and is missing on a fresh Debian machine:
# pnpm, the workspace dependencies, Redis, Tesseract (Vietnamese), poppler and Chromium.
# Quiet and fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[bootstrap] %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, else through sudo (which must exist).
as_root() {
  if [ "$(id -u)" = "0" ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root for: $* — run as root or install sudo"
    exit 1
  fi
}

# --- Debian packages -------------------------------------------------------
need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
[ -e /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || need_apt+=(tesseract-ocr-vie)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
if [ "${VANBAN_SKIP_BROWSER:-}" != "1" ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_apt[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- pnpm ------------------------------------------------------------------
if ! command -v pnpm >/dev/null 2>&1; then
  # the version package.json pins (packageManager), so a later 10.x release cannot differ from it
  pnpm_spec="$(node -p "require('./package.json').packageManager || 'pnpm@10'")"
  log "installing $pnpm_spec with npm (corepack's download fails its signature check here)"
  # npm's global prefix (/usr for Debian/NodeSource Node) is root's: a non-root user needs sudo here too.
  npm_global="$(npm prefix -g)/lib/node_modules"
  if [ -w "$npm_global" ] || { [ ! -e "$npm_global" ] && [ -w "$(dirname "$npm_global")" ]; }; then
    npm install -g --no-fund --no-audit --no-update-notifier "$pnpm_spec" >/dev/null
  else
    as_root npm install -g --no-fund --no-audit --no-update-notifier "$pnpm_spec" >/dev/null
  fi
fi

# --- workspace dependencies -----------------------------------------------
stamp=node_modules/.vanban-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s pnpm-lock.yaml "$stamp"; then
  log "installing workspace dependencies"
  CI=true pnpm install --frozen-lockfile --reporter=silent
  cp pnpm-lock.yaml "$stamp"
fi
