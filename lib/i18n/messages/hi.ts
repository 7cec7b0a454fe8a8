import type { Catalogue } from "./en";
import { booking } from "./hi/booking";
import { bookings } from "./hi/bookings";
import { classes } from "./hi/classes";
import { common } from "./hi/common";
import { embed } from "./hi/embed";
import { forms } from "./hi/forms";
import { home } from "./hi/home";
import { reliability } from "./hi/reliability";
import { timeZone } from "./hi/time-zone";

export const hi = {
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
