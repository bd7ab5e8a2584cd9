/** What removing a member does (Member.removalImpact), as the API reports it. */
export interface RemovalImpactFigures {
  resourcesCreated: number;
  apiKeysRevoked: number;
  activeSessions: number;
  creditsUsedThisMonth: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The confirmation's plain words: "2 resources they created stay with the organization. 3 API keys stop working now. 1 session ends." */
export function removalImpactSentences(impact: RemovalImpactFigures): string[] {
  const lines = [
    impact.resourcesCreated === 0
      ? 'They created no resources.'
      : `${plural(impact.resourcesCreated, 'resource they created stays', 'resources they created stay')} with the organization.`,
    impact.apiKeysRevoked === 0
      ? 'They have no active API keys.'
      : `${plural(impact.apiKeysRevoked, 'API key stops', 'API keys stop')} working now.`,
    impact.activeSessions === 0 ? 'They have no active sessions.' : `${plural(impact.activeSessions, 'session ends', 'sessions end')}.`,
  ];
  const used = impact.creditsUsedThisMonth;
  lines.push(
    /^0(\.0*)?$/.test(used) ? 'They used no credits this month.' : `They used ${used} credits this month; their usage history stays.`,
  );
  return lines;
}

/** The toast after removal: what was revoked. */
export function revokedSummary(name: string, impact: RemovalImpactFigures | null | undefined): string {
  if (!impact) return `${name} no longer has access to the organization.`;
  // only what there was: "0 API keys revoked" says nothing
  const parts = [
    impact.apiKeysRevoked > 0 ? plural(impact.apiKeysRevoked, 'API key', 'API keys') + ' revoked' : null,
    impact.activeSessions > 0 ? plural(impact.activeSessions, 'session', 'sessions') + ' ended' : null,
  ].filter((p): p is string => p !== null);
  if (!parts.length) return `${name} no longer has access to the organization.`;
  return `${name} no longer has access to the organization: ${parts.join(', ')}.`;
}
