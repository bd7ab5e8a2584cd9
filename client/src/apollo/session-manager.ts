import { print } from 'graphql';
import type { AuthPayloadFieldsFragment } from '../gql/graphql';
import { RefreshSessionMutation } from '../features/auth/auth.graphql';
import { AccessTokenStore } from './access-token';

/** Refresh this long before the access token expires (it lasts 15 minutes). */
const REFRESH_AHEAD_MS = 60_000;
const MIN_DELAY_MS = 5_000;

type Event = 'password-change-required' | 'mfa-enrollment-required' | 'expired';

/**
 * Owns the in-memory access token and keeps it fresh: a silent refresh shortly before
 * expiry, and one on demand when the API answers UNAUTHENTICATED. Concurrent refreshes
 * share one request. The refresh token itself stays in the server's httpOnly cookie.
 */
export class SessionManager {
  readonly tokens = new AccessTokenStore();
  private inFlight: Promise<AuthPayloadFieldsFragment | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Map<Event, Set<() => void>>();

  constructor(private readonly endpoint = '/graphql') {
    this.tokens.subscribe((token) => this.schedule(token?.expiresAt ?? null));
  }

  /** Stores the token of a fresh AuthPayload (sign-in, sign-up, switch, password change). */
  accept(payload: Pick<AuthPayloadFieldsFragment, 'accessToken'>): void {
    this.tokens.set(payload.accessToken);
  }

  clear(): void {
    this.tokens.set(null);
  }

  /** Exchanges the refresh cookie for a new access token; resolves false when there is no session. */
  async refresh(): Promise<boolean> {
    return (await this.restore()) !== null;
  }

  /** Same as refresh(), returning the whole payload (used to restore a session on page load). */
  restore(): Promise<AuthPayloadFieldsFragment | null> {
    this.inFlight ??= this.requestRefresh().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  on(event: Event, listener: () => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  notifyPasswordChangeRequired(): void {
    this.emit('password-change-required');
  }

  notifyMfaEnrollmentRequired(): void {
    this.emit('mfa-enrollment-required');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(event: Event): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  private schedule(expiresAt: number | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (expiresAt === null) return;
    const delay = Math.max(MIN_DELAY_MS, expiresAt - Date.now() - REFRESH_AHEAD_MS);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async requestRefresh(): Promise<AuthPayloadFieldsFragment | null> {
    let payload: AuthPayloadFieldsFragment | null;
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionMutation), variables: {} }),
      });
      const body = (await response.json()) as { data?: { refreshSession?: AuthPayloadFieldsFragment | null } | null };
      payload = body.data?.refreshSession ?? null;
    } catch {
      // Offline or the server is restarting: keep the current token and try again shortly.
      if (this.tokens.get()) this.timer = setTimeout(() => void this.refresh(), 30_000);
      return null;
    }
    const hadSession = this.tokens.get() !== null;
    if (payload) {
      this.accept(payload);
    } else {
      this.clear();
      if (hadSession) this.emit('expired');
    }
    return payload;
  }
}
