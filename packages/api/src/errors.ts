/** Errors the services throw; the tRPC boundary maps each to a status code. */
export class DomainError extends Error {
  constructor(
    readonly code: | 'NOT_FOUND'
      | 'BAD_REQUEST'
      | 'CONFLICT'
      | 'FORBIDDEN'
      | 'UNAUTHORIZED'
      | 'TOO_MANY_REQUESTS'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNPROCESSABLE_CONTENT',
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Too many attempts: the client may try again after `retryAfterSeconds` (sent to it as data and as `Retry-After`). */
export class TooManyRequests extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('TOO_MANY_REQUESTS', message);
    this.name = 'TooManyRequests';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const badRequest = (message: string) => new DomainError('BAD_REQUEST', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);

/** What a client is told while the database cannot be reached (restarting, failing over): try again shortly. */
export const UNAVAILABLE_MESSAGE = 'The database is not reachable right now. Try again in a few seconds.';
