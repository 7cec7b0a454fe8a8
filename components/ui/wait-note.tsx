/**
 * A skeleton's words: `retrying` at once when a read failed and is tried again, else `slow` after two
 * seconds, so a long wait does not look stuck. Revealed by CSS, so it works before any script runs.
 */
export function WaitNote({ slow, retrying = null }: { slow: string; retrying?: string | null }) {
  return <p className={`text-sm text-ink-muted ${retrying ? "" : "reveal-when-slow"}`}>{retrying ?? slow}</p>;
}
