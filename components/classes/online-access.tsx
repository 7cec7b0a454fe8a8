"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import type { OnlineAccess as OnlineAccessDetails } from "@/lib/classes/public-class";

/** The join link, which the server only sends to a client with a booked spot. */
export function OnlineAccess({ access }: { access: OnlineAccessDetails | null }) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="online-access-title"
      className="space-y-2 rounded-card border border-line bg-surface p-4"
    >
      <h2 id="online-access-title" className="text-lg font-semibold">
        {t("classes.detail.onlineHeading")}
      </h2>
      {access ? (
        <>
          <a href={access.link} target="_blank" rel="noopener noreferrer" className={buttonStyles.primary}>
            {t("classes.detail.onlineLink")}
          </a>
          <p className="break-all text-sm text-ink-muted">{access.link}</p>
          {access.passcode ? (
            <p className="font-medium">{t("classes.detail.passcode", { passcode: access.passcode })}</p>
          ) : null}
        </>
      ) : (
        <p className="text-ink-muted">{t("classes.detail.onlineHidden")}</p>
      )}
    </section>
  );
}
