"use client";

import { useMutation } from "@tanstack/react-query";
import { requestSignInCodeAction } from "./actions";
import type { SignInPhoneInput } from "./schemas";

export function useRequestSignInCode() {
  return useMutation({ mutationFn: (input: SignInPhoneInput) => requestSignInCodeAction(input) });
}
