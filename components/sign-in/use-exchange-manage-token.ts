"use client";

import { unwrap } from "@/lib/actions/result";
import { useMutation } from "@tanstack/react-query";
import { exchangeManageTokenAction } from "./actions";

export function useExchangeManageToken() {
  return useMutation({ mutationFn: async (token: string) => unwrap(await exchangeManageTokenAction(token)) });
}
