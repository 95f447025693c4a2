import type { ImportJobView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, multipart } from '../../../lib/api-client';
import { importQueryKey } from './get-import';
import { importListQueryKey } from './get-imports';

/** POST /product-imports, multipart field `file` (CSV): 202 with the job RUNNING. */
export function startImport(file: File): Promise<ImportJobView> {
  const form = new FormData();
  form.append('file', file);
  return data(client.POST('/api/v1/product-imports', { body: multipart(form) }));
}

export function useStartImport({ onSuccess }: { onSuccess?: (job: ImportJobView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: async (job) => {
      // The answer is the job's first state: polling starts from it.
      queryClient.setQueryData(importQueryKey(job.id), job);
      onSuccess?.(job);
      await queryClient.invalidateQueries({ queryKey: importListQueryKey });
    },
  });
}
