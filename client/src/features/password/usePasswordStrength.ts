import { useEffect, useMemo, useState } from 'react';
import { checkPassword, type PasswordCheck } from '@orgpulse/shared';
import { loadPasswordEstimator } from './zxcvbn-loader';

export interface PasswordStrength {
  /** The shared policy's verdict: the rule the server enforces. */
  policy: PasswordCheck;
  /** zxcvbn's 0-4 estimate, or null while its dictionaries load. */
  score: number | null;
  /** zxcvbn's advice, when it has any. */
  warning: string | null;
}

/** Policy check now, strength estimate once the (lazily loaded) estimator is ready. */
export function usePasswordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  const [email = '', name = ''] = userInputs;
  const policy = useMemo(() => checkPassword(password, { email, name }), [password, email, name]);
  const [estimate, setEstimate] = useState<{ for: string; score: number; warning: string | null } | null>(null);
  const inputsKey = userInputs.join('\u0000');

  useEffect(() => {
    if (!password) return;
    let active = true;
    loadPasswordEstimator()
      .then((zxcvbn) => {
        if (!active) return;
        const result = zxcvbn.check(password.slice(0, 128), inputsKey ? inputsKey.split('\u0000').filter(Boolean) : []);
        setEstimate({ for: password, score: result.score, warning: result.feedback.warning || null });
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [password, inputsKey]);

  const current = estimate?.for === password ? estimate : null;
  return { policy, score: current?.score ?? null, warning: current?.warning ?? null };
}
