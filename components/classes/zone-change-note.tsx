/**
 * While a week still shown in the zone it was read in is read again in the zone chosen: says the
 * times are on their way, or a picked zone that seems to change nothing looks broken. It keeps to
 * the bottom of the window while the week is in view and takes no room, so nothing moves when it
 * comes and goes; it shows only when the read takes long enough to notice, so a quick one does not
 * flash it. The status region is always there, so screen readers hear the message when it arrives.
 */
export function ZoneChangeNote({ message }: { message: string | null }) {
  return (
    <div className="pointer-events-none sticky bottom-4 z-10 flex h-0 items-start justify-center">
      <p
        role="status"
        className={
          message
            ? "reveal-after-moment -translate-y-full rounded-card border border-line bg-surface px-4 py-2 text-sm shadow-md"
            : "sr-only"
        }
      >
        {message}
      </p>
    </div>
  );
}
