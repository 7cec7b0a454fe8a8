"use client";

import { useMutation } from "@tanstack/react-query";
import { exchangeManageTokenAction } from "./actions";

export function useExchangeManageToken() {
  return useMutation({ mutationFn: (token: string) => exchangeManageTokenAction(token) });
}
