import type { ReactNode } from "react";

/** What is shown may be out of date (Whautomate is busy): said calmly, beside what is still usable. */
export function StaleNote({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-card border border-line bg-surface px-4 py-3 text-sm">
      {children}
    </p>
  );
}
