"use client";

import { Fragment, useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ContactLinks } from "@/components/ui/contact-links";
import { AddToCalendarLinks } from "@/components/ui/add-to-calendar";
import { classEvent } from "@/lib/classes/class-event";
import { isLateCancel, type ClassAvailability } from "@/lib/classes/class-status";
import { classLocationText, classPriceText, classTermsText, leaveTermsText } from "@/lib/classes/class-terms";
import type { ClassDetail } from "@/lib/classes/views";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { ContactInput } from "@/lib/contact/contact-schema";
import { formatDuration } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import {
  failureMessage,
  serverFieldMessages,
  type FailureMessages,
} from "@/components/forms/failure-message";
import { ActionError } from "@/lib/actions/result";
import type { JoinCode } from "./actions";
import { JoinPanel } from "./join-panel";
import { LeaveClassDialog } from "./leave-dialog";
import { useJoinClass } from "./use-join-class";

type Tone = "success" | "error";
type Notice = { tone: Tone; text: string };

// Both regions are always in the page, so a screen reader is listening before a message appears.
const noticeRegions: Record<Tone, { role: "status" | "alert"; className: string }> = {
  success: {
    role: "status",
    className: "rounded-control bg-brand-soft p-3 font-medium text-ink empty:hidden",
  },
  error: {
    role: "alert",
    className: "rounded-control border border-danger/50 p-3 font-medium text-danger empty:hidden",
  },
};

const closedMessages: Partial<Record<ClassAvailability, MessageKey>> = {
  cancelled: "classes.detail.cancelled",
  started: "classes.detail.started",
  ended: "classes.detail.ended",
};

const joinMessages: FailureMessages<JoinCode> = {
  invalid: "classes.error.invalid",
  rate_limited: "classes.error.tooManyJoins",
  not_found: "classes.error.notFound",
  needs_details: "classes.error.needsDetails",
  cancelled: "classes.error.cancelled",
  started: "classes.error.started",
  booking_closed: "classes.error.bookingClosed",
  full: "classes.error.full",
  already_booked: "classes.error.alreadyBooked",
  already_waitlisted: "classes.error.alreadyWaitlisted",
  not_joined: "classes.error.notJoined",
  unconfirmed: "classes.error.unconfirmed",
};

// Refusals that leave the client only the studio to ask: its number goes with them.
const sentToStudio: string[] = ["booking_closed", "started", "rate_limited", "unconfirmed"];

const headings: Partial<Record<ClassAvailability, MessageKey>> = {
  book: "classes.join.heading",
  full: "classes.join.heading",
  booked: "classes.join.yourPlace",
  waitlisted: "classes.join.yourPlace",
};

