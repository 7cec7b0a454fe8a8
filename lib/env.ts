import { parseEnv } from "./env-schema";

export type { Env } from "./env-schema";

// The one reader of process.env (an ESLint rule keeps it that way).
export const env = parseEnv(process.env);
