/** Sizes in the units people read on their file manager: decimal MB and GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating time left';
  if (seconds < 1) return 'less than a second left';
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} min left`;
}

export const formatCount = (n: number) => n.toLocaleString('en-US');
