/**
 * Saves GET `path?query` (a CSV export) as `filename`. The exports are plain HTTP
 * endpoints, so the bearer token is set by hand and the file is saved from a blob.
 */
export async function downloadCsv(path: string, query: URLSearchParams, filename: string, token: string | null): Promise<void> {
  const response = await fetch(`${path}?${query}`, {
    credentials: 'same-origin',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
    throw new Error(body?.errors?.[0]?.message ?? `The export failed (HTTP ${response.status}).`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
