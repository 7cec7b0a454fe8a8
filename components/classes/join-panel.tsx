"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { forgetDeviceClientAction } from "@/components/sign-in/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ContactInput } from "@/lib/contact/contact-schema";
import type { ClassViewer } from "@/lib/classes/views";
import { JoinForm } from "./join-form";

/**
 * One tap for a client this device already knows; name and phone otherwise, or when the known
 * client is someone else ("Not you?"), who makes the device forget them: on a shared device the
 * next person must not join, or see places, as the last one.
 */
export function JoinPanel({
  viewer,
  waitlist,
  defaultCountry,
  pending,
  fieldErrors,
  onJoin,
}: {
  viewer: ClassViewer | null;
  waitlist: boolean;
  defaultCountry: string;
  pending: boolean;
  fieldErrors: Record<string, string> | undefined;
  onJoin: (contact?: ContactInput) => void;
}) {
  const { t } = useI18n();
  const [otherPerson, setOtherPerson] = useState(false);
  const hydrated = useHydrated();
  const queryClient = useQueryClient();
  const forgetKnownClient = async () => {
    setOtherPerson(true);
    await forgetDeviceClientAction();
    await queryClient.invalidateQueries();
  };

  if (viewer && !otherPerson) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonStyles.primary}
          disabled={pending || !hydrated}
          onClick={() => onJoin()}
        >
          {pending
            ? t("classes.join.pending")
            : t(waitlist ? "classes.join.waitlistAsViewer" : "classes.join.asViewer", {
                name: viewer.name,
              })}
        </button>
        <button
          type="button"
          className={buttonStyles.quiet}
          disabled={!hydrated}
          onClick={() => void forgetKnownClient()}
        >
          {t("classes.join.notYou")}
        </button>
      </div>
    );
  }
  return (
    <JoinForm
      defaultCountry={defaultCountry}
      submitLabel={t(waitlist ? "classes.join.waitlistSubmit" : "classes.join.submit")}
      pending={pending}
      serverFieldErrors={fieldErrors}
      onSubmit={onJoin}
    />
  );
}
