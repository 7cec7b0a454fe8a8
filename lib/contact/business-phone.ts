import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/** A location's number as clients reach it: shown readably, dialled and messaged in full. */
export interface BusinessPhone {
  /** "+44 20 7946 0123". */
  display: string;
  /** "tel:+442079460123" (E.164). */
  callHref: string;
  /** "https://wa.me/442079460123": WhatsApp wants the digits alone. */
  whatsAppHref: string;
}

/** How to call or message a location, or null when it has no number a phone could dial. */
export function businessPhone(phone: string | null | undefined): BusinessPhone | null {
  const parsed = phone ? parsePhoneNumberFromString(phone) : undefined;
  if (!parsed?.isPossible()) return null;
  return {
    display: parsed.formatInternational(),
    callHref: `tel:${parsed.number}`,
    whatsAppHref: `https://wa.me/${parsed.number.slice(1)}`,
  };
}
