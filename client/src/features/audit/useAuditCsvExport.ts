import { useState } from 'react';
import { useSession } from '../auth/session-context';
import { downloadCsv } from '../common/download-csv';
import { filterQuery, type AuditFilter } from './audit-filter';

/** Downloads GET /api/audit.csv with the page's filter. */
export function useAuditCsvExport() {
  const { getAccessToken } = useSession();
  const [exporting, setExporting] = useState(false);
  const exportCsv = async (filter: AuditFilter) => {
    setExporting(true);
    try {
      const name = filter.range ? `audit-log-${filter.range.from}-to-${filter.range.to}.csv` : 'audit-log.csv';
      await downloadCsv('/api/audit.csv', filterQuery(filter), name, getAccessToken());
    } finally {
      setExporting(false);
    }
  };
  return [exportCsv, { exporting }] as const;
}
