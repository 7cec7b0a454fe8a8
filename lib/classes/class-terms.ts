import { formatDuration, formatPrice } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The class's price in the business's currency: "Free" at 0, nothing when the upstream gave none
 * (a missing price is not a free class).
 */
export function classPriceText(
  price: number | null,
  currency: string,
  t: Translate,
  locale: string,
): string | null {
  if (price === null) return null;
  return price === 0 ? t("classes.terms.free") : formatPrice(price, currency, locale);
}

/** Where the class happens: its location, or online and hosted by it. */
export function classLocationText(
  session: { isOnline: boolean; location: { title: string } },
  t: Translate,
): string {
  return session.isOnline
    ? t("classes.detail.onlineLocation", { location: session.location.title })
    : session.location.title;
}

/**
 * When booking closes and until when leaving is free, in one plain sentence each ("Booking closes
 * 1 hour before the start. You can leave without charge up to 12 hours before."). A cut-off the
 * upstream did not give is left unsaid rather than guessed; 0 means up to the start itself.
 */
export function classTermsText(
  session: { bookingCutoffMinutes: number | null; cancelCutoffMinutes: number | null },
  t: Translate,
  locale: string,
): string {
  const { bookingCutoffMinutes: booking, cancelCutoffMinutes: cancel } = session;
  return [
    booking === null
      ? null
      : booking > 0
        ? t("classes.terms.bookingCloses", { cutoff: formatDuration(booking, locale, "long") })
        : t("classes.terms.bookingUntilStart"),
    cancel === null
      ? null
      : cancel > 0
        ? t("classes.terms.leaveWindow", { window: formatDuration(cancel, locale, "long") })
        : t("classes.terms.leaveUntilStart"),
  ]
    .filter((sentence) => sentence !== null)
    .join(" ");
}
