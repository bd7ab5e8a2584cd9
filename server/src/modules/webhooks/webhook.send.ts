import http from 'node:http';
import https from 'node:https';
import { Webhook } from 'standardwebhooks';
import { checkLiteralHost, guardedLookup, parseEndpointUrl, UnsafeUrlError, UrlPolicy } from './webhook.url';

/** How much of a response body is kept. */
const EXCERPT_BYTES = 256;

export interface SendResult {
  ok: boolean;
  status: number | null;
  excerpt: string | null;
  error: string | null;
  /** No retry can fix it (the URL is refused by policy). */
  permanent?: boolean;
}

/** The Standard Webhooks headers of one attempt: the id is the delivery's, the timestamp now. */
export function signedHeaders(secret: string, id: string, body: string, at = new Date()): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

/**
 * POSTs one signed body. Refuses non-public addresses (IP literals here, host names in the
 * socket's lookup, so the address checked is the address connected to), follows no redirect
 * (a 3xx is a failure), gives up after `timeoutMs` in all, and reads at most EXCERPT_BYTES of
 * the answer.
 */
export function sendWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  options: UrlPolicy & { timeoutMs: number },
): Promise<SendResult> {
  let url: URL;
  try {
    url = parseEndpointUrl(rawUrl, options);
    checkLiteralHost(url, options);
  } catch (err) {
    return Promise.resolve({ ok: false, status: null, excerpt: null, error: (err as Error).message, permanent: true });
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        lookup: guardedLookup(options) as never,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'orgpulse-webhooks/1',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const excerpt = Buffer.concat(chunks)
            .subarray(0, EXCERPT_BYTES)
            .toString('utf8')
            .replace(/\uFFFD+$/, '');
          const ok = status >= 200 && status < 300;
          const redirect = status >= 300 && status < 400;
          finish({
            ok,
            status,
            excerpt: excerpt || null,
            error: ok ? null : redirect ? `Answered ${status} (redirects are not followed)` : `Answered ${status}`,
          });
        };
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) done();
        });
        res.on('end', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(
      () => finish({ ok: false, status: null, excerpt: null, error: `No answer within ${options.timeoutMs} ms` }),
      options.timeoutMs,
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      const refused = err instanceof UnsafeUrlError || err.code === 'EWEBHOOKADDRESS';
      finish({
        ok: false,
        status: null,
        excerpt: null,
        error: `${err.code ?? ''} ${err.message}`.trim().slice(0, 500),
        permanent: refused,
      });
    });
    req.end(body);
  });
}
