import path from 'node:path';

/** Every environment variable, parsed and validated once, with defaults that work on a fresh machine. */
export interface Config {
  production: boolean;
  port: number;
  /** null: start the embedded PostgreSQL kept in `dataDir`. */
  databaseUrl: string | null;
  /** The app's own login roles (db/roles.ts); null: DATABASE_URL's server as orgpulse_app / orgpulse_system. */
  appDatabaseUrl: string | null;
  systemDatabaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bcryptCost: number;
  appUrl: string;
  smtpUrl: string | null;
  /** The email outbox worker, and the local catcher used when SMTP_URL is unset (development only). */
  mail: { from: string; pollMs: number; maxAttempts: number; retryBaseMs: number; catcherPort: number; leaseMs: number };
  /** Schema introspection: for everyone, for signed-in callers only, or for nobody. */
  introspection: 'on' | 'signed-in' | 'off';
  clientDist: string;
  trustProxy: boolean;
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

const DEV_JWT_SECRET = 'orgpulse-development-secret-change-me-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const root = path.resolve(__dirname, '..', '..');
  const jwtSecret = env.JWT_SECRET || (production ? '' : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be set to at least 32 random characters in production.');
  }
  const port = int(env, 'PORT', 4000, 0, 65535);
  const bcryptCost = int(env, 'BCRYPT_COST', 12, 4, 15);
  if (production && bcryptCost < 10) throw new ConfigError('BCRYPT_COST below 10 is for tests only, not production.');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  }
  const roleUrl = (name: string) => {
    const url = env[name]?.trim() || null;
    if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} must be a postgres:// URL.`);
    return url;
  };
  return {
    production,
    port,
    databaseUrl,
    appDatabaseUrl: roleUrl('APP_DATABASE_URL'),
    systemDatabaseUrl: roleUrl('SYSTEM_DATABASE_URL'),
    dataDir: path.resolve(env.ORGPULSE_DATA_DIR || path.join(root, '.data')),
    jwtSecret,
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
    },
    introspection: introspectionMode(env.GRAPHQL_INTROSPECTION, production),
    clientDist: path.resolve(env.CLIENT_DIST || path.join(root, 'client', 'dist')),
    trustProxy: bool(env, 'TRUST_PROXY', false),
  };
}
