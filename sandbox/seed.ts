import { seedAppointments } from "./seed-appointments";
import { seedCategories, seedClients, seedLocations, seedStaff } from "./seed-business";
import { seedClasses } from "./seed-classes";
import { seedServices } from "./seed-services";
import { DAY_MS, isoInstant } from "./time";
import type { SandboxState } from "./types";

/** A demo business whose bookings sit at fixed offsets from `now`, so every run looks the same. */
export function buildSeed(now: number): SandboxState {
  const catalogCreatedAt = isoInstant(now - 90 * DAY_MS);
  const services = seedServices(catalogCreatedAt);
  const { classes, participants } = seedClasses(now, services);
  return {
    version: 1,
    seededAt: isoInstant(now),
    locations: structuredClone(seedLocations),
    staff: structuredClone(seedStaff),
    categories: seedCategories(catalogCreatedAt),
    services,
    clients: seedClients(catalogCreatedAt),
    appointments: seedAppointments(now, services),
    classes,
    participants,
    outbox: [],
  };
}
