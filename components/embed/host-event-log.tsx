"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

const eventNames = ["ready", "booked", "rescheduled", "cancelled", "class-joined", "class-left"];

interface HeardEvent {
  key: number;
  text: string;
}

/** The booking events this page receives from the frames on it, as a business's own code would. */
export function HostEventLog() {
  const { t } = useI18n();
  const [heard, setHeard] = useState<HeardEvent[]>([]);
  useEffect(() => {
    let count = 0;
    const listener = (event: Event) => {
      const detail = event instanceof CustomEvent ? (event.detail as Record<string, unknown>) : {};
      const text = `${event.type} ${JSON.stringify(detail)}`;
      setHeard((previous) => [...previous, { key: count++, text }]);
    };
    for (const name of eventNames) document.addEventListener(`booking:${name}`, listener);
    return () => {
      for (const name of eventNames) document.removeEventListener(`booking:${name}`, listener);
    };
  }, []);
  return (
    <div
      role="log"
      aria-label={t("embed.demo.events.log")}
      className="rounded-card border border-line bg-surface p-3"
    >
      {heard.length === 0 ? (
        <p className="text-ink-muted">{t("embed.demo.events.empty")}</p>
      ) : (
        <ol className="space-y-1 font-mono text-sm break-all">
          {heard.map((entry) => (
            <li key={entry.key}>{entry.text}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
