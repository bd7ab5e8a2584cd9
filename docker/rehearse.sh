#!/usr/bin/env bash
# Rehearses docker/Dockerfile without a Docker engine: the same commands, stage by stage,
# in a scratch folder, then the runtime layout started as an unprivileged user against
# DATABASE_URL (default: a new database on the local PostgreSQL), checked like HEALTHCHECK.
# It mirrors the Dockerfile by hand: keep the two in step. Not a substitute for `docker build`.
#   bash docker/rehearse.sh            # leaves the scratch folder for inspection
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d /tmp/orgpulse-rehearse.XXXXXX)"
chmod 755 "$scratch"
export CI=true COREPACK_ENABLE_DOWNLOAD_PROMPT=0
echo "--- scratch: $scratch"

# the build context: tracked and new files, less what Dockerfile.dockerignore leaves out
context="$scratch/context"
mkdir -p "$context"
(cd "$repo" && git ls-files -co --exclude-standard -z) | (cd "$repo" && xargs -0 cp --parents -t "$context" 2>/dev/null || true)
rm -rf "$context/.git" "$context/.ci" "$context/docs/screenshots" "$context/docker/compose.yaml"

echo "--- stage build"
mkdir -p "$scratch/build"
cp "$context"/{package.json,pnpm-lock.yaml,pnpm-workspace.yaml,.npmrc} "$scratch/build/"
(cd "$scratch/build" && pnpm fetch >/dev/null)
cp -a "$context/." "$scratch/build/"
(cd "$scratch/build" && pnpm install --frozen-lockfile --offline >/dev/null)
(cd "$scratch/build" && pnpm --filter @orgpulse/shared --filter @orgpulse/server --filter @orgpulse/client run build >/dev/null)

echo "--- stage prod-deps"
p="$scratch/prod-deps"
mkdir -p "$p"/{shared,server,client,packages/sdk,packages/e2e}
cp "$context"/{package.json,pnpm-lock.yaml,pnpm-workspace.yaml,.npmrc} "$p/"
for d in shared server client packages/sdk packages/e2e; do cp "$context/$d/package.json" "$p/$d/"; done
(cd "$p" && pnpm install --frozen-lockfile --prod --ignore-scripts --filter "@orgpulse/server..." >/dev/null)

echo "--- stage runtime"
r="$scratch/runtime"
mkdir -p "$r"/{shared,server,client}
cp -a "$p/node_modules" "$r/"
cp -a "$p/server/node_modules" "$r/server/"
cp "$scratch/build/package.json" "$r/"
cp "$scratch/build/shared/package.json" "$r/shared/"
cp -a "$scratch/build/shared/dist" "$r/shared/"
cp "$scratch/build/server/package.json" "$r/server/"
cp -a "$scratch/build/server/dist" "$r/server/"
cp -a "$scratch/build/client/dist" "$r/client/"
chmod -R a+rX "$r"
echo "runtime size: $(du -sh "$r" | cut -f1)"

db="orgpulse_rehearse_$$"
url="${DATABASE_URL:-}"
if [ -z "$url" ]; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" >/dev/null
  url="postgres://postgres@127.0.0.1:5432/$db"
fi
port="${PORT:-4099}"
echo "--- start: node server/dist/main.js (as nobody, NODE_ENV=production, port $port)"
(cd "$r" && exec setpriv --reuid=nobody --regid=nogroup --clear-groups env -i PATH="$PATH" NODE_ENV=production PORT="$port" \
  DATABASE_URL="$url" SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:1025}" JWT_SECRET=rehearsal-secret-0123456789abcdefghij \
  node server/dist/main.js >"$scratch/app.log" 2>&1) &
app=$!
ok=1
for _ in $(seq 60); do
  if (cd "$r" && PORT="$port" node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"); then ok=0; break; fi
  sleep 1
done
if [ "$ok" = 0 ]; then
  echo "HEALTHCHECK command: healthy"
  curl -fsS "http://127.0.0.1:$port/healthz" && echo
  curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' && echo "SPA index: served"
fi
kill -TERM "$app"; wait "$app" || true
echo "--- app log"; cut -c1-200 "$scratch/app.log"
[ -z "${DATABASE_URL:-}" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
exit "$ok"
