/**
 * `pnpm api:release`: makes the emitted schema the released baseline
 * (server/schema.released.graphql) and adds a dated entry to CHANGELOG.md built from the
 * diff. Refuses while the check finds a breaking change; does nothing without changes.
 *
 * Options: --baseline <file> --schema <file> --changelog <file> --date YYYY-MM-DD.
 */
import fs from 'node:fs';
import { argValue, changelogEntry, compareSchemas, describe, hasChanges, pathsFrom } from './api-check';

const HEADER = '# Changelog\n\nThe public GraphQL API, release by release (`pnpm api:release`). Newest first.\n';

async function main() {
  const argv = process.argv.slice(2);
  const paths = pathsFrom(argv);
  const current = fs.readFileSync(paths.schema, 'utf8');
  const report = await compareSchemas(fs.readFileSync(paths.baseline, 'utf8'), current);
  if (report.breaking.length) {
    process.stderr.write(`${describe(report)}\nNot released: deprecate instead, release, and remove in a later release.\n`);
    process.exitCode = 1;
    return;
  }
  if (!hasChanges(report)) {
    process.stdout.write('Nothing to release: the schema equals the released baseline.\n');
    return;
  }
  const date = argValue(argv, 'date') ?? new Date().toISOString().slice(0, 10);
  const existing = fs.existsSync(paths.changelog) ? fs.readFileSync(paths.changelog, 'utf8') : HEADER;
  const at = existing.indexOf('\n## ');
  const entry = changelogEntry(report, date);
  const next = at < 0 ? `${existing.trimEnd()}\n\n${entry}` : `${existing.slice(0, at + 1)}${entry}\n${existing.slice(at + 1)}`;
  fs.writeFileSync(paths.changelog, next);
  fs.writeFileSync(paths.baseline, current);
  process.stdout.write(`${describe(report)}\nReleased: ${paths.baseline} and ${paths.changelog} (${date}).\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
});
