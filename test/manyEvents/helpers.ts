import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Activity } from 'botbuilder';
import type { AppOverrides } from '../../src/app';
import { BUNDLED_EVENTS_DIR, loadConfig } from '../../src/config';
import { loadEventFile } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { createStores } from '../../src/storage';
import { startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { eventFileFrom, eventsFolder, KL_EVENT_FILE, SYNTHETIC_EVENT_FILE } from '../helpers/event';
import { fieldsOf, personName } from '../helpers/registrations';

/** Organisers by event: each event file lists its own (a Web Chat/test-channel id and a Teams Entra id). */
export const ORGANISERS = {
  kl: { user: 'org-kl', aad: '0a0a0a0a-0000-4000-8000-00000000000a' },
  synthetic: { user: 'org-syn', aad: '0b0b0b0b-0000-4000-8000-00000000000b' },
  /** Organiser of both the KL and the synthetic meeting. */
  both: { user: 'org-both', aad: '0c0c0c0c-0000-4000-8000-00000000000c' },
} as const;

/** The bundled examples other than the KL one: more invitations beside the two the suite runs against. */
export const BUNDLED_OTHERS = [
  'borgermoede-broenderslev-2027.yaml',
  'kaffemoede-seniorraad-2027.yaml',
  'kl-region-nordjylland-2027.yaml',
  'nordic-education-forum-aarhus-2027.yaml',
  'temadag-klima-2027.yaml',
].map((name) => path.join(BUNDLED_EVENTS_DIR, name));

const organiserIds = (...who: Array<(typeof ORGANISERS)[keyof typeof ORGANISERS]>) =>
  who.flatMap((o) => [`test:${o.user}`, `msteams:29:${o.user}`, `aad:${o.aad}`]);

/**
 * A folder with the KL meeting and the synthetic one, each listing its own organisers, and (unless `only`) the
 * other bundled invitations, whose organisers are none of these.
 */
export function manyEventsFolder(options: { only?: boolean } = {}): string {
  // The two files' YAML is made once per process (parsing and writing the KL file was most of a folder's cost), and
  // kept as text: temporary files go when the test file that made them ends, and other files in the process use this.
  organised ??= [
    eventFileFrom(KL_EVENT_FILE, (raw) => (raw.organiserIds = organiserIds(ORGANISERS.kl, ORGANISERS.both))),
    eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => (raw.organiserIds = organiserIds(ORGANISERS.synthetic, ORGANISERS.both))),
  ].map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
  // Every folder is a fresh copy: some tests edit theirs.
  const folder = eventsFolder(options.only ? [] : BUNDLED_OTHERS);
  for (const { name, text } of organised) writeFileSync(path.join(folder, name), text);
  return folder;
}
let organised: Array<{ name: string; text: string }> | undefined;

/** Every event of a folder as loaded (for facts to compare answers with). */
export const bundledOthers = (): MeetingEvent[] => BUNDLED_OTHERS.map((file) => loadEventFile(file));

/** A fact of an event's invitation that no other event shares: its venue's postcode and town. */
export function placeOf(event: MeetingEvent): string {
  const address = event.venue.address;
  if (!address?.city) throw new Error(`${event.id} has no town`);
  return address.city;
}

export interface StoreSetup {
  name: string;
  /** Stores for one bot instance; `shared` names the data two instances share (a DATA_DIR, a database). */
  overrides(shared: string): Promise<AppOverrides & { close(): Promise<void> }>;
}

/**
 * The stores every store-touching case runs on: the embedded one (files under a DATA_DIR the test gives) and Cosmos DB
 * (the in-process protocol server, one database per `shared` name). MOEDEBOT_TEST_STORE=embedded or =cosmos runs one
 * of them: the fast suite runs these cases on the embedded store, the slow suite again on Cosmos DB (both stores pass
 * one contract suite in the fast suite). Call at the top of a test file.
 */
export function storeSetups(): StoreSetup[] {
  const only = process.env.MOEDEBOT_TEST_STORE;
  const embedded: StoreSetup = { name: 'embedded store', overrides: async () => ({ close: async () => {} }) };
  if (only === 'embedded') return [embedded];
  let cosmos: CosmosServer | undefined;
  before(async () => {
    cosmos = await startCosmosServer();
  });
  after(async () => {
    await cosmos?.close();
  });
  const onCosmos: StoreSetup = {
    name: 'Cosmos DB',
    overrides: async (shared) => {
      const stores = await createStores(
        loadConfig({
          ALLOW_UNAUTHENTICATED: 'true',
          COSMOS_ENDPOINT: cosmos!.endpoint,
          COSMOS_KEY: cosmos!.key,
          COSMOS_DATABASE: `db-${shared}`,
        }),
      );
      return {
        registrations: stores.registrations,
        storage: stores.storage,
        bindings: stores.bindings,
        purges: stores.purges,
        close: stores.close,
      };
    },
  };
  return only === 'cosmos' ? [onCosmos] : [embedded, onCosmos];
}

/** The event ids an events card offers, in order. */
export function offeredEventIds(replies: Partial<Activity>[]): string[] {
  const ids: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.moedebot === 'event' && typeof record.eventId === 'string') ids.push(record.eventId);
      Object.values(record).forEach(visit);
    }
  };
  visit(replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.content as unknown));
  return ids;
}

/** A card's submit for picking an event, as Teams and Web Chat send it. */
export const pick = (eventId: string): Partial<Activity> => ({ text: undefined, value: { moedebot: 'event', eventId } });

/**
 * The answers a person types through the sign-up dialog, field by field from the fields' kinds: after "ja" to the
 * privacy notice, a name, an e-mail, a choice by its label, "spring over" for optional texts; then "ja" to the review.
 */
export function signUpAnswers(event: MeetingEvent, n: number): string[] {
  const answers = fieldsOf(event).map((field) => {
    switch (field.kind) {
      case 'name':
        return personName(n);
      case 'email':
        return `p${n}@example.dk`;
      case 'phone':
        return `20 30 40 ${String(10 + (n % 80))}`;
      case 'organisation':
        return `Forening nr. ${n}`;
      case 'choice':
        return field.choices[n % field.choices.length]!.label.da ?? Object.values(field.choices[n % field.choices.length]!.label)[0]!;
      case 'text':
        return field.optional ? 'spring over' : `Tekst ${n}`;
    }
  });
  return ['ja', ...answers, 'ja'];
}
