import { hkdfSync } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_THROTTLE, ThrottleConfig } from './modules/auth/throttle';
import type { RateLimitConfig } from './common/rate-limit';

/** Every environment variable, parsed and validated once, with defaults that work on a fresh machine. */
export interface Config {
  production: boolean;
  /** The address the HTTP server binds (HOST); 127.0.0.1 unless set, so only this machine can reach it. */
  host: string;
  port: number;
  /** null: start the embedded PostgreSQL kept in `dataDir`. */
  databaseUrl: string | null;
  /** The app's own login roles (db/roles.ts); null: DATABASE_URL's server as orgpulse_app / orgpulse_system. */
  appDatabaseUrl: string | null;
  systemDatabaseUrl: string | null;
  dataDir: string;
  /** Per-connection PostgreSQL limits (milliseconds): a hung query or client frees its pool slot. */
  db: { statementTimeoutMs: number; idleInTransactionTimeoutMs: number; connectTimeoutMs: number };
  /** Connections of the app's pool (DB_POOL_SIZE); the system pool gets a quarter, and 4 for the spend statements. */
  dbPoolSize: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bcryptCost: number;
  appUrl: string;
  smtpUrl: string | null;
  /** The email outbox worker, and the local catcher used when SMTP_URL is unset (development only). */
  mail: {
    from: string;
    pollMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    catcherPort: number;
    leaseMs: number;
    /** Message-IDs are `<outbox-row-id@messageIdDomain>` (MAIL_MESSAGE_ID_DOMAIN). */
    messageIdDomain: string;
  };
  /** Outgoing webhooks (modules/webhooks): the delivery worker, its limits and the at-rest key of the signing secrets. */
  webhooks: {
    /** WEBHOOK_ALLOW_PRIVATE: let endpoints be private, loopback or link-local addresses, and http in production (development and tests only). */
    allowPrivate: boolean;
    /** 32 bytes that encrypt endpoint secrets at rest (WEBHOOK_SECRET_KEY, or derived from JWT_SECRET). */
    secretKey: Buffer;
    pollMs: number;
    /** The whole request (connect, TLS, response head and excerpt) must finish within this. */
    timeoutMs: number;
    /** First retry delay; doubles each attempt (with jitter), capped at an hour. */
    retryBaseMs: number;
    /** How long a delivery is retried before it is FAILED (24 hours). */
    retryWindowMs: number;
    leaseMs: number;
    /** An endpoint is disabled once this many attempts in a row failed… */
    disableAfterFailures: number;
    /** …and it has been failing for at least this long. */
    disableAfterMs: number;
  };
  /** How often each node looks for weekly access review emails that are due (modules/review). */
  accessReviewPollMs: number;
  /** usage_records' month partitions (modules/usage/usage-partitions.ts, docs/operations.md "Usage partitions and retention"). */
  usagePartitions: {
    /** USAGE_RETENTION_MONTHS: raw usage records are dropped a month partition at a time once older than this many months (0: kept forever); the rollups stay. */
    retentionMonths: number;
    /** How often each node creates the coming months' partitions and applies the retention (USAGE_PARTITIONS_POLL_MS, a day). */
    pollMs: number;
  };
  /** Schema introspection: for everyone, for signed-in callers only, or for nobody. */
  introspection: 'on' | 'signed-in' | 'off';
  clientDist: string;
  trustProxy: boolean;
  /** Bearer token for GET /metrics from other machines (loopback needs none); null: local scrapes only. */
  metricsToken: string | null;
  /** Temporary passwords set by an admin stop working after this many days (TEMP_PASSWORD_TTL_DAYS). */
  tempPasswordTtlDays: number;
  /** Password-reset links work this long (30 minutes). */
  passwordResetTtlMinutes: number;
  /** Email-verification links work this long. */
  emailVerificationTtlHours: number;
  /** Encrypts TOTP secrets at rest (MFA_ENCRYPTION_KEY; derived from JWT_SECRET when unset). */
  mfaEncryptionKey: string;
  /** Attempt limits (modules/auth/throttle.ts); THROTTLE_* variables tune them, mostly for tests. */
  throttle: ThrottleConfig;
  /** Query-cost budgets per minute (common/rate-limit.ts; RATE_LIMIT_* and REDIS_URL). */
  rateLimit: RateLimitConfig;
  /** Live subscriptions over graphql-ws (modules/live). */
  live: {
    /** Open WebSocket connections per member on one node (LIVE_MAX_CONNECTIONS_PER_MEMBER). */
    maxConnectionsPerMember: number;
    /** Besides every event, each connection's member is re-checked this often (LIVE_RECHECK_MS). */
    recheckMs: number;
  };
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

function smtpUrl(env: NodeJS.ProcessEnv): string | null {
  const url = env.SMTP_URL?.trim() || null;
  if (url && !/^smtps?:\/\/[^/]/.test(url)) {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587.');
  }
  return url;
}

function introspectionMode(raw: string | undefined, production: boolean): Config['introspection'] {
  if (raw === undefined || raw === '') return production ? 'signed-in' : 'on';
  const v = raw.toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(v)) return 'on';
  if (['0', 'false', 'off', 'no'].includes(v)) return 'off';
  if (v === 'signed-in') return 'signed-in';
  throw new ConfigError(`GRAPHQL_INTROSPECTION must be on, off or signed-in; got "${raw}".`);
}

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token && token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters.');
  return token;
}