/** Join, join the waitlist or leave, with the outcome said in words and focus moved to it. */
export function ClassActions({
  detail,
  availability,
  defaultCountry,
  contact,
  currency,
}: {
  detail: ClassDetail;
  availability: ClassAvailability;
  defaultCountry: string;
  /** The location's number, wherever the client is sent to the studio instead. */
  contact: BusinessPhone | null;
  /** The business's ISO 4217 currency. */
  currency: string;
}) {
  const { t, locale } = useI18n();
  const { session } = detail;
  const join = useJoinClass(session.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const hydrated = useHydrated();
  const regions = useRef<Partial<Record<Tone, HTMLDivElement | null>>>({});

  function announce(next: Notice) {
    setNotice(next);
    // After the re-render, so the message is in place when focus lands on it.
    window.setTimeout(() => regions.current[next.tone]?.focus(), 0);
  }

  function handleJoin(contact?: ContactInput) {
    setNotice(null);
    join.mutate(
      { contact, waitlist: availability === "full" },
      {
        onSuccess: (outcome) =>
          announce({
            tone: "success",
            text: [
              t(outcome.result === "waitlisted" ? "classes.join.waitlisted" : "classes.join.booked"),
              outcome.confirmation === "failed" ? t("classes.join.confirmationNotSent") : null,
            ]
              .filter(Boolean)
              .join(" "),
          }),
        onError: (failure) => {
          const shownAtFields = failure instanceof ActionError && Object.keys(failure.fieldErrors).length > 0;
          if (!shownAtFields)
            announce({ tone: "error", text: failureMessage(t, failure, joinMessages) ?? "" });
        },
      },
    );
  }

  const closed = closedMessages[availability];
  const terms = classTermsText(session, t, locale);
  const leaveTerms = leaveTermsText(session, t, locale);
  const summary = [
    classPriceText(session.service.price, currency, t, locale),
    session.instructor ? t("classes.withInstructor", { name: session.instructor.name }) : null,
    classLocationText(session, t),
  ].filter((part) => part !== null);

  return (
    <section
      aria-labelledby="class-actions-title"
      className="space-y-4 rounded-card border border-line bg-surface p-4"
    >
      <h2 id="class-actions-title" className="text-lg font-semibold">
        {t(headings[availability] ?? "classes.detail.bookingHeading")}
      </h2>
      {(["success", "error"] as const).map((tone) => (
        <div
          key={tone}
          ref={(region) => {
            regions.current[tone] = region;
          }}
          tabIndex={-1}
          {...noticeRegions[tone]}
        >
          {notice?.tone === tone ? notice.text : null}
        </div>
      ))}
      {join.error instanceof ActionError && sentToStudio.includes(join.error.code) ? (
        <ContactLinks phone={contact} />
      ) : null}
      {availability === "book" || availability === "full" ? (
        <div className="space-y-3">
          <p className="font-medium">
            {summary.map((part, index) => (
              // Each part isolated, so a Latin name keeps its place in right-to-left text.
              <Fragment key={part}>
                {index > 0 ? " · " : null}
                <bdi className="inline-block">{part}</bdi>
              </Fragment>
            ))}
          </p>
          {terms ? <p>{terms}</p> : null}
          {availability === "full" ? (
            <p>
              {t("classes.detail.full")} {t("classes.waitlist.whatHappens")}
            </p>
          ) : null}
          <JoinPanel
            viewer={detail.viewer}
            waitlist={availability === "full"}
            defaultCountry={defaultCountry}
            pending={join.isPending}
            fieldErrors={serverFieldMessages(t, join.error)}
            onJoin={handleJoin}
          />
        </div>
      ) : availability === "booked" || availability === "waitlisted" ? (
        <div className="space-y-3">
          <p className="text-lg font-semibold">
            {t(availability === "booked" ? "classes.join.youAreBooked" : "classes.join.youAreWaitlisted")}
          </p>
          {/* A waitlist place costs nothing to leave: the terms speak to a booked spot. */}
          {availability === "waitlisted" ? (
            <p>{t("classes.waitlist.whatHappens")}</p>
          ) : leaveTerms ? (
            <p>{leaveTerms}</p>
          ) : null}
          <h3 className="font-semibold">{t("calendar.heading")}</h3>
          <div className="flex flex-wrap gap-3">
            <AddToCalendarLinks
              icsHref={`/classes/${encodeURIComponent(session.id)}/calendar.ics`}
              event={classEvent(session, availability, detail.online, t)}
            />
          </div>
          <div className="border-t border-line pt-4">
            <LeaveClassDialog
              session={session}
              waitlisted={availability === "waitlisted"}
              lateCancel={isLateCancel(session, detail.checkedAt)}
              disabled={!hydrated}
              contact={contact}
              onLeft={() =>
                announce({
                  tone: "success",
                  text: t(
                    availability === "waitlisted" ? "classes.leave.doneWaitlist" : "classes.leave.done",
                  ),
                })
              }
            />
          </div>
        </div>
      ) : availability === "booking_closed" ? (
        <>
          <p>
            {t("classes.detail.bookingClosed", {
              cutoff: formatDuration(session.bookingCutoffMinutes ?? 0, locale, "long"),
            })}
          </p>
          <ContactLinks phone={contact} />
        </>
      ) : closed ? (
        <>
          <p>{t(closed)}</p>
          {availability === "started" ? <ContactLinks phone={contact} /> : null}
        </>
      ) : null}
    </section>
  );
}
