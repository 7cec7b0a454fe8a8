import { booking } from "./en/booking";
import { bookings } from "./en/bookings";
import { classes } from "./en/classes";
import { common } from "./en/common";
import { embed } from "./en/embed";
import { forms } from "./en/forms";
import { home } from "./en/home";
import { reliability } from "./en/reliability";
import { timeZone } from "./en/time-zone";

// The English catalogue is the reference: every other locale must provide the same keys.
// Placeholders are {name}; plural messages are objects keyed by Intl.PluralRules categories.
// One file per feature under ./en/ so features grow without touching each other.
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
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };
