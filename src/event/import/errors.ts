/**
 * A letter the importer cannot turn into a draft (unreadable, empty, binary, or without a date). The CLI prints the
 * message and exits with code 1 without writing anything, so the message must say what to do about it.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
