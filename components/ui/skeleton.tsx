/** A grey placeholder block; the surrounding region announces "Loading" to screen readers. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-control bg-line/50 ${className}`} />;
}