/** Public (it is in the sources): accepted outside production only. */
export const DEV_JWT_SECRET = 'orgpulse-development-secret-change-me-in-production';

function jwtSecret(env: NodeJS.ProcessEnv, production: boolean): string {
  const secret = env.JWT_SECRET || (production ? '' : DEV_JWT_SECRET);
  if (!env.JWT_SECRET && production) {
    throw new ConfigError('JWT_SECRET must be set in production: at least 32 random bytes, e.g. `openssl rand -base64 48`.');
  }
  if (production && secret === DEV_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is the public development secret: set a random one in production (`openssl rand -base64 48`).');
  }
  if (Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError(
      `JWT_SECRET must be at least 32 bytes long; it is ${Buffer.byteLength(secret, 'utf8')} (\`openssl rand -base64 48\`).`,
    );
  }
  return secret;
}

function host(env: NodeJS.ProcessEnv): string {
  const raw = env.HOST?.trim();
  if (!raw) return '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(raw))
    throw new ConfigError(`HOST must be an IP address or host name to listen on, e.g. 0.0.0.0; got "${raw}".`);
  return raw;
}

/** The at-rest key of webhook secrets: WEBHOOK_SECRET_KEY (base64 of 32 bytes), else HKDF of JWT_SECRET. */
function webhookSecretKey(env: NodeJS.ProcessEnv, jwt: string): Buffer {
  const raw = env.WEBHOOK_SECRET_KEY?.trim();
  if (!raw) return Buffer.from(hkdfSync('sha256', jwt, 'orgpulse', 'webhook-secret-encryption', 32));
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConfigError('WEBHOOK_SECRET_KEY must be 32 bytes in base64 (`openssl rand -base64 32`).');
  return key;
}

