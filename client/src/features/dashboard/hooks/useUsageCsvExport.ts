import { useState } from 'react';
import { useSession } from '../../auth/session-context';
import { toApiRange, type DayRange } from '../date-range';

/**
 * Downloads GET /api/usage.csv for the range. It is a plain HTTP endpoint, so it gets the
 * bearer token by hand and the file is saved from a blob.
 */
export function useUsageCsvExport() {
  const { getAccessToken } = useSession();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async (range: DayRange) => {
    setExporting(true);
    try {
      const { from, to } = toApiRange(range);
      const query = new URLSearchParams({ from, to });
      const token = getAccessToken();
      const response = await fetch(`/api/usage.csv?${query}`, {
        credentials: 'same-origin',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        throw new Error(text.slice(0, 200) || `The export failed (HTTP ${response.status}).`);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `usage-${range.from}-to-${range.to}.csv`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } finally {
      setExporting(false);
    }
  };
  return [exportCsv, { exporting }] as const;
}
