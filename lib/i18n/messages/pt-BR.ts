import type { Catalogue } from "./en";
import { booking } from "./pt-BR/booking";
import { bookings } from "./pt-BR/bookings";
import { classes } from "./pt-BR/classes";
import { common } from "./pt-BR/common";
import { embed } from "./pt-BR/embed";
import { forms } from "./pt-BR/forms";
import { home } from "./pt-BR/home";
import { reliability } from "./pt-BR/reliability";
import { timeZone } from "./pt-BR/time-zone";

export const ptBR = {
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
