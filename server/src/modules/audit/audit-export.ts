import { Permission } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import type { AppDeps, AppModule } from '../../app';
import { assertAllowed } from '../../common/auth/guard';
import { csvLine, dateParam, sendCsv } from '../../common/csv';
import type { AuditScope } from './audit.query';
import type { AuditService } from './audit.service';

const HEADER = ['created_at', 'id', 'action', 'actor_id', 'actor_name', 'target_id', 'details'];

async function* lines(audit: AuditService, scope: AuditScope): AsyncGenerator<string> {
  for await (const { rows, names } of audit.exportPages(scope)) {
    yield rows
      .map((e) =>
        csvLine([
          e.createdAt.toISOString(),
          e.id,
          e.action,
          e.actorMembershipId,
          e.actorMembershipId ? (names.get(e.actorMembershipId) ?? null) : null,
          e.targetId,
          e.details ? JSON.stringify(e.details) : null,
        ]),
      )
      .join('');
  }
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
/** `?action=a&action=b` or `?action=a,b`. */
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((a): a is string => typeof a === 'string').flatMap((a) => a.split(',').filter(Boolean));

/**
 * GET /api/audit.csv?[actorId=&action=&targetId=&from=&to=] with `Authorization: Bearer …`:
 * the filtered audit log, newest first like the page, streamed a thousand events at a time.
 * OWNER and ADMIN only, as auditLog.
 */
export function auditExportModule(): AppModule {
  return {
    routes(app, deps: AppDeps) {
      app.get('/api/audit.csv', (req: Request, res: Response) =>
        sendCsv(req, res, async () => {
          const caller = assertAllowed(await deps.contextFor(req, res), [Permission.AuditRead]);
          const q = req.query;
          const scope = await deps.services.audit.scope(caller, {
            actorId: str(q.actorId),
            actions: list(q.action),
            targetId: str(q.targetId),
            from: dateParam(q.from, 'from'),
            to: dateParam(q.to, 'to'),
          });
          const day = (d: Date | null, none: string) => (d ? d.toISOString().slice(0, 10) : none);
          return {
            filename: `audit-log-${day(scope.from, 'start')}-to-${day(scope.to, 'now')}.csv`,
            header: HEADER,
            lines: lines(deps.services.audit, scope),
          };
        }),
      );
    },
  };
}
