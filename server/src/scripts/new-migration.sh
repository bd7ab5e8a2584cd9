#!/usr/bin/env bash
# Writes a migration from the difference between the entities and the migrations so far.
# Usage: server/src/scripts/new-migration.sh Name   (needs PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?name}
ts=$(date +%s%3N)
db="migration_scratch_$$"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
out=$(DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" node -r @swc-node/register src/scripts/schema-diff.ts)
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE $db" >/dev/null
up=$(printf '%s\n' "$out" | sed '/^--- down$/,$d' | sed 's/^/    /')
down=$(printf '%s\n' "$out" | sed '1,/^--- down$/d' | sed 's/^/    /')
file="src/db/migrations/${ts}-${name}.ts"
cat > "$file" <<TS
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  public async up(queryRunner: QueryRunner): Promise<void> {
$up
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
$down
  }
}
TS
echo "$file"
