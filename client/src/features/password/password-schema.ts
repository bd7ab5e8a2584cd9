import { z } from 'zod';
import { checkPassword, type PasswordContext } from '@orgpulse/shared';

/**
 * Adds the shared policy's first problem as a form error on `path`, so the SPA refuses
 * exactly what the server would refuse, with the policy's own words.
 */
export function refinePassword(ctx: z.RefinementCtx, path: string, password: string, context: PasswordContext = {}): void {
  const problem = checkPassword(password, context).problems[0];
  if (problem) ctx.addIssue({ code: 'custom', path: [path], message: problem });
}
