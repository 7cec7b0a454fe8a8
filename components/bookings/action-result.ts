// What every identity and booking action answers: never a throw for something a visitor can cause.
export type ActionResult<Data, Code extends string = string> =
  { ok: true; data: Data } | { ok: false; code: Code; message: string; fieldErrors?: Record<string, string> };
