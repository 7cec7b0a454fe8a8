"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { failureMessage } from "@/components/forms/failure-message";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { useExchangeManageToken } from "./use-exchange-manage-token";

/**
 * Reads the token from the fragment (never sent to a server), wipes it from the address bar and history
 * at once, and trades it for a session before moving on to the booking.
 */
export function ManageLinkOpener() {
  const { t } = useI18n();
  const router = useRouter();
  const exchange = useExchangeManageToken();
  const { mutate } = exchange;
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.slice(1);
    window.history.replaceState(window.history.state, "", window.location.pathname);
    mutate(token, {
      onSuccess: ({ destination }) => router.replace(destination),
    });
  }, [mutate, router]);

  const failure = failureMessage(t, exchange.error, {
    invalid: "manage.invalid",
    rate_limited: "manage.tooMany",
  });
  if (failure) {
    return (
      <div role="alert" className="space-y-3 rounded-card border border-danger/40 bg-surface p-5">
        <p className="font-medium text-danger">{failure}</p>
        <p>{t("manage.invalidHint")}</p>
        <Link href="/sign-in" className={buttonStyles.primary}>
          {t("bookings.signedOut.action")}
        </Link>
      </div>
    );
  }
  return (
    <p role="status" className="text-ink-muted">
      {t("manage.opening")}
    </p>
  );
}
