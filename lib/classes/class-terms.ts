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

type CutOffs = { bookingCutoffMinutes: number | null; cancelCutoffMinutes: number | null };

/**
 * When booking closes and until when leaving is free, in one plain sentence each ("Booking closes
 * 1 hour before the start. You can leave without charge up to 12 hours before."): the terms a
 * client reads before joining. A cut-off the upstream did not give is left unsaid rather than
 * guessed; 0 means up to the start itself.
 */
export function classTermsText(session: CutOffs, t: Translate, locale: string): string {
  return [bookingTermsText(session, t, locale), leaveTermsText(session, t, locale)]
    .filter((sentence) => sentence !== null)
    .join(" ");
}

function bookingTermsText({ bookingCutoffMinutes: cutoff }: CutOffs, t: Translate, locale: string) {
  if (cutoff === null) return null;
  return cutoff > 0
    ? t("classes.terms.bookingCloses", { cutoff: formatDuration(cutoff, locale, "long") })
    : t("classes.terms.bookingUntilStart");
}

/** The half of the terms that still matters once the client holds a spot. */
export function leaveTermsText(
  { cancelCutoffMinutes: window }: CutOffs,
  t: Translate,
  locale: string,
): string | null {
  if (window === null) return null;
  return window > 0
    ? t("classes.terms.leaveWindow", { window: formatDuration(window, locale, "long") })
    : t("classes.terms.leaveUntilStart");
}
