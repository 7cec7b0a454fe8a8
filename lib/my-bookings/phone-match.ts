import type { NormalisedPhone } from "@/lib/contact/phone";
import type { Client } from "@/lib/whautomate/types";

const digits = (text: string) => text.replace(/\D/g, "");

/**
 * The API has no phone filter and stores numbers as typed by staff, so compare digits: country code plus
 * the national number without a trunk "0" ("07700 900101" saved under +44 is +447700900101).
 */
export function isSamePhone(client: Pick<Client, "countryCode" | "phone">, phone: NormalisedPhone): boolean {
  const national = digits(client.phone).replace(/^0+/, "");
  return national !== "" && `+${digits(client.countryCode)}${national}` === phone.e164;
}
