import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { rootLogger } from '../../common/logging';
import { CaughtEmail } from './caught-email.entity';

/** The catcher keeps the newest messages only. */
const KEEP = 500;
const MAX_SIZE = 5 * 1024 * 1024;

/**
 * The development default when SMTP_URL is unset: a real SMTP server on 127.0.0.1 that
 * accepts every message and stores it in `caught_emails`, where /dev/mail shows it. The
 * outbox worker sends to it over SMTP exactly as it would to a real server. Never started
 * in production.
 */
export class MailCatcher {
  private server: SMTPServer | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly log: (message: string) => void = (m) => rootLogger().warn({ module: 'mail' }, m),
  ) {}

  /** Listens on 127.0.0.1 (`port` 0: any free port); returns the port. */
  async start(port: number): Promise<number> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      banner: 'orgpulse local mail catcher (development only)',
      size: MAX_SIZE,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            if ((stream as { sizeExceeded?: boolean }).sizeExceeded)
              throw Object.assign(new Error('Message too large'), { responseCode: 552 });
            await this.store({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              envelopeTo: session.envelope.rcptTo.map((r) => r.address).join(', '),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            });
            callback();
          })
          .catch((err: Error) => {
            this.log(`mail catcher: could not store a message (${err.message})`);
            callback(err);
          });
      },
    });
    server.on('error', (err) => this.log(`mail catcher: ${err.message}`));
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error & { code?: string }) =>
        reject(
          err.code === 'EADDRINUSE'
            ? new Error(
                `The local mail catcher cannot listen on 127.0.0.1:${port} (in use): set MAIL_CATCHER_PORT to another port, or 0 for any.`,
              )
            : err,
        );
      server.server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.server.off('error', onError);
        resolve();
      });
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async store(message: Pick<CaughtEmail, 'envelopeFrom' | 'envelopeTo' | 'subject' | 'text' | 'html'>): Promise<void> {
    await this.ds.getRepository(CaughtEmail).insert(message);
    await this.ds.query(`DELETE FROM caught_emails WHERE id IN (SELECT id FROM caught_emails ORDER BY received_at DESC OFFSET $1)`, [KEEP]);
  }
}
