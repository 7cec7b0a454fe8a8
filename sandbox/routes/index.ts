import type { Route } from "../router";
import { appointmentRoutes } from "./appointments";
import { classRoutes } from "./classes";
import { clientRoutes } from "./clients";
import { locationRoutes } from "./locations";
import { messageRoutes } from "./messages";
import { participantRoutes } from "./participants";
import { serviceRoutes } from "./services";
import { slotRoutes } from "./slots";
import { staffRoutes } from "./staffs";
import { webhookRoutes } from "./webhooks";

/** Fixed paths come before ":id" ones that share a prefix, so "/v1/appointments/slots" is not an id. */
export const apiRoutes: Route[] = [
  ...locationRoutes,
  ...staffRoutes,
  ...serviceRoutes,
  ...slotRoutes,
  ...appointmentRoutes,
  ...participantRoutes,
  ...classRoutes,
  ...clientRoutes,
  ...messageRoutes,
  ...webhookRoutes,
];
