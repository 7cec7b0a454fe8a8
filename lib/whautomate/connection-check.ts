import "server-only";
import { addDaysToDate } from "@/lib/time/zoned";
import { getSlots, listAppointments } from "./appointments";
import { AnswerDrift, type DocumentedShape, documentedShapes } from "./answer-drift";
import { listLocations, listServiceCategories, listServices, listStaff } from "./catalogue";
import { listClasses, listClassParticipants } from "./classes";
import { searchClients } from "./clients";
import {
  UpstreamContractError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamUnavailableError,
  WhautomateError,
} from "./errors";
import { createWhautomateHttp, type WhautomateHttp } from "./http";
import type { ClassSession, Service, StaffMember, WebhookRegistration } from "./types";
import type { ConnectionCheckReport, Finding, FindingLevel } from "./connection-check-report";
import { ReadOnlyLedger, RequestBudgetSpent } from "./read-only-ledger";
import { listWebhooks } from "./webhooks";

export interface ConnectionCheckOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  maxRequests?: number;
  now?: Date;
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_MAX_REQUESTS = 30;
const PORTAL_WEBHOOK_PATH = "/api/webhooks/whautomate";
const PORTAL_WEBHOOK_HEADER = "x-webhook-secret";
const PORTAL_WEBHOOK_EVENTS = ["appointment_scheduled", "appointment_cancelled"];
const SLOT_LOOKAHEAD_DAYS = 14;
const DAYS_PER_SLOT_READ = 3;
const CLASS_LOOKAHEAD_DAYS = 28;
const APPOINTMENT_LOOKAHEAD_DAYS = 7;
// A phone no client has: proves the lookup answers and parses without touching anyone's record.
const UNUSED_PHONE = "0000000000";

/** Thrown when a failure means nothing after it can be checked (wrong key, no such host). */
class CheckStopped extends Error {}

function serviceBookableWith(staff: StaffMember, services: Service[]): Service | undefined {
  return services.find((service) => service.staffIds.includes(staff.id));
}

function notOfferedReason(service: Service): string {
  return service.active ? "allowOnlineBooking off" : "inactive";
}

function isPortalWebhook(webhook: WebhookRegistration): boolean {
  try {
    return new URL(webhook.serverUrl).pathname.replace(/\/+$/, "") === PORTAL_WEBHOOK_PATH;
  } catch {
    return false;
  }
}

