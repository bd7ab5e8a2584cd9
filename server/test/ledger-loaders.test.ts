import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { countStatements } from './helpers/statements';

/** Pages of ledger, usage, resources and keys cost a fixed number of SQL statements, whatever their size (no N+1). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function statements(run: () => Promise<unknown>): Promise<number> {
  return (await countStatements(t, run)).statements;
}

test('usage records, transactions, resources and API keys load their relations in batches', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  await topUp(t, owner.token, '100');
  const resources: string[] = [];
  for (let i = 0; i < 6; i++) {
    const s = [owner, admin, member][i % 3];
    resources.push(
      (
        await t.ok(
          graphql(`
            mutation LedgerLoadersCreateResource($n: String!) {
              createResource(input: { kind: AGENT, name: $n }) {
                id
              }
            }
          `),
          { n: `r${i}` },
          s.token,
        )
      ).createResource.id,
    );
    await t.ok(
      graphql(`
        mutation LedgerLoadersCreateApiKey($n: String!) {
          createApiKey(name: $n) {
            secret
          }
        }
      `),
      { n: `k${i}` },
      s.token,
    );
  }
  for (let i = 0; i < 12; i++) {
    await t.ok(
      SPEND,
      { i: { operation: 'op', credits: '1', resourceId: resources[i % 6], idempotencyKey: key() } },
      [owner, admin, member][i % 3].token,
    );
  }
  const queries = {
    usage: (n: number) =>
      t.ok(
        graphql(`
          query LedgerLoadersUsageRecords($n: Int) {
            usageRecords(first: $n) {
              nodes {
                member {
                  name
                }
                resource {
                  name
                  createdBy {
                    name
                  }
                }
              }
            }
          }
        `),
        { n },
        owner.token,
      ),
    ledger: (n: number) =>
      t.ok(
        graphql(`
          query LedgerLoadersCreditTransactions($n: Int) {
            creditTransactions(first: $n) {
              nodes {
                member {
                  name
                }
              }
            }
          }
        `),
        { n },
        owner.token,
      ),
    keys: (_n: number) =>
      t.ok(
        graphql(`
          query LedgerLoadersApiKeys {
            apiKeys {
              member {
                name
              }
            }
          }
        `),
        {},
        owner.token,
      ),
    resources: (_n: number) =>
      t.ok(
        graphql(`
          query LedgerLoadersResources {
            resources {
              createdBy {
                name
              }
            }
            organization {
              creditBalance {
                balance
              }
            }
          }
        `),
        {},
        owner.token,
      ),
  };
  for (const [name, q] of Object.entries(queries)) {
    await q(1); // warm up (throttled activity updates)
    const small = await statements(() => q(1));
    const large = await statements(() => q(12));
    expect([name, small > 0]).toEqual([name, true]); // the app's pools were watched
    expect([name, large]).toEqual([name, small]);
    // each batch is its own tenant transaction (BEGIN, set_config, read, COMMIT): a bound on batches, not rows
    expect([name, large <= 24]).toEqual([name, true]);
  }
});
