import { pipeline } from 'node:stream/promises';
import { ErrorCode, Permission } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import type { AppDeps, AppModule } from '../../app';
import { assertAllowed } from '../../common/auth/guard';
import { AppError } from '../../common/errors';
import { requestLog } from '../../common/logging';

const HEADER = [
  'created_at',
  'id',
  'member_id',
  'member_name',
  'api_key_id',
  'api_key_name',
  'api_key_prefix',
  'resource_id',
  'resource_name',
  'operation',
  'credits',
];

/**
 * One CSV cell (OWASP "CSV injection"). A value a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading quote mark. A value holding either
 * separator (`,`, or `;` that spreadsheets use in many locales), a quote or a line break is
 * quoted whole, so no cell can start in the middle of it (`ok;=1+1` stays one text cell).
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function dateParam(raw: unknown, name: string): Date | null {
  if (raw === undefined || raw === '') return null;
  if (
    typeof raw !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ||
    Number.isNaN(new Date(raw).getTime())
  ) {
    throw new AppError(ErrorCode.BadUserInput, `${name} must be an ISO-8601 date such as 2026-11-01 or 2026-11-01T00:00:00Z.`);
  }
  return new Date(raw);
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.PasswordChangeRequired]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
};

/**
 * GET /api/usage.csv?from=&to=[&memberId=&resourceId=] with `Authorization: Bearer …`:
 * the usage records of [from, to), oldest first, one COPY streamed with back-pressure (never
 * all in memory, see usage-copy.ts), with the same visibility as usageRecords (MEMBER and
 * GUEST: their own only). csvCell is the rule each cell follows; csvCellSql writes it in SQL.
 */
export function usageExportModule(): AppModule {
  return {
    routes(app, deps: AppDeps) {
      app.get('/api/usage.csv', async (req: Request, res: Response) => {
        try {
          const ctx = await deps.contextFor(req, res);
          const caller = assertAllowed(ctx, [Permission.UsageRead]);
          const q = req.query;
          const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
          const scope = await deps.services.usage.scope(caller, {
            from: dateParam(q.from, 'from'),
            to: dateParam(q.to, 'to'),
            memberId: str(q.memberId),
            resourceId: str(q.resourceId),
          });
          const name = `usage-${scope.from ? scope.from.toISOString().slice(0, 10) : 'start'}-to-${scope.to ? scope.to.toISOString().slice(0, 10) : 'now'}.csv`;
          res.status(200);
          res.setHeader('content-type', 'text/csv; charset=utf-8');
          res.setHeader('content-disposition', `attachment; filename="${name}"`);
          res.setHeader('cache-control', 'no-store');
          res.setHeader('x-content-type-options', 'nosniff');
          res.write(HEADER.join(',') + '\r\n');
          const copy = await deps.services.usage.openExport(scope);
          try {
            await pipeline(copy.csv, res);
          } catch (err) {
            await copy.finish(err as Error); // the client went away, or the database failed: drop the connection
            throw err;
          }
          await copy.finish();
        } catch (err) {
          if (res.headersSent) {
            res.destroy(err instanceof Error ? err : undefined);
            return;
          }
          if (err instanceof AppError) {
            const code = String(err.extensions.code);
            fail(res, STATUS[code] ?? 400, code, err.message);
            return;
          }
          requestLog(req).error({ err }, 'usage export failed');
          fail(res, 500, ErrorCode.InternalServerError, 'Something went wrong on our side. Try again.');
        }
      });
    },
  };
}
