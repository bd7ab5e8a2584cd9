import { Permission } from '@orgpulse/shared';
import { Resolver, Root, Subscription } from 'type-graphql';
import { unauthenticated } from '../../common/errors';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { CreditBalanceView } from '../credits';
import { UsageRecord } from '../usage';
import type { LiveEvent } from './live.bus';
import { CLOSE_FORBIDDEN, LiveConnection, maySee } from './live.service';
import { LiveStream } from './live.stream';

/** The context of an operation over the WebSocket (live.server.ts adds the connection and a way to renew the loaders). */
export interface LiveContext extends Context {
  live?: { connection: LiveConnection; renewLoaders(): void };
}

/**
 * Subscribes to the organization's events on this node's bus. Every event re-checks the
 * member first (removed, suspended, a revoked key or session: the socket closes with 4403),
 * then turns the event into values with fresh loaders.
 */
function stream<T>(ctx: LiveContext, toValues: (e: LiveEvent) => Promise<T[]>): AsyncIterable<T> {
  const live = ctx.live;
  if (!live) throw unauthenticated('Subscriptions run over the WebSocket at /graphql (graphql-ws).');
  const { connection } = live;
  const service = ctx.services.live;
  let chain = Promise.resolve();
  const out = new LiveStream<T>(() => unsubscribe());
  const unsubscribe = service.bus.subscribe(connection.caller.organizationId, (event) => {
    chain = chain
      .then(async () => {
        if (!(await service.recheckFor(connection, event))) {
          out.end();
          connection.close(CLOSE_FORBIDDEN, 'Forbidden: the member, session or API key is no longer active');
          return;
        }
        live.renewLoaders();
        for (const v of await toValues(event)) out.push(v);
      })
      .catch(() => undefined); // a failed reload skips this event; the next one tries again
  });
  return out;
}

@Resolver()
export class LiveResolver {
  @Guard(Permission.CreditsRead)
  @Subscription(() => CreditBalanceView, {
    description: "The organization's balance, each time it changes (spends, top-ups, adjustments, threshold). Over graphql-ws.",
    subscribe: ({ context }) =>
      stream(context as LiveContext, async (e) => {
        const b = await (context as LiveContext).loaders.creditBalance.load(e.organizationId);
        return b ? [b] : [];
      }),
  })
  balanceChanged(@Root() balance: CreditBalanceView): CreditBalanceView {
    return balance;
  }

  @Guard(Permission.UsageRead)
  @Subscription(() => UsageRecord, {
    description: 'Each usage record as it is written. OWNER and ADMIN get the whole organization; MEMBER and GUEST only their own.',
    subscribe: ({ context }) => {
      const ctx = context as LiveContext;
      return stream(ctx, async (e) => (await ctx.services.live.recordsOf(e)).filter((r) => maySee(ctx.live!.connection.caller, r)));
    },
  })
  usageRecorded(@Root() record: UsageRecord): UsageRecord {
    return record;
  }
}
