"use client";

import { useMutation } from "@tanstack/react-query";
import { leaveClassAction } from "./actions";
import type { LeaveClassInput } from "./schemas";

export function useLeaveClass() {
  return useMutation({ mutationFn: (input: LeaveClassInput) => leaveClassAction(input) });
}
