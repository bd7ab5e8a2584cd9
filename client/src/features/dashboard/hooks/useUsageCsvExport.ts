import { useState } from 'react';
import { useSession } from '../../auth/session-context';
import { downloadCsv } from '../../common/download-csv';
import { toApiRange, type DayRange } from '../date-range';

/** Downloads GET /api/usage.csv for the range. */
export function useUsageCsvExport() {
  const { getAccessToken } = useSession();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async (range: DayRange) => {
    setExporting(true);
    try {
      const { from, to } = toApiRange(range);
      await downloadCsv('/api/usage.csv', new URLSearchParams({ from, to }), `usage-${range.from}-to-${range.to}.csv`, getAccessToken());
    } finally {
      setExporting(false);
    }
  };
  return [exportCsv, { exporting }] as const;
}
