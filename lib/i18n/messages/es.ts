import type { Catalogue } from "./en";
import { booking } from "./es/booking";
import { bookings } from "./es/bookings";
import { classes } from "./es/classes";
import { common } from "./es/common";
import { embed } from "./es/embed";
import { forms } from "./es/forms";
import { home } from "./es/home";
import { reliability } from "./es/reliability";
import { timeZone } from "./es/time-zone";

// Spanish (neutral, for Latin America and Spain); terms in ./es/GLOSSARY.md.
export const es = {
  ...common,
  ...forms,
  ...timeZone,
  ...home,
  ...booking,
  ...classes,
  ...bookings,
  ...embed,
  ...reliability,
} satisfies Catalogue;
