import { ErrorCode } from '@orgpulse/shared';
import { ChunkReading, decide, keyRevoked, MEMBER_ALLOWANCE, memberNoLongerActive, SpendToDecide } from './spend.decide';

const A = 'member-a';
const B = 'member-b';
const spend = (key: string, credits: bigint, extra: Partial<SpendToDecide> = {}): SpendToDecide => ({
  key,
  hash: `hash-${key}`,
  credits,
  resourceId: null,
  membershipId: A,
  apiKeyId: null,
  ...extra,
});
const reading = (extra: Partial<ChunkReading> = {}): ChunkReading => ({
  balance: 100n,
  prior: new Map(),
  liveResources: new Set(),
  allowances: new Map(),
  refusedMembers: new Map(),
  refusedKeys: new Map(),
  ...extra,
});
const code = (d: ReturnType<typeof decide>['decisions'][number]) => (d.kind === 'refuse' ? d.error.extensions.code : d.kind);

describe('decide', () => {
  test('accepts in order against the running balance, and refuses what it no longer covers', () => {
    const { decisions, balance } = decide([spend('a', 60n), spend('b', 50n), spend('c', 40n)], reading());
    expect(decisions).toEqual([
      { kind: 'accept', balanceAfter: 40n },
      expect.objectContaining({ kind: 'refuse' }),
      { kind: 'accept', balanceAfter: 0n },
    ]);
    expect(code(decisions[1])).toBe(ErrorCode.InsufficientCredits);
    expect(balance).toBe(0n);
  });

  test('a refusal moves nothing: the whole balance can still be spent after it', () => {
    const { decisions, balance } = decide([spend('a', 101n), spend('b', 100n)], reading());
    expect(decisions.map(code)).toEqual([ErrorCode.InsufficientCredits, 'accept']);
    expect(balance).toBe(0n);
  });

  test('a key already in the ledger replays with the same payload and is a CONFLICT with another', () => {
    const prior = new Map([
      ['same', { kind: 'USAGE', request_hash: 'hash-same', id: 'record-1' }],
      ['other', { kind: 'USAGE', request_hash: 'something else', id: 'record-2' }],
      ['topup', { kind: 'TOP_UP', request_hash: 'hash-topup', id: null }],
    ]);
    const { decisions, balance } = decide([spend('same', 10n), spend('other', 10n), spend('topup', 10n)], reading({ prior }));
    expect(decisions[0]).toEqual({ kind: 'replay', prior: prior.get('same') });
    expect(decisions.slice(1).map(code)).toEqual([ErrorCode.Conflict, ErrorCode.Conflict]);
    expect(balance).toBe(100n);
  });

  test('the same key twice in one chunk: a retry of the first when the payload matches, else a CONFLICT', () => {
    const { decisions, balance } = decide([spend('k', 10n), spend('k', 10n), spend('k', 20n, { hash: 'different' })], reading());
    expect(decisions[0]).toEqual({ kind: 'accept', balanceAfter: 90n });
    expect(decisions[1]).toEqual({ kind: 'sameAs', index: 0 });
    expect(code(decisions[2])).toBe(ErrorCode.Conflict);
    expect(balance).toBe(90n);
  });

  test('a key whose first spend was refused is decided again later in the chunk', () => {
    const { decisions } = decide([spend('k', 500n), spend('k', 50n)], reading());
    expect(decisions.map(code)).toEqual([ErrorCode.InsufficientCredits, 'accept']);
  });

  test('a resource that is gone (or of another organization) is NOT_FOUND', () => {
    const { decisions } = decide(
      [spend('a', 1n, { resourceId: 'live' }), spend('b', 1n, { resourceId: 'gone' })],
      reading({ liveResources: new Set(['live']) }),
    );
    expect(decisions.map(code)).toEqual(['accept', ErrorCode.NotFound]);
  });

  test("a member's allowance counts what they spend in the chunk; other members are not limited by it", () => {
    const allowances = new Map([[A, { limit: 30n, used: 10n }]]);
    const { decisions, balance } = decide(
      [spend('a1', 15n), spend('a2', 10n), spend('b1', 50n, { membershipId: B }), spend('a3', 5n)],
      reading({ allowances }),
    );
    expect(decisions.map(code)).toEqual(['accept', ErrorCode.InsufficientCredits, 'accept', 'accept']);
    const refusal = decisions[1];
    expect(refusal.kind === 'refuse' && refusal.error.extensions).toMatchObject({ reason: MEMBER_ALLOWANCE, remaining: '0.000005' });
    expect(balance).toBe(30n);
    // the reading is not changed: a retried chunk decides from the same numbers
    expect(allowances.get(A)).toEqual({ limit: 30n, used: 10n });
  });

  test('the allowance is checked before the balance: its refusal carries the reason', () => {
    const { decisions } = decide([spend('a', 200n)], reading({ allowances: new Map([[A, { limit: 100n, used: 0n }]]) }));
    expect(decisions[0].kind === 'refuse' && decisions[0].error.extensions.reason).toBe(MEMBER_ALLOWANCE);
  });

  test('a member who lost access or a revoked key is refused per item, before replays; the others are decided as usual', () => {
    const prior = new Map([['b', { kind: 'USAGE', request_hash: 'hash-b', id: 'rec-b' }]]);
    const { decisions, balance } = decide(
      [
        spend('a', 10n, { membershipId: B }),
        spend('b', 10n, { membershipId: B }),
        spend('c', 10n, { apiKeyId: 'k1' }),
        spend('d', 10n, { apiKeyId: 'k2' }),
        spend('e', 10n),
      ],
      reading({ prior, refusedMembers: new Map([[B, memberNoLongerActive()]]), refusedKeys: new Map([['k1', keyRevoked()]]) }),
    );
    expect(decisions.map(code)).toEqual([ErrorCode.Forbidden, ErrorCode.Forbidden, ErrorCode.Unauthenticated, 'accept', 'accept']);
    expect(balance).toBe(80n);
  });
});
