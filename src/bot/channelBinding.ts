import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { DateTime } from 'luxon';
import type { EventCatalogue } from '../event/catalogue';
import { formatWhen, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { auditIdOf, type Identity } from '../identity';
import type { Logger } from '../log';
import type { OrganiserDirectory } from '../organisers/authorization';
import { reply } from '../replies';
import type { BindingStore, ChannelBinding } from '../storage/port';
import { eventsNamed } from '../understanding/eventNames';
import { tokenize } from '../understanding/normalize';
import { eventIdIn } from './deepLinks';
import type { DialogState } from '../../dialogs/dialog';
import type { Reply } from '../replies';

export type PlaceScope = 'channel' | 'team' | 'chat';

/** Somewhere a meeting can be bound: a Teams channel, a whole team, or a group chat. */
export interface Place {
  /** The store's key: `<channel>:<scope>:<id>`. */
  key: string;
  scope: PlaceScope;
}

const MAX_ID_LENGTH = 512;
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : undefined;

/**
 * The places a message was written in, most specific first: a Teams channel message is in its channel and its
 * team (a reply in a thread too: the channel id, not the thread's conversation id); a group chat message is in its
 * chat. Personal chats and other channels have no place to bind: empty.
 */
export function placesOf(activity: Partial<Activity>): Place[] {
  if (activity.channelId !== 'msteams') return [];
  const data = activity.channelData as { channel?: { id?: unknown }; team?: { id?: unknown } } | undefined;
  const type = activity.conversation?.conversationType;
  if (type === 'channel') {
    const channel = idOf(data?.channel?.id) ?? idOf(activity.conversation?.id?.split(';')[0]);
    const team = idOf(data?.team?.id);
    return [
      ...(channel ? [{ key: `msteams:channel:${channel}`, scope: 'channel' as const }] : []),
      ...(team ? [{ key: `msteams:team:${team}`, scope: 'team' as const }] : []),
    ];
  }
  if (type === 'groupChat') {
    const chat = idOf(activity.conversation?.id);
    return chat ? [{ key: `msteams:chat:${chat}`, scope: 'chat' }] : [];
  }
  return [];
}

const words = (text: string) => tokenize(text).map((token) => token.folded);

/**
 * A command about this place rather than a question about a meeting: "brug dette møde her" / "use the Vestby forum
 * here" binds, "brug ikke mødet her" / "don't use this meeting here" / "unbind" unbinds. Only short messages: a
 * question that happens to contain such words is still a question.
 */
export function placeCommandOf(text: string): 'bind' | 'unbind' | undefined {
  const w = words(text);
  if (w.length === 0 || w.length > 14) return undefined;
  const line = ` ${w.join(' ')} `;
  const here = /\b(her|here|kanal\w*|channel|team|teamet|chat\w*)\b/.test(line);
  const meeting = /\b(mode\w*|meeting|event|binding\w*|tilknytning\w*)\b/.test(line);
  if (/ unbind /.test(line)) return 'unbind';
  if (/ (brug|bruge) (ikke|intet|ingen) /.test(line) && (here || meeting)) return 'unbind';
  if (/ stop (med at )?(bruge|brug) /.test(line) && here) return 'unbind';
  if (/ (don t|do not|stop|no longer) (use|using) /.test(line) && here) return 'unbind';
  if (
    / (fjern|ophev|glem|slip|afkobl\w*|remove|clear|forget|detach|unlink) /.test(line) &&
    meeting &&
    (here || /binding|tilknytning/.test(line))
  )
    return 'unbind';
  if (/ (no|intet|ingen) (meeting|event|mode) (here|her) /.test(line)) return 'unbind';
  if (/^ (brug|use) /.test(line) && !/^ brug af /.test(line) && here) return 'bind';
  if (/ (knyt|bind|link|tie) /.test(line) && here) return 'bind';
  return undefined;
}

/** "… for hele teamet" / "… for the whole team": the team, not only this channel. */
const wantsTeam = (text: string) => words(text).some((word) => word === 'team' || word === 'teamet');

/** Which of the places a command is about: the team when it says so, else the most specific. */
function targetOf(places: Place[], text: string): Place | undefined {
  return (wantsTeam(text) ? places.find((place) => place.scope === 'team') : undefined) ?? places[0];
}

/** A short, stable reference to a place for the audit log: correlates entries without spelling out Teams ids. */
const placeRef = (place: Place) => createHash('sha256').update(place.key).digest('hex').slice(0, 16);

/** The bindings as the router uses them: which event a place is bound to, bind, unbind. */
export class ChannelBindings {
  constructor(
    private readonly store: BindingStore,
    private readonly log: Logger,
  ) {}

  /**
   * The binding in force where a message was written: the most specific place's. null when there is none;
   * undefined when the store cannot say now (then nothing changes: questions are still answered).
   */
  async inForce(places: Place[]): Promise<{ place: Place; binding: ChannelBinding } | null | undefined> {
    try {
      return await this.find(places);
    } catch (error) {
      this.log.warn({ err: error }, 'could not read the channel binding; answering without it');
      return undefined;
    }
  }

  /** The most specific of these places' bindings, or null; a store fault is thrown (StoreUnavailableError). */
  async find(places: Place[]): Promise<{ place: Place; binding: ChannelBinding } | null> {
    if (places.length === 0) return null;
    const found = await Promise.all(places.map((place) => this.store.get(place.key)));
    const index = found.findIndex((binding) => binding !== undefined);
    return index < 0 ? null : { place: places[index]!, binding: found[index]! };
  }

  bind(place: Place, event: MeetingEvent, now: DateTime): Promise<void> {
    return this.store.put({ place: place.key, eventId: event.id, boundAt: now.toUTC().toISO()! });
  }

  unbind(place: Place): Promise<boolean> {
    return this.store.delete(place.key);
  }
}

/** What binding commands need from the router. */
export interface BindingDeps {
  catalogue: EventCatalogue;
  bindings: ChannelBindings;
  organisers(event: MeetingEvent | undefined): OrganiserDirectory;
  log: Logger;
}

/** What of a conversation's memory binding reads and changes (the router's Memory has these and more). */
export interface BindingMemory {
  eventId?: string;
  boundEventId?: string;
  dialog?: DialogState;
}

type Result<M> = { replies: Reply[]; memory: M };

export interface BindingTurn {
  text: string;
  identity: Identity;
  channelId: string;
  places: Place[];
  now: DateTime;
  lang: Lang;
}

function audit(
  deps: BindingDeps,
  turn: BindingTurn,
  action: 'orgBind' | 'orgUnbind',
  place: Place | undefined,
  eventId: string | undefined,
  allowed: boolean,
): void {
  const entry = {
    action,
    actor: auditIdOf(turn.identity),
    eventId,
    channel: turn.channelId,
    place: place ? placeRef(place) : undefined,
    scope: place?.scope,
    allowed,
  };
  deps.log.info({ audit: entry }, allowed ? 'channel binding changed' : 'organiser request refused');
}

/**
 * "brug dette møde her": an organiser binds the channel (or the whole team, or the group chat) to one of their
 * events — the one named, the only one they organise, or the one they pick from a card of theirs. `chosen` is a pick
 * from that card, checked again: anyone in the channel can press its buttons.
 */
export async function bindHere<M extends BindingMemory>(
  deps: BindingDeps,
  turn: BindingTurn,
  memory: M,
  chosen?: MeetingEvent,
): Promise<Result<M>> {
  const e = messages(turn.lang).events;
  const say = (text: string, next: M = memory): Result<M> => ({ replies: [reply(text, turn.lang)], memory: next });
  const isOrganiser = (event: MeetingEvent) => deps.organisers(event).isOrganiser(turn.identity);
  const place = targetOf(turn.places, turn.text);
  const all = deps.catalogue.all();
  if (!all.some(isOrganiser)) {
    audit(deps, turn, 'orgBind', place, undefined, false);
    return say(e.bindOnlyOrganisers);
  }
  if (!place) return say(e.bindOnlyShared);
  // "… for hele teamet" says where, not which meeting (an online meeting's venue may be called Teams).
  const named = eventsNamed(all, turn.text.replace(/\b(for|i|in|to)?\s*(hele|the whole|the)?\s*team(et)?\b/giu, ' '));
  const event = chosen ?? deps.catalogue.byId(eventIdIn(turn.text)) ?? (named.length === 1 ? named[0] : undefined);
  if (event && !isOrganiser(event)) {
    audit(deps, turn, 'orgBind', place, event.id, false);
    return say(e.bindOnlyOrganisers);
  }
  if (!event) {
    const own = deps.catalogue.upcoming(turn.now).filter(isOrganiser);
    if (own.length === 0) return say(e.bindNone);
    if (own.length > 1) {
      const options = own.map((candidate) => ({
        id: candidate.id,
        label: e.option(titleOf(candidate, turn.lang), formatWhen(candidate, turn.lang)),
      }));
      return {
        replies: [reply(e.bindChoose, turn.lang, { card: { kind: 'events', title: e.bindChoose, options } })],
        memory: {
          ...memory,
          dialog: {
            kind: 'chooseEvent',
            lang: turn.lang,
            purpose: 'bind',
            pendingText: turn.text,
            options: own.map((candidate) => candidate.id),
          },
        },
      };
    }
    return bindHere(deps, turn, memory, own[0]);
  }
  await deps.bindings.bind(place, event, turn.now);
  audit(deps, turn, 'orgBind', place, event.id, true);
  return say(e.bound(titleOf(event, turn.lang), place.scope), { ...memory, dialog: undefined, eventId: event.id, boundEventId: event.id });
}

/** "brug ikke mødet her": an organiser of the bound event (or one listed in ORGANISER_IDS) removes the binding in force. */
export async function unbindHere<M extends BindingMemory>(deps: BindingDeps, turn: BindingTurn, memory: M): Promise<Result<M>> {
  const e = messages(turn.lang).events;
  const say = (text: string, next: M = memory): Result<M> => ({ replies: [reply(text, turn.lang)], memory: next });
  if (turn.places.length === 0) return say(e.bindOnlyShared);
  const wanted = wantsTeam(turn.text) ? turn.places.filter((place) => place.scope === 'team') : turn.places;
  const found = await deps.bindings.find(wanted);
  const event = found ? deps.catalogue.byId(found.binding.eventId) : undefined;
  // Nothing bound: any organiser hears so. Bound to an event no longer served: the organisers of every event may undo it.
  const allowed = found
    ? deps.organisers(event).isOrganiser(turn.identity)
    : deps.catalogue.all().some((candidate) => deps.organisers(candidate).isOrganiser(turn.identity));
  if (!allowed) {
    audit(deps, turn, 'orgUnbind', found?.place ?? wanted[0], found?.binding.eventId, false);
    return say(e.bindOnlyOrganisers);
  }
  if (!found) return say(e.notBound);
  await deps.bindings.unbind(found.place);
  audit(deps, turn, 'orgUnbind', found.place, found.binding.eventId, true);
  const next: M = { ...memory };
  if (next.eventId === found.binding.eventId) delete next.eventId;
  delete next.boundEventId;
  return say(e.unbound(event ? titleOf(event, turn.lang) : found.binding.eventId, found.place.scope), next);
}
