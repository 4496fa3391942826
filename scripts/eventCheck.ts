/**
 * npm run event:check -- <event file> [--now 2027-04-01T12:00]
 *
 * Validates an event file (every problem named by field and line) and prints what invitees will get: the answers to
 * the standard questions — when, where, programme, contact, sign-up and each practical fact the file states — in
 * Danish and English, and what the organiser may want to fill in. Exits 1 when the file is not valid.
 */
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { previewAnswers } from '../src/answers/preview';
import { formatWhen, titleOf } from '../src/event/format';
import { EventFileError, loadEventFile } from '../src/event/load';
import type { MeetingEvent } from '../src/event/model';
import { fieldLabel } from '../src/registrations/fields';
import { signUpWindow } from '../src/event/window';

const USAGE = 'Usage: npm run event:check -- <events/your-meeting.yaml> [--now 2027-04-01T12:00]';

/** What the organiser may want to know before going live: what the bot will not say, and why. */
export function notes(event: MeetingEvent, now: DateTime): string[] {
  const found: string[] = [];
  const window = signUpWindow(event, now);
  if (window.open === false && (window.reason === 'past' || window.reason === 'started'))
    found.push('The meeting has started or is over: the bot still answers questions, but takes no sign-ups.');
  if (event.timeNotStated)
    found.push('No time of day: the bot gives the date and says the invitation names no time. Add `start` with a time if you know it.');
  if (event.endIsEstimate)
    found.push('No end time: the bot never states one (calendar files use start + 2 hours). Add `end` if you know it.');
  if (event.venue.notStated) found.push('No venue: the bot says the invitation does not say where. Fill in `venue`.');
  if (!event.people.some((person) => person.roles.includes('contact')))
    found.push(
      'No contact person: "I don\'t know" answers point to the organisers instead. Add a person with role `contact` to name someone.',
    );
  if (!event.registration) found.push('No sign-up: the bot says the invitation does not say how to sign up.');
  else if (event.registration.chat && window.open)
    found.push(
      `Sign-up in the chat is on and asks for: ${event.registration.fields.map((field) => fieldLabel(field, 'en', event)).join(', ')}.`,
    );
  const other = event.language === 'da' ? 'en' : 'da';
  if (titleOf(event, other) === titleOf(event, event.language) && !event.title[other]) {
    found.push(
      `No ${other === 'en' ? 'English' : 'Danish'} texts: questions in ${other === 'en' ? 'English' : 'Danish'} get facts translated and quotes in the letter's language, and the bot says so once.`,
    );
  }
  return found;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

export function main(
  argv: string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): number {
  let values: { now?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`Name one event file.\n${USAGE}\n`);
    return 1;
  }
  const file = positionals[0]!;
  let event: MeetingEvent;
  try {
    event = loadEventFile(file);
  } catch (error) {
    if (!(error instanceof EventFileError)) throw error;
    err(
      `${file} is not valid:\n${error.problems.map((p) => `  ${p.line ? `line ${p.line}` : '(file)'}: ${p.path}: ${p.message}`).join('\n')}\n`,
    );
    return 1;
  }
  const now = values.now ? DateTime.fromISO(values.now, { zone: event.timeZone }) : DateTime.now().setZone(event.timeZone);
  if (!now.isValid) {
    err(`--now must be a date and time like 2027-04-01T12:00, not "${values.now}".\n`);
    return 1;
  }
  out(`${file} is valid: "${titleOf(event, event.language)}", ${formatWhen(event, 'en')}.\n\n`);
  out(`What invitees get (as of ${now.toFormat('yyyy-MM-dd HH:mm')}):\n`);
  for (const entry of previewAnswers(event, now)) {
    for (const lang of ['da', 'en'] as const) {
      out(
        `\n  ${lang}  ${entry.question[lang]}${entry.unanswered[lang] ? '   (not fully answered)' : ''}\n${indent(entry.answer[lang])}\n`,
      );
    }
  }
  const found = notes(event, now);
  if (found.length > 0) out(`\nWorth knowing:\n${found.map((note) => `  - ${note}`).join('\n')}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
