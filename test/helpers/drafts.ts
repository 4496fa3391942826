import { importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';

/**
 * A letter written in a test, imported as an organiser would: the draft file rendered and read back, so every
 * letter shape must also give a valid event file.
 */
export function draftOf(lines: readonly string[], today = '2026-11-30'): { result: ImportResult; yaml: string; event: MeetingEvent } {
  const result = importLetter(lines.join('\n'), { today });
  const yaml = renderDraft(result.event, result.checks, {
    letter: 'letter.txt',
    file: `events/${result.event.id}.yaml`,
    generatedOn: today,
  });
  return { result, yaml, event: parseEventText(yaml, 'letter.txt') };
}
