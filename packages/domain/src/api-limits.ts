/**
 * The most procedure calls one tRPC request may batch. The web app's busiest screen (the dashboard) makes
 * about a dozen; its client splits anything longer into several requests, and the server refuses more.
 */
export const MAX_BATCH_CALLS = 20;
