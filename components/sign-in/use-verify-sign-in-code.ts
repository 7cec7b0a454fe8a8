"use client";

import { unwrap } from "@/lib/actions/result";
import { useMutation } from "@tanstack/react-query";
import { verifySignInCodeAction } from "./actions";
import type { SignInCodeInput, SignInPhoneInput } from "./schemas";

export function useVerifySignInCode() {
  return useMutation({
    mutationFn: async (input: SignInPhoneInput & SignInCodeInput) =>
      unwrap(await verifySignInCodeAction(input)),
  });
}
