import type { Catalogue } from "./en";
import { booking } from "./ar/booking";
import { bookings } from "./ar/bookings";
import { classes } from "./ar/classes";
import { common } from "./ar/common";
import { embed } from "./ar/embed";
import { forms } from "./ar/forms";
import { home } from "./ar/home";
import { reliability } from "./ar/reliability";
import { timeZone } from "./ar/time-zone";

export const ar = {
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
