#!/usr/bin/env bash
# System prerequisite for the web example's browser tests (Debian's chromium), run by .ci/run before the README's test
# command. Installs with apt where it can (as root, or with sudo that asks no password); where it cannot, it says so and
# exits 0: those tests are then skipped with a printed reason.
if ! command -v chromium >/dev/null 2>&1 && [ -z "${ROLEFIT_CHROMIUM:-}" ] && command -v apt-get >/dev/null 2>&1; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || echo "ci: could not install chromium with apt; the browser tests will be skipped" >&2
fi
exit 0
