"use client";

import { useMutation } from "@tanstack/react-query";
import { verifySignInCodeAction } from "./actions";
import type { SignInCodeInput, SignInPhoneInput } from "./schemas";

export function useVerifySignInCode() {
  return useMutation({
    mutationFn: (input: SignInPhoneInput & SignInCodeInput) => verifySignInCodeAction(input),
  });
}
