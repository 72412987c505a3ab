#!/usr/bin/env bash
# npm test: typecheck, lint, unit and data-layer tests (SQLite, and PostgreSQL when
# TEST_DATABASE_URL is set), production build, API and crash tests against a real server,
# browser tests; with TEST_DATABASE_URL, the API and crash tests again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s\n' "$*"; }

# Browser tests need Debian's Chromium and CJK fonts; install them when missing and allowed.
# pdftotext (poppler-utils) lets the receipt tests read the PDFs they render.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! (fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null) || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    step "installing Chromium, CJK fonts and poppler-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
  else
    echo "Chromium, CJK fonts or poppler-utils missing: run as root, or: sudo apt-get install -y chromium fonts-noto-cjk poppler-utils" >&2
    exit 1
  fi
fi

step typecheck
npx tsc --noEmit
step lint
npm run --silent lint

step "OpenAPI document: redocly lint, recommended rules"
npm run --silent openapi:lint

step "unit and data layer"
projects=(--project unit)
if [ -n "${TEST_DATABASE_URL:-}" ]; then projects+=(--project db-postgres); else echo "(TEST_DATABASE_URL not set: PostgreSQL leg skipped; .ci/run sets it)"; fi
npx vitest run "${projects[@]}"

step build
npx next build >/tmp/anxin-build.log 2>&1 || { tail -50 /tmp/anxin-build.log; exit 1; }
echo "built"

step "API against a running server"
npx vitest run --project api

step "crash: kill -9 under load, restart, nothing lost or doubled"
npx vitest run --project crash

step "browser (Chromium, axe, care mode, passkeys)"
npx playwright test

# The API and crash suites again, against a server on PostgreSQL, each on a fresh database made
# on TEST_DATABASE_URL's server (its role needs CREATEDB) and removed afterwards.
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "API against a running server on PostgreSQL"
  pg_api=$(node scripts/fresh-database.mjs "$TEST_DATABASE_URL" api)
  API_TEST_DATABASE_URL="$pg_api" npx vitest run --project api
  node scripts/fresh-database.mjs "$TEST_DATABASE_URL" api --drop

  step "crash on PostgreSQL: kill -9 under load, restart, nothing lost or doubled"
  pg_crash=$(node scripts/fresh-database.mjs "$TEST_DATABASE_URL" crash)
  CRASH_TEST_DATABASE_URL="$pg_crash" npx vitest run --project crash
  node scripts/fresh-database.mjs "$TEST_DATABASE_URL" crash --drop
else
  echo "(TEST_DATABASE_URL not set: the API and crash suites on PostgreSQL skipped; .ci/run sets it)"
fi
