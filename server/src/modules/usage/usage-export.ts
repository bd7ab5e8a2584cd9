import { Permission } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import type { AppDeps, AppModule } from '../../app';
import { assertAllowed } from '../../common/auth/guard';
import { dateParam, sendCsv } from '../../common/csv';

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
 * GET /api/usage.csv?from=&to=[&memberId=&resourceId=] with `Authorization: Bearer …`:
 * the usage records of [from, to), oldest first, one COPY streamed with back-pressure (never
 * all in memory, see usage-copy.ts), with the same visibility as usageRecords (MEMBER and
 * GUEST: their own only). csvCell is the rule each cell follows; csvCellSql writes it in SQL.
 */
export function usageExportModule(): AppModule {
  return {
    routes(app, deps: AppDeps) {
      app.get('/api/usage.csv', async (req: Request, res: Response) => {
        await sendCsv(req, res, async () => {
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
          const copy = await deps.services.usage.openExport(scope);
          const day = (d: Date | null, none: string) => (d ? d.toISOString().slice(0, 10) : none);
          // a failed or abandoned export drops the connection, which also stops the COPY on the server
          return {
            filename: `usage-${day(scope.from, 'start')}-to-${day(scope.to, 'now')}.csv`,
            header: HEADER,
            lines: copy.csv,
            finish: (err) => copy.finish(err),
          };
        });
      });
    },
  };
}
