/**
 * The access token lives in memory only (never localStorage): a page load restores the
 * session from the httpOnly refresh cookie instead. Listeners hear every change.
 */
export interface AccessToken {
  value: string;
  /** Milliseconds since the epoch, read from the JWT's `exp` claim (null if unreadable). */
  expiresAt: number | null;
}

type Listener = (token: AccessToken | null) => void;

/** Reads the `exp` claim of a JWT without verifying it (the server verifies). */
export function readExpiry(jwt: string): number | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')));
    return typeof json.exp === 'number' ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

export class AccessTokenStore {
  private token: AccessToken | null = null;
  private readonly listeners = new Set<Listener>();

  get(): string | null {
    return this.token?.value ?? null;
  }

  current(): AccessToken | null {
    return this.token;
  }

  set(value: string | null): void {
    this.token = value ? { value, expiresAt: readExpiry(value) } : null;
    for (const listener of this.listeners) listener(this.token);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
