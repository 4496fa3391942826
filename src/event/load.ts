import { readFileSync } from 'node:fs';
import { eventSchema, type MeetingEvent } from './schema';

/** Raised when an event file is missing, not JSON, or breaks the schema; the message names the field. */
export class EventFileError extends Error {
  constructor(file: string, detail: string) {
    super(`Event file ${file} is not valid: ${detail}`);
    this.name = 'EventFileError';
  }
}

export function parseEvent(data: unknown, source = '(inline)'): MeetingEvent {
  const result = eventSchema.safeParse(data);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new EventFileError(source, detail);
  }
  return result.data;
}

export function loadEventFile(file: string): MeetingEvent {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EventFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EventFileError(file, `not JSON (${(error as Error).message})`);
  }
  return parseEvent(data, file);
}
