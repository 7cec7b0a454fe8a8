import { booking } from "./en/booking";
import { bookings } from "./en/bookings";
import { classes } from "./en/classes";
import { common } from "./en/common";
import { embed } from "./en/embed";
import { forms } from "./en/forms";
import { home } from "./en/home";
import { reliability } from "./en/reliability";
import { timeZone } from "./en/time-zone";

// The English catalogue is the reference: every other language provides the same keys with the
// same arguments (test/support/catalogue-check.ts). Messages are ICU: {name}, {count, plural, one {#…} other {#…}},
// {total, number}. One file per feature under ./en/ so features grow without touching each other.
export const en = {
  ...common,
  ...forms,
  ...timeZone,
  ...home,
  ...booking,
  ...classes,
  ...bookings,
  ...embed,
  ...reliability,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
