/**
 * B1 of the S1 bench (bench/members.ts): the members page written by hand with graphql-js,
 * Apollo Server and pg. The same JWT and session check as orgpulse, the same SDL subset and
 * the same response: one page statement plus a count. Prints "READY <url>".
 */
import { createSecretKey } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, GraphQLError, GraphQLObjectType } from 'graphql';
import { Pool } from 'pg';
import type { Role } from '@orgpulse/shared';
import { verifyAccessToken } from '../src/common/auth/tokens';
import { BenchCaller, COUNT_SQL, decodeAfter, membersJson, PAGE_SQL, PageRow, SESSION_SQL } from './members-sql';
import { answerStats } from './stats';

const SDL = `
scalar DateTime
scalar Credits
enum Role { ADMIN GUEST MEMBER OWNER }
enum MemberStatus { ACTIVE REMOVED SUSPENDED }
enum EmailStatus { FAILED NOT_SENT PENDING SENT }
type MemberAllowance { monthlyLimit: Credits! usedThisMonth: Credits! remaining: Credits! }
type Member {
  id: ID! name: String! email: String role: Role! status: MemberStatus! joinedAt: DateTime! lastActiveAt: DateTime
  emailStatus: EmailStatus! emailError: String mfaEnabled: Boolean temporaryPasswordExpiresAt: DateTime
  invitedBy: Member allowance: MemberAllowance
}
type PageInfo { endCursor: String hasNextPage: Boolean! }
type MemberConnection { nodes: [Member!]! pageInfo: PageInfo! totalCount: Int! }
type Query { members(first: Int = 50, after: String, search: String, role: Role, status: MemberStatus): MemberConnection! }
`;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_POOL || 20) });
  let sql = 0;
  const query = <T>(text: string, values: unknown[]) => {
    sql++;
    return pool.query(text, values).then((r) => r.rows as T[]);
  };
  answerStats(() => sql);
  const key = createSecretKey(Buffer.from(process.env.JWT_SECRET!, 'utf8'));

  const schema = buildSchema(SDL);
  const fields = (schema.getType('Query') as GraphQLObjectType).getFields();
  fields.members.resolve = async (_root, args: { first: number; after?: string | null }, ctx: { caller: BenchCaller | null }) => {
    const caller = ctx.caller;
    if (!caller) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
    const [at, id] = decodeAfter(args.after);
    const [rows, count] = await Promise.all([
      query<PageRow>(PAGE_SQL, [caller.organizationId, at, id, args.first + 1]),
      query<{ n: number }>(COUNT_SQL, [caller.organizationId]),
    ]);
    return membersJson(caller, rows, args.first, count[0].n);
  };

  const apollo = new ApolloServer<{ caller: BenchCaller | null }>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const claims = token ? verifyAccessToken(token, key) : null;
      if (!claims) return { caller: null };
      const [row] = await query<{ membership_id: string; organization_id: string; role: Role }>(SESSION_SQL, [
        claims.sid,
        claims.mid,
        claims.sub,
        claims.org,
      ]);
      return {
        caller: row
          ? { membershipId: row.membership_id, organizationId: row.organization_id, role: row.role, sessionId: claims.sid }
          : null,
      };
    },
  });
  process.stdout.write(`READY ${url.replace(/\/$/, '')}\n`);
  process.on('SIGTERM', () => void apollo.stop().then(() => pool.end().then(() => process.exit(0))));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
