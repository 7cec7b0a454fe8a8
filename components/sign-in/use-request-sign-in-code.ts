"use client";

import { unwrap } from "@/lib/actions/result";
import { useMutation } from "@tanstack/react-query";
import { requestSignInCodeAction } from "./actions";
import type { SignInPhoneInput } from "./schemas";

export function useRequestSignInCode() {
  return useMutation({
    mutationFn: async (input: SignInPhoneInput) => unwrap(await requestSignInCodeAction(input)),
  });
}