function domain(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(raw))
    throw new ConfigError(`${name} must be a domain name such as mail.example.com; got "${raw}".`);
  return raw.toLowerCase();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const root = path.resolve(__dirname, '..', '..');
  const port = int(env, 'PORT', 4000, 0, 65535);
  const bcryptCost = int(env, 'BCRYPT_COST', 12, 4, 15);
  if (production && bcryptCost < 10) throw new ConfigError('BCRYPT_COST below 10 is for tests only, not production.');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  }
  const jwt = jwtSecret(env, production);
  const roleUrl = (name: string) => {
    const url = env[name]?.trim() || null;
    if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} must be a postgres:// URL.`);
    return url;
  };
  return {
    production,
    host: host(env),
    port,
    databaseUrl,
    appDatabaseUrl: roleUrl('APP_DATABASE_URL'),
    systemDatabaseUrl: roleUrl('SYSTEM_DATABASE_URL'),
    dataDir: path.resolve(env.ORGPULSE_DATA_DIR || path.join(root, '.data')),
    db: {
      statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
      idleInTransactionTimeoutMs: int(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 100, 3_600_000),
      connectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 5_000, 100, 600_000),
    },
    dbPoolSize: int(env, 'DB_POOL_SIZE', 20, 2, 500),
    jwtSecret: jwt,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 10, 15 * 60),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600),
    bcryptCost,
    appUrl: (env.APP_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: smtpUrl(env),
    mail: {
      from: env.MAIL_FROM?.trim() || 'orgpulse <no-reply@orgpulse.localhost>',
      pollMs: int(env, 'MAIL_POLL_MS', 500, 10, 60_000),
      maxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 10, 1, 100),
      retryBaseMs: int(env, 'MAIL_RETRY_BASE_MS', 5000, 10, 3_600_000),
      catcherPort: int(env, 'MAIL_CATCHER_PORT', 0, 0, 65535),
      /** How long a claimed message is reserved for its worker; after a crash it is retried once this runs out. */
      leaseMs: int(env, 'MAIL_LEASE_MS', 120_000, 1000, 3_600_000),
      messageIdDomain: domain(env, 'MAIL_MESSAGE_ID_DOMAIN', 'orgpulse.local'),
    },
    webhooks: {
      allowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
      secretKey: webhookSecretKey(env, jwt),
      pollMs: int(env, 'WEBHOOK_POLL_MS', 1000, 10, 60_000),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000, 50, 60_000),
      retryBaseMs: int(env, 'WEBHOOK_RETRY_BASE_MS', 5000, 10, 3_600_000),
      retryWindowMs: int(env, 'WEBHOOK_RETRY_WINDOW_MS', 24 * 3600_000, 0, 7 * 24 * 3600_000),
      leaseMs: int(env, 'WEBHOOK_LEASE_MS', 60_000, 1000, 3_600_000),
      disableAfterFailures: int(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 20, 1, 10_000),
      disableAfterMs: int(env, 'WEBHOOK_DISABLE_AFTER_MS', 24 * 3600_000, 0, 30 * 24 * 3600_000),
    },
    accessReviewPollMs: int(env, 'ACCESS_REVIEW_POLL_MS', 5 * 60_000, 100, 24 * 3600_000),
    usagePartitions: {
      retentionMonths: int(env, 'USAGE_RETENTION_MONTHS', 0, 0, 1200),
      pollMs: int(env, 'USAGE_PARTITIONS_POLL_MS', 24 * 3600_000, 1000, 7 * 24 * 3600_000),
    },
    introspection: introspectionMode(env.GRAPHQL_INTROSPECTION, production),
    clientDist: path.resolve(env.CLIENT_DIST || path.join(root, 'client', 'dist')),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    metricsToken: metricsToken(env),
    tempPasswordTtlDays: int(env, 'TEMP_PASSWORD_TTL_DAYS', 7, 1, 90),
    passwordResetTtlMinutes: 30,
    emailVerificationTtlHours: int(env, 'EMAIL_VERIFICATION_TTL_HOURS', 48, 1, 24 * 30),
    mfaEncryptionKey: mfaKey(env, jwtSecret(env, production)),
    throttle: throttleConfig(env),
    rateLimit: {
      enabled: bool(env, 'RATE_LIMIT_ENABLED', true),
      windowMs: int(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1000, 3_600_000),
      perApiKey: int(env, 'RATE_LIMIT_PER_API_KEY', 100_000, 1, 1_000_000_000),
      perOrganization: int(env, 'RATE_LIMIT_PER_ORGANIZATION', 500_000, 1, 1_000_000_000),
      perAnonymous: int(env, 'RATE_LIMIT_PER_ANONYMOUS', 50_000, 1, 1_000_000_000),
      refusalsPerWindow: int(env, 'RATE_LIMIT_REFUSALS', 30, 1, 1_000_000_000),
      doorDelayMaxMs: int(env, 'RATE_LIMIT_DOOR_DELAY_MS', 1000, 0, 60_000),
      redisUrl: redisUrl(env),
    },
    live: {
      maxConnectionsPerMember: int(env, 'LIVE_MAX_CONNECTIONS_PER_MEMBER', 5, 1, 1000),
      recheckMs: int(env, 'LIVE_RECHECK_MS', 30_000, 50, 3_600_000),
    },
  };
}

function redisUrl(env: NodeJS.ProcessEnv): string | null {
  const url = env.REDIS_URL?.trim() || null;
  if (url && !/^rediss?:\/\/./.test(url))
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379.');
  return url;
}

function mfaKey(env: NodeJS.ProcessEnv, jwt: string): string {
  const key = env.MFA_ENCRYPTION_KEY?.trim();
  if (key && key.length < 32) throw new ConfigError('MFA_ENCRYPTION_KEY must be at least 32 random characters.');
  // without its own key, the TOTP key is derived from JWT_SECRET (HKDF in mfa.crypto.ts, with its own label)
  return key || jwt;
}

function throttleConfig(env: NodeJS.ProcessEnv): ThrottleConfig {
  const d = DEFAULT_THROTTLE;
  const signUps = int(env, 'THROTTLE_SIGNUPS_PER_ADDRESS', d.signUps.free, 1, 1_000_000);
  return {
    ...d,
    baseWaitMs: int(env, 'THROTTLE_BASE_WAIT_MS', d.baseWaitMs, 10, 3_600_000),
    maxWaitMs: int(env, 'THROTTLE_MAX_WAIT_MS', d.maxWaitMs, 10, 24 * 3_600_000),
    signUps: { free: signUps, maxInFlight: Math.max(d.signUps.maxInFlight, Math.min(signUps, 50)) },
    bcrypt: {
      concurrency: int(env, 'BCRYPT_MAX_CONCURRENCY', d.bcrypt.concurrency, 1, 64),
      queue: int(env, 'BCRYPT_MAX_QUEUE', d.bcrypt.queue, 0, 10_000),
    },
  };
}
