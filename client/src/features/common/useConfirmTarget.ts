import { useState } from 'react';
import { notifyError } from './notify';

/**
 * The item a confirmation dialog is open for, and the confirm handler: it runs `action` on the item and
 * closes the dialog when that succeeds, or shows the error and keeps the dialog open when it fails.
 */
export function useConfirmTarget<T>(action: (target: T) => Promise<void>) {
  const [target, setTarget] = useState<T | null>(null);
  const confirm = async () => {
    if (!target) return;
    try {
      await action(target);
      setTarget(null);
    } catch (e) {
      notifyError(e);
    }
  };
  return [target, setTarget, confirm] as const;
}
