import type { Express, Request, Response } from 'express';
import type { AppDeps } from '../../app';
import { CaughtEmail } from './caught-email.entity';
import { escapeHtml } from './mail.templates';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** localhost, 127.0.0.1 or [::1], with any port: what a browser on this machine sends as Host. */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;
const DEV_MAIL_PATHS = /^\/(api\/)?dev\/mail(\/.*)?$/;

function isLoopbackHost(host: string | undefined): boolean {
  return LOOPBACK_HOST.test(host ?? '');
}

/**
 * The local catcher's inbox, for development: GET /api/dev/mail (JSON) and GET /dev/mail
 * (a page). In production both answer 404 (and the catcher never runs). In development they
 * answer only requests from this machine: the messages hold temporary passwords. Both the
 * peer address and the Host header must be loopback: a page on another site whose name
 * resolves to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
 */
export function devMailRoutes(app: Express, deps: AppDeps): void {
  if (deps.config.production) {
    // registered so the SPA fallback does not answer these paths with index.html
    app.get(DEV_MAIL_PATHS, (_req, res) => {
      res.status(404).json({ error: 'Not found' });
    });
    return;
  }

  const localOnly = (req: Request, res: Response): boolean => {
    // the raw header, never req.hostname (which trusts X-Forwarded-Host behind TRUST_PROXY)
    if (LOOPBACK.has(req.socket.remoteAddress ?? '') && isLoopbackHost(req.headers.host)) return true;
    res.status(403).type('text/plain').send('The development mail inbox only answers requests from this machine.');
    return false;
  };

  const recent = (req: Request) => {
    const limit = Math.min(Math.max(Number(req.query.limit) || 100, 1), 500);
    const qb = deps.systemDs.getRepository(CaughtEmail).createQueryBuilder('c').orderBy('c.receivedAt', 'DESC').limit(limit);
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : '';
    if (to) qb.where('lower(c.envelope_to) LIKE :to', { to: `%${to.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return qb.getMany();
  };

  app.get('/api/dev/mail', async (req, res) => {
    if (!localOnly(req, res)) return;
    const messages = await recent(req);
    res.set('cache-control', 'no-store').json({
      catcher: deps.config.smtpUrl ? 'off: SMTP_URL is set, mail goes to that server' : 'on',
      messages: messages.map((m) => ({
        id: m.id,
        receivedAt: m.receivedAt,
        from: m.envelopeFrom,
        to: m.envelopeTo.split(', ').filter(Boolean),
        subject: m.subject,
        text: m.text,
        html: m.html,
      })),
    });
  });

  app.get('/dev/mail', async (req, res) => {
    if (!localOnly(req, res)) return;
    const messages = await recent(req);
    const items = messages.map(
      (m) => `
      <details>
        <summary><b>${escapeHtml(m.subject || '(no subject)')}</b> &mdash; to ${escapeHtml(m.envelopeTo)}
          <small>${escapeHtml(m.receivedAt.toISOString())}</small></summary>
        <p><small>from ${escapeHtml(m.envelopeFrom ?? '')}</small></p>
        <pre>${escapeHtml(m.text)}</pre>
        ${m.html ? `<iframe sandbox srcdoc="${escapeHtml(m.html)}" title="HTML version"></iframe>` : ''}
      </details>`,
    );
    const note = deps.config.smtpUrl
      ? '<p>SMTP_URL is set: mail goes to that server, so nothing new is caught here.</p>'
      : '<p>No SMTP_URL: every email the app sends is caught here instead of being delivered.</p>';
    res
      .set('cache-control', 'no-store')
      .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'")
      .type('html').send(`<!doctype html>
<html><head><meta charset="utf-8"><title>orgpulse: caught mail</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 900px; }
  details { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; margin: .5rem 0; }
  summary { cursor: pointer; } pre { white-space: pre-wrap; background: #f6f6f6; padding: 1rem; }
  iframe { width: 100%; height: 420px; border: 1px solid #eee; }
</style></head>
<body><h1>Caught mail (development)</h1>${note}
<p>${messages.length} message(s), newest first. <a href="/dev/mail">Refresh</a> &middot; <a href="/api/dev/mail">JSON</a></p>
${items.join('\n')}
</body></html>`);
  });
}