export async function runConnectionCheck(options: ConnectionCheckOptions): Promise<ConnectionCheckReport> {
  const maxRequests = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
  const ledger = new ReadOnlyLedger(maxRequests, options.fetch ?? globalThis.fetch);
  const http: WhautomateHttp = createWhautomateHttp({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs,
    fetch: ledger.fetch,
  });
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const findings: Finding[] = [];
  const drift = new AnswerDrift();
  const say = (level: FindingLevel, text: string) => findings.push({ level, text });

  /**
   * Runs one read, names what went wrong in words, and inspects the answers it received. A read
   * the portal can do without (`optional`) is never a blocker, and a 404 means the host lacks it.
   */
  async function read<T>(
    label: string,
    shape: DocumentedShape,
    load: () => Promise<T>,
    { optional = false } = {},
  ): Promise<T | null> {
    if (ledger.remaining <= 0) {
      say("note", `${label}: not checked (the request budget of ${maxRequests} is spent)`);
      return null;
    }
    const firstAnswer = ledger.answers.length;
    try {
      const value = await load();
      for (const answer of ledger.answers.slice(firstAnswer)) drift.inspect(shape, answer);
      return value;
    } catch (error) {
      if (error instanceof UpstreamForbiddenError || isUnreachable(error)) {
        say(...failureFinding(label, error));
        throw new CheckStopped();
      }
      if (optional && error instanceof UpstreamNotFoundError) {
        say("note", `${label}: this host does not offer it (404)`);
      } else {
        const [level, text] = failureFinding(label, error);
        say(optional && level === "blocker" ? "problem" : level, text);
      }
      return null;
    }
  }

  function failureFinding(label: string, error: unknown): [FindingLevel, string] {
    if (error instanceof WhautomateError && error.cause instanceof RequestBudgetSpent) {
      return ["note", `${label}: not checked to the end (the request budget of ${maxRequests} is spent)`];
    }
    if (error instanceof UpstreamForbiddenError) {
      return [
        "blocker",
        "The API key was refused (403 Forbidden). Copy it again from Whautomate, Integrations → REST API, " +
          "into WHAUTOMATE_API_KEY, and check WHAUTOMATE_API_URL is your account's host.",
      ];
    }
    if (isUnreachable(error)) {
      return [
        "blocker",
        `Cannot reach ${options.baseUrl} (${(error as Error).message}). Check WHAUTOMATE_API_URL: ` +
          "https://api.whautomate.com, or https://api.in.whautomate.com for accounts in India.",
      ];
    }
    if (error instanceof UpstreamContractError) {
      return ["blocker", `${label}: an answer the portal cannot read: ${error.message}`];
    }
    return ["problem", `${label}: ${error instanceof Error ? error.message : String(error)}`];
  }

  try {
    const locations = await read("locations", documentedShapes.location, () => listLocations(http));
    if (locations) {
      const titles = locations.map((location) => location.title || location.id).join(", ");
      say(locations.length > 0 ? "ok" : "blocker", `locations: ${locations.length} (${titles || "none"})`);
    }

    const servicesRead = await read("services", documentedShapes.service, () => listServices({}, http));
    const appointmentServices = (servicesRead ?? []).filter((service) => service.kind === "appointment");
    const bookable = appointmentServices.filter((service) => service.bookableOnline);
    const hidden = appointmentServices
      .filter((service) => !service.bookableOnline)
      .map((service) => `${service.name} (${notOfferedReason(service)})`);
    if (servicesRead) {
      say(
        "ok",
        `services: ${bookable.length} of ${appointmentServices.length} appointment services are bookable ` +
          `online (active and allowOnlineBooking)${hidden.length > 0 ? `; not offered: ${hidden.join(", ")}` : ""}`,
      );
    }
    for (const service of bookable.filter((candidate) => candidate.staffIds.length === 0)) {
      say("problem", `service ${service.name}: no staff listed, so it has no times to book`);
    }

    const staff = await read("staff", documentedShapes.staff, () => listStaff({}, http));
    const activeStaff = (staff ?? []).filter((member) => member.active);
    if (staff) say("ok", `staff: ${staff.length} (${activeStaff.length} active)`);

    const categories = await read("service categories", documentedShapes.serviceCategory, () =>
      listServiceCategories(http),
    );
    if (categories) say("ok", `service categories: ${categories.length}`);

    const classes = await read("classes", documentedShapes.classSession, () =>
      listClasses({ startDate: today, endDate: addDaysToDate(today, CLASS_LOOKAHEAD_DAYS - 1) }, http),
    );
    const upcoming = (classes ?? []).filter((session) => session.status === "active");
    if (classes) {
      const full = upcoming.filter((session) => session.spotsLeft === 0).length;
      say(
        "ok",
        `classes: ${upcoming.length} in the next 4 weeks` +
          ` (${classes.length - upcoming.length} cancelled, ${full} full)`,
      );
      await checkParticipants(upcoming);
    }

    if (servicesRead && classes && bookable.length === 0 && upcoming.length === 0) {
      say("blocker", "nothing to book: no service is bookable online and no class is coming up");
    }

    const appointments = await read("appointments", documentedShapes.appointment, () =>
      listAppointments(
        { startDate: today, endDate: addDaysToDate(today, APPOINTMENT_LOOKAHEAD_DAYS - 1) },
        http,
      ),
    );
    if (appointments)
      say("ok", `appointments in the next ${APPOINTMENT_LOOKAHEAD_DAYS} days: ${appointments.length}`);

    const clients = await read("client lookup", documentedShapes.client, () =>
      searchClients({ searchText: UNUSED_PHONE }, http),
    );
    if (clients) say("ok", "client lookup (used to sign visitors in by phone): works");

    await checkWebhooks();
    await checkStaffTimes(activeStaff, bookable);
  } catch (error) {
    if (!(error instanceof CheckStopped)) throw error;
  }

  async function checkParticipants(upcoming: ClassSession[]) {
    const session = upcoming.find((candidate) => candidate.spotsLeft === 0) ?? upcoming[0];
    if (!session) return;
    const participants = await read("class participants", documentedShapes.participant, () =>
      listClassParticipants(session.id, http),
    );
    if (!participants) return;
    const counts = new Map<string, number>();
    for (const { status } of participants) counts.set(status, (counts.get(status) ?? 0) + 1);
    const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(", ") || "none yet";
    say("ok", `class participants of ${session.name || session.id} on ${session.localDate}: ${summary}`);
  }

  async function checkWebhooks() {
    const webhooks = await read("webhooks", documentedShapes.webhook, () => listWebhooks(http), {
      optional: true,
    });
    if (webhooks) reportPortalWebhook(webhooks.filter(isPortalWebhook));
  }

  function reportPortalWebhook(registrations: WebhookRegistration[]) {
    const webhook = registrations.find((registration) => registration.active) ?? registrations[0];
    if (!webhook) {
      say(
        "note",
        "webhook for this portal: not registered, so changes made in Whautomate reach the portal only when its " +
          'cache expires (how to: README, "Webhooks: keeping the portal fresh": POST /v1/webhooks with ' +
          `serverUrl https://<your portal>${PORTAL_WEBHOOK_PATH} and the header ${PORTAL_WEBHOOK_HEADER}: <WEBHOOK_SECRET>)`,
      );
      return;
    }
    const missingEvents = PORTAL_WEBHOOK_EVENTS.filter((event) => !webhook.events.includes(event));
    const hasSecret = webhook.headerNames.some((name) => name.toLowerCase() === PORTAL_WEBHOOK_HEADER);
    const gaps = [
      webhook.active ? null : "it is not active",
      hasSecret ? null : `it sends no ${PORTAL_WEBHOOK_HEADER} header, so the portal refuses its deliveries`,
      missingEvents.length > 0 ? `it lacks the events ${missingEvents.join(", ")}` : null,
    ].filter(Boolean);
    say(
      gaps.length > 0 ? "problem" : "ok",
      `webhook for this portal: registered (${webhook.serverUrl})${gaps.length > 0 ? `, but ${gaps.join("; ")}` : ""}`,
    );
  }

  /** Each staff member's first free time within the look-ahead, a few days per read, within budget. */
  async function checkStaffTimes(members: StaffMember[], bookable: Service[]) {
    const pending = members.flatMap((member) => {
      const service = serviceBookableWith(member, bookable);
      if (!service) say("note", `staff ${member.name}: offers no service bookable online`);
      return service ? [{ member, service, nextDay: 0 }] : [];
    });
    while (pending.length > 0) {
      for (const probe of [...pending]) {
        const { member, service } = probe;
        if (ledger.remaining <= 0) {
          say(
            "note",
            `staff ${member.name}: free times not checked past day ${probe.nextDay} (request budget)`,
          );
          pending.splice(pending.indexOf(probe), 1);
          continue;
        }
        const date = addDaysToDate(today, probe.nextDay);
        const days = await read(`slots for ${member.name}`, documentedShapes.daySlots, () =>
          getSlots(
            {
              locationId: service.locationId,
              serviceId: service.id,
              staffId: member.id,
              date,
              nextThreeDays: true,
              durationMinutes: service.durationMinutes,
            },
            http,
          ),
        );
        probe.nextDay += DAYS_PER_SLOT_READ;
        const first = days?.flatMap((day) => day.slots)[0];
        if (first) {
          say(
            "ok",
            `staff ${member.name}: next free time ${first.localDate} ${first.localTime} (${first.timeZone}) for ${service.name}`,
          );
        } else if (days && probe.nextDay >= SLOT_LOOKAHEAD_DAYS) {
          say("problem", `staff ${member.name} has no free times in the next ${SLOT_LOOKAHEAD_DAYS} days`);
        }
        if (!days || first || probe.nextDay >= SLOT_LOOKAHEAD_DAYS) pending.splice(pending.indexOf(probe), 1);
      }
    }
  }

  return {
    baseUrl: options.baseUrl,
    findings,
    drift: drift.lines(),
    requestsUsed: ledger.used,
    maxRequests,
    works: !findings.some((finding) => finding.level === "blocker"),
  };
}

function isUnreachable(error: unknown): boolean {
  return (
    error instanceof UpstreamUnavailableError &&
    error.reason !== "server" &&
    !(error.cause instanceof RequestBudgetSpent)
  );
}
