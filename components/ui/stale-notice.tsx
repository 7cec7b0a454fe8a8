/**
 * Shown over data the upstream could not refresh (busy or down): the last good answer is still
 * useful, and the visitor should know it may be out of date. `role="status"` so it is announced
 * without interrupting.
 */
export function StaleNotice({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-card border border-line bg-surface px-4 py-3 text-sm text-ink-muted">
      {message}
    </p>
  );
}
