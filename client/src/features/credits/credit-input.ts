import { z } from 'zod';
import { CreditFormatError, parseCredits } from '@orgpulse/shared';

/** A positive exact credit amount, validated by the shared parser (never parseFloat). */
export const positiveCredits = z.string().superRefine((value, ctx) => {
  const text = value.trim();
  if (!text) {
    ctx.addIssue({ code: 'custom', message: 'Enter an amount.' });
    return;
  }
  try {
    if (parseCredits(text) <= 0n) ctx.addIssue({ code: 'custom', message: 'Enter an amount above zero.' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof CreditFormatError ? error.message : 'Enter an amount such as 25 or 12.5.' });
  }
});
