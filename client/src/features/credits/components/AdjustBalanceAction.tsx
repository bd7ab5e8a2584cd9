import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconAdjustmentsDollar } from '@tabler/icons-react';
import { Permission } from '@orgpulse/shared';
import { Can } from '../../permissions/Can';

// The dialog (Modal, radios, textarea) loads when first wanted: it is not part of the page's initial JavaScript.
const loadDialog = () => import('./AdjustCreditsDialog');
const AdjustCreditsDialog = lazy(() => loadDialog().then((m) => ({ default: m.AdjustCreditsDialog })));

/** The "Adjust balance" button and its dialog, shown only to OWNER/ADMIN (billing:manage). */
export function AdjustBalanceAction({ balance }: { balance?: string | null }) {
  const [opened, setOpened] = useState(false);
  // Once opened, the dialog stays mounted, so a retry after closing it keeps its idempotency key.
  const [loaded, setLoaded] = useState(false);
  const open = () => {
    setLoaded(true);
    setOpened(true);
  };
  return (
    <Can permission={Permission.BillingManage}>
      <Button
        variant="default"
        leftSection={<IconAdjustmentsDollar size={18} />}
        onClick={open}
        onMouseEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        Adjust balance
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <AdjustCreditsDialog opened={opened} onClose={() => setOpened(false)} balance={balance} />
        </Suspense>
      )}
    </Can>
  );
}
