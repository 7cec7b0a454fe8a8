"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Env } from "@/lib/env-schema";

type ConfirmationsMode = Env["CONFIRMATIONS"];

const ConfirmationsContext = createContext<ConfirmationsMode>("whautomate");

/** Who sends the business's WhatsApp confirmations (CONFIRMATIONS), for forms that promise them. */
export function ConfirmationsProvider({ mode, children }: { mode: ConfirmationsMode; children: ReactNode }) {
  return <ConfirmationsContext value={mode}>{children}</ConfirmationsContext>;
}

/** The phone field's hint: only the messages someone will really send to the number. */
export function usePhoneHintKey() {
  return `form.phoneHint.${useContext(ConfirmationsContext)}` as const;
}
