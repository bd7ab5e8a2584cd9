import { ErrorCode } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import { AppError } from './errors';
import { requestLog } from './logging';

/**
 * One CSV cell (OWASP "CSV injection"). A value a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading quote mark. A value holding either
 * separator (`,`, or `;` that spreadsheets use in many locales), a quote or a line break is
 * quoted whole, so no cell can start in the middle of it (`ok;=1+1` stays one text cell).
 * The usage export writes the same rule in SQL (csvCellSql, tested equal to this one).
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells, CRLF-terminated (RFC 4180). */
export const csvLine = (cells: Array<string | null>): string => cells.map(csvCell).join(',') + '\r\n';

/** An optional ISO-8601 date or date-time query parameter. */
export function dateParam(raw: unknown, name: string): Date | null {
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

export interface CsvDownload {
  filename: string;
  header: string[];
  /** Batches of finished lines (or a byte stream of them), read one at a time (never the whole export in memory). */
  lines: AsyncIterable<string | Buffer>;
  /** Called once after the last line is written (no argument) or when the export fails or the client leaves (the error). */
  finish?(err?: Error): Promise<void>;
}

/**
 * Answers a GET with a streamed CSV attachment. `prepare` authorizes and checks the input
 * before anything is written, so a refusal is a JSON error with the GraphQL shape and an
 * HTTP status; a failure after the first byte ends the response abruptly (never a CSV that
 * looks complete).
 */
export async function sendCsv(req: Request, res: Response, prepare: () => Promise<CsvDownload>): Promise<void> {
  let csv: CsvDownload | undefined;
  try {
    csv = await prepare();
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${csv.filename.replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.write(csv.header.join(',') + '\r\n');
    for await (const chunk of csv.lines) {
      if (res.destroyed) throw new Error('the client went away'); // stop reading
      if (!res.write(chunk)) await drainedOrClosed(res);
    }
    await csv.finish?.();
    res.end();
  } catch (err) {
    await csv?.finish?.(err instanceof Error ? err : new Error(String(err))).catch(() => undefined);
    if (res.headersSent) {
      res.destroy(err instanceof Error ? err : undefined);
      return;
    }
    if (err instanceof AppError) {
      const code = String(err.extensions.code);
      res.status(STATUS[code] ?? 400).json({ errors: [{ message: err.message, extensions: { code } }] });
      return;
    }
    requestLog(req).error({ err }, 'CSV export failed');
    res
      .status(500)
      .json({ errors: [{ message: 'Something went wrong on our side. Try again.', extensions: { code: ErrorCode.InternalServerError } }] });
  }
}

/**
 * Until the response can take more, or is gone. Both listeners are removed either way (two
 * `events.once` in a race left the loser's, and an 'error' listener each, on the response at
 * every wait: hundreds on a large export, and Node's MaxListenersExceededWarning).
 */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
