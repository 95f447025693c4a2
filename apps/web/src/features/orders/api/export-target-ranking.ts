import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/files';
import type { TargetRankingParams } from './get-target-ranking';

export type ExportFormat = 'csv' | 'xlsx';

/** GET /purchase-targets/export?format=: the ranking as a CSV or XLSX file, saved by the browser. */
export async function exportTargetRanking({ format, ...params }: TargetRankingParams & { format: ExportFormat }): Promise<void> {
  saveBlob(await apiBlob('/api/v1/purchase-targets/export', { ...params, format }), `purchase-targets-${params.year}.${format}`);
}

export function useExportTargetRanking() {
  return useMutation({ mutationFn: exportTargetRanking });
}
