import "server-only";

export * from "./appointments";
export * from "./catalogue";
export * from "./classes";
export * from "./clients";
export * from "./errors";
export * from "./messages";
export * from "./webhooks";
export type * from "./types";
export { createWhautomateHttp, type WhautomateHttp, type WhautomateHttpConfig } from "./http";
