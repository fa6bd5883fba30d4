// Errors are values with a kind and a message meant for the user; the CLI turns them into one line on stderr and
// an exit code, the HTTP API into a status. Nothing else should reach the user as a stack trace.

export type ErrorKind = 'bad-input' | 'not-found' | 'unavailable' | 'usage';

export class SidelinesError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** The file, URL or field the error concerns. */
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'SidelinesError';
  }

  /** One line: "subject: message". */
  override toString(): string {
    return this.subject ? `${this.subject}: ${this.message}` : this.message;
  }
}

export const badInput = (subject: string, message: string): SidelinesError => new SidelinesError('bad-input', message, subject);
export const notFound = (subject: string, message: string): SidelinesError => new SidelinesError('not-found', message, subject);
export const unavailable = (subject: string, message: string): SidelinesError => new SidelinesError('unavailable', message, subject);

/** A one-line description of any thrown value, for messages that must not show a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof SidelinesError) return err.toString();
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err);
}
