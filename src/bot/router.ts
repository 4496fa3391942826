import type { DateTime } from 'luxon';
import type { DialogEnv, DialogInput, DialogState, MemberProfile, Submit } from '../../dialogs/dialog';
import { continueConfirm, showRegistrations, startCancel, startDelete } from '../../dialogs/manage';
import { continueSignUp, startSignUp } from '../../dialogs/signUp';
import { composeAnswer } from '../answers/compose';
import type { Clock } from '../clock';
import type { EventCatalogue } from '../event/catalogue';
import { formatWhen, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { auditIdOf, type Identity } from '../identity';
import type { Logger } from '../log';
import type { OrganiserDirectory } from '../organisers/authorization';
import type { OrganiserReports } from '../organisers/reports';
import { organiserRequest, overview, type OrganiserRequest } from '../organisers/requests';
import { chatSignUpOpen } from '../event/window';
import type { RegistrationService } from '../registrations/service';
import { reply, type Reply } from '../replies';
import type { EventKnowledge } from '../understanding/knowledge';
import type { Request } from '../understanding/lexicon/requests';
import { eventsNamed } from '../understanding/eventNames';
import { understand, type FollowUpContext, type Understanding } from '../understanding/understand';
import { INTENTS } from './intents';

/** What the bot remembers of a conversation between messages (in its conversation state). */
export interface Memory {
  /** The meeting this conversation is about. */
  eventId?: string;
  dialog?: DialogState;
  /** The last question's topics, items and language, for follow-ups. */
  followUp?: FollowUpContext;
  /** The last question, for "og på engelsk?". */
  lastQuestion?: string;
  toldOriginalLanguage?: boolean;
  lang?: Lang;
}

/** One message as the router sees it: the bot has cleaned the text and found who wrote it, and where. */
export interface TurnInput {
  text: string;
  submit?: Submit;
  identity: Identity;
  /** The client's locale, as a hint. */
  hint?: Lang;
  channelId: string;
  scope: 'personal' | 'group';
  /** An event named by a deep link (`?event=<id>`), or just chosen on the card of meetings. */
  eventHint?: string;
  /** Whether the channel takes file attachments from the bot. */
  filesAllowed: boolean;
  profile(): Promise<MemberProfile | undefined>;
}

export interface RouterDeps {
  catalogue: EventCatalogue;
  knowledge(event: MeetingEvent): EventKnowledge;
  registrations: RegistrationService;
  reports: OrganiserReports;
  organisers(event: MeetingEvent | undefined): OrganiserDirectory;
  clock: Clock;
  log: Logger;
  retentionDays: number;
  calendarUrl(event: MeetingEvent): string | undefined;
}

export interface TurnResult {
  replies: Reply[];
  memory: Memory;
  /** The request involves personal data and was asked in a group: the bot moves it to a 1:1 chat. */
  divert?: boolean;
  /** "slet mine data" was confirmed: the bot erases the person's state everywhere. */
  erase?: boolean;
}

/**
 * The one place that decides where a message goes. In order: a card's button; a dialog waiting for an answer; which
 * meeting the message is about; then what it is — small talk, a request from the intent table (checked for what it
 * needs: an event, a private chat, an organiser), or questions, answered from the invitation.
 */
export class Router {
  constructor(private readonly deps: RouterDeps) {}

  async route(input: TurnInput, memory: Memory): Promise<TurnResult> {
    const now = this.deps.clock();
    const next: Memory = { ...memory };
    if (next.eventId && !this.deps.catalogue.byId(next.eventId)) delete next.eventId;
    if (input.eventHint && this.deps.catalogue.byId(input.eventHint)) next.eventId = input.eventHint;
    const lang = next.lang ?? input.hint ?? 'da';

    if (input.submit) {
      const handled = await this.submit(input, next, lang, now);
      if (handled) return handled;
    }
    if (next.dialog) {
      const result = await this.continueDialog(input, next, lang, now);
      if (result) return result;
    }
    return this.fresh(input, next, now);
  }

  private dialogEnv(input: TurnInput): DialogEnv {
    return {
      event: (id) => this.deps.catalogue.byId(id),
      knowledge: (event) => this.deps.knowledge(event),
      registrations: this.deps.registrations,
      now: () => this.deps.clock(),
      identity: input.identity,
      channelId: input.channelId,
      retentionDays: this.deps.retentionDays,
      calendarUrl: (event) => this.deps.calendarUrl(event),
      filesAllowed: input.filesAllowed,
      profile: () => input.profile(),
      log: this.deps.log,
      answerQuestion: (text, event, lang) => {
        const understanding = understand(text, this.deps.knowledge(event), { hint: lang, context: { lang } });
        if (understanding.kind !== 'question') return undefined;
        const answer = composeAnswer(understanding.frames, { event, knowledge: this.deps.knowledge(event), now: this.deps.clock(), lang: understanding.lang });
        return [reply(answer.text, understanding.lang, answer.programmeCard ? { card: { kind: 'programme', eventId: event.id } } : {})];
      },
    };
  }

  /** A card's button: sign up, choose a meeting, or an answer a dialog waits for. */
  private async submit(input: TurnInput, memory: Memory, lang: Lang, now: DateTime): Promise<TurnResult | undefined> {
    const submit = input.submit!;
    if (submit.action === 'event') {
      const event = this.deps.catalogue.byId(submit.eventId);
      if (!event) return { replies: [reply(messages(lang).staleCard, lang)], memory };
      const pending = memory.dialog?.kind === 'chooseEvent' ? memory.dialog.pendingText : undefined;
      const next: Memory = { ...memory, eventId: event.id, dialog: undefined };
      if (pending) return this.fresh({ ...input, text: pending, submit: undefined, eventHint: event.id }, next, now);
      return { replies: [reply(messages(lang).events.chosen(titleOf(event, lang), formatWhen(event, lang)), lang)], memory: next };
    }
    if (submit.action === 'signUp') {
      const event = this.deps.catalogue.byId(submit.eventId ?? memory.eventId) ?? this.defaultEvent(now);
      return this.request('signUp', input, { ...memory, dialog: undefined, eventId: event?.id ?? memory.eventId }, lang, now, [], false);
    }
    if (!memory.dialog) return { replies: [reply(messages(lang).staleCard, lang)], memory };
    return undefined;
  }

  private async continueDialog(input: TurnInput, memory: Memory, lang: Lang, now: DateTime): Promise<TurnResult | undefined> {
    const dialog = memory.dialog!;
    const dialogInput: DialogInput = { text: input.text, submit: input.submit, lang: dialog.kind === 'chooseEvent' ? lang : dialog.lang };
    const env = this.dialogEnv(input);
    if (dialog.kind === 'chooseEvent') {
      const named = eventsNamed(this.deps.catalogue.all(), input.text);
      const byNumber = /^\s*(\d{1,2})\s*$/.exec(input.text)?.[1];
      const choices = this.deps.catalogue.upcoming(now);
      const chosen = named.length === 1 ? named[0] : byNumber ? choices[Number(byNumber) - 1] : undefined;
      if (!chosen) return this.fresh(input, { ...memory, dialog: undefined }, now);
      const next: Memory = { ...memory, eventId: chosen.id, dialog: undefined };
      if (dialog.pendingText) return this.fresh({ ...input, text: dialog.pendingText, eventHint: chosen.id }, next, now);
      return { replies: [reply(messages(lang).events.chosen(titleOf(chosen, lang), formatWhen(chosen, lang)), lang)], memory: next };
    }
    const result = dialog.kind === 'signUp' ? await continueSignUp(dialog, dialogInput, env) : await continueConfirm(dialog, dialogInput, env, this.deps.catalogue.all());
    const next: Memory = { ...memory, dialog: result.state };
    if (result.reroute) {
      const rerouted = await this.fresh({ ...input, submit: undefined }, { ...next, dialog: undefined }, now);
      return { ...rerouted, replies: [...result.replies, ...rerouted.replies] };
    }
    return { replies: result.replies, memory: next, erase: result.erase };
  }

  /** The event a conversation defaults to: the only upcoming one, or the only one there is. */
  private defaultEvent(now: DateTime): MeetingEvent | undefined {
    const upcoming = this.deps.catalogue.upcoming(now);
    if (upcoming.length === 1) return upcoming[0];
    const all = this.deps.catalogue.all();
    return all.length === 1 ? all[0] : undefined;
  }

  /** Which event a message is about: one it names, else the conversation's, else the default; undefined when unclear. */
  private eventFor(text: string, memory: Memory, now: DateTime): MeetingEvent | undefined {
    const named = eventsNamed(this.deps.catalogue.all(), text);
    if (named.length === 1) return named[0];
    return this.deps.catalogue.byId(memory.eventId) ?? this.defaultEvent(now);
  }

  private async fresh(input: TurnInput, memory: Memory, now: DateTime): Promise<TurnResult> {
    const event = this.eventFor(input.text, memory, now);
    // Understood with the event's own words; with no event known yet, with the soonest one's (for requests and small talk).
    const knowledgeEvent = event ?? this.deps.catalogue.upcoming(now)[0] ?? this.deps.catalogue.all()[0];
    const lang0 = memory.lang ?? input.hint;
    if (!knowledgeEvent) return { replies: [reply(messages(lang0 ?? 'da').events.none, lang0 ?? 'da')], memory };
    const understanding = understand(input.text, this.deps.knowledge(knowledgeEvent), { hint: input.hint, context: { ...memory.followUp, lang: memory.lang } });
    const lang = understanding.lang;
    const next: Memory = { ...memory, lang };
    if (event && event.id !== memory.eventId && eventsNamed(this.deps.catalogue.all(), input.text).length === 1) next.eventId = event.id;
    switch (understanding.kind) {
      case 'empty':
        return { replies: [reply(messages(lang).emptyMessage, lang)], memory: next };
      case 'smallTalk':
        return { replies: [this.smallTalk(understanding.smallTalk, event, lang, now)], memory: next };
      case 'request':
        return this.request(understanding.request, input, next, lang, now, understanding.frames.length > 0 ? [understanding] : [], understanding.others ?? false);
      case 'question':
        return this.question(understanding, input, next, event, now);
    }
  }

  private smallTalk(kind: Extract<Understanding, { kind: 'smallTalk' }>['smallTalk'], event: MeetingEvent | undefined, lang: Lang, now: DateTime): Reply {
    const s = messages(lang).smallTalk;
    const title = event ? titleOf(event, lang) : undefined;
    switch (kind) {
      case 'greeting':
        return reply(s.greeting(title), lang);
      case 'help':
        return reply(s.help(title, event ? chatSignUpOpen(event, now) : false), lang);
      case 'whatAreYou':
        return reply(s.whatAreYou(title), lang);
      default:
        return reply(s[kind], lang);
    }
  }

  /** Several upcoming meetings and no clue which one: ask once, with a card, and handle the message after the answer. */
  private chooseEvent(text: string, memory: Memory, lang: Lang, now: DateTime): TurnResult {
    const e = messages(lang).events;
    const upcoming = this.deps.catalogue.upcoming(now);
    const options = (upcoming.length > 0 ? upcoming : this.deps.catalogue.all()).map((event) => ({ id: event.id, label: e.option(titleOf(event, lang), formatWhen(event, lang)) }));
    return {
      replies: [reply(e.choose(options.length), lang, { card: { kind: 'events', title: e.choose(options.length), options } })],
      memory: { ...memory, dialog: { kind: 'chooseEvent', lang, pendingText: text || undefined } },
    };
  }

  private async question(understanding: Extract<Understanding, { kind: 'question' }>, input: TurnInput, memory: Memory, event: MeetingEvent | undefined, now: DateTime): Promise<TurnResult> {
    const lang = understanding.lang;
    if (!event) return this.chooseEvent(input.text, memory, lang, now);
    const answer = composeAnswer(understanding.frames, { event, knowledge: this.deps.knowledge(event), now, lang, toldOriginalLanguage: memory.toldOriginalLanguage });
    const severalUpcoming = this.deps.catalogue.upcoming(now).length > 1;
    // Every answer names its meeting when several are upcoming, so nobody mistakes one for another.
    const text = severalUpcoming ? `${messages(lang).events.about(titleOf(event, lang))}\n${answer.text}` : answer.text;
    const next: Memory = {
      ...memory,
      followUp: answer.memory,
      lastQuestion: input.text,
      toldOriginalLanguage: memory.toldOriginalLanguage || answer.quotedOtherLanguage || undefined,
      eventId: memory.eventId ?? (severalUpcoming ? event.id : undefined),
    };
    if (!next.toldOriginalLanguage) delete next.toldOriginalLanguage;
    if (!next.eventId) delete next.eventId;
    return { replies: [reply(text, lang, answer.programmeCard ? { card: { kind: 'programme', eventId: event.id } } : {})], memory: next };
  }

  private async request(request: Request, input: TurnInput, memory: Memory, lang: Lang, now: DateTime, questions: Understanding[], others: boolean): Promise<TurnResult> {
    const needs = INTENTS[request];
    const m = messages(lang);
    const event = needs.event ? this.eventFor(input.text, memory, now) : this.deps.catalogue.byId(memory.eventId);
    if (needs.event && !event) return this.chooseEvent(input.text, memory, lang, now);
    if (needs.organiser) {
      const allowed = request === 'orgOverview' ? this.deps.catalogue.all().some((e) => this.deps.organisers(e).isOrganiser(input.identity)) : this.deps.organisers(event).isOrganiser(input.identity);
      this.audit(request, input, event, allowed);
      if (!allowed) return { replies: [reply(m.organiser.notOrganiser, lang)], memory };
    }
    if (needs.privateChat && input.scope !== 'personal') return { replies: [reply(m.sentPrivately, lang)], memory, divert: true };
    const env = this.dialogEnv(input);
    switch (request) {
      case 'answerInLanguage': {
        const target: Lang = /engelsk|english/i.test(input.text) ? 'en' : /dansk|danish/i.test(input.text) ? 'da' : lang === 'da' ? 'en' : 'da';
        const last = memory.lastQuestion;
        // The last question's meeting: the conversation's, or the one a single-meeting deployment defaults to.
        const asked = event ?? this.defaultEvent(now);
        const speaks = { replies: [reply(messages(target).smallTalk.speakLanguage, target)], memory: { ...memory, lang: target } };
        if (!last || !asked) return speaks;
        const again = understand(last, this.deps.knowledge(asked), { hint: target, context: { lang: target } });
        if (again.kind !== 'question') return speaks;
        return this.question({ ...again, lang: target }, { ...input, text: last }, { ...memory, lang: target }, asked, now);
      }
      case 'listEvents':
        return this.listEvents(memory, lang, now);
      case 'signUp':
      case 'signUpOthers': {
        if (request === 'signUpOthers') return { replies: [reply(m.registration.others(''), lang)], memory };
        const result = await startSignUp(event!, lang, env, { others });
        const answered = questions.flatMap((u) => (u.kind === 'request' ? u.frames : []));
        const before = answered.length ? [reply(composeAnswer(answered, { event: event!, knowledge: this.deps.knowledge(event!), now, lang }).text, lang)] : [];
        return { replies: [...before, ...result.replies], memory: { ...memory, dialog: result.state } };
      }
      case 'changeRegistration': {
        const result = await startSignUp(event!, lang, env, { mode: 'change', fieldText: input.text });
        return { replies: result.replies, memory: { ...memory, dialog: result.state } };
      }
      case 'cancelRegistration': {
        const mine = await this.deps.registrations.registrationsOf(this.deps.catalogue.all(), input.identity);
        // The meeting named (in the text, by a link or just chosen on the card), else the only one registered for;
        // registered for several meetings and none named: ask which.
        const named = eventsNamed(this.deps.catalogue.all(), input.text);
        const explicit = named.length === 1 ? named[0] : this.deps.catalogue.byId(input.eventHint);
        const target = explicit ?? (mine.length === 1 ? mine[0]!.event : mine.length === 0 ? event : undefined);
        if (!target) return this.chooseEvent(input.text, { ...memory }, lang, now);
        const result = await startCancel(target, lang, env);
        return { replies: result.replies, memory: { ...memory, dialog: result.state } };
      }
      case 'myRegistration': {
        const result = await showRegistrations(this.deps.catalogue.all(), lang, env);
        return { replies: result.replies, memory };
      }
      case 'deleteData': {
        const result = startDelete(lang);
        return { replies: result.replies, memory: { ...memory, dialog: result.state } };
      }
      case 'orgCount':
      case 'orgBreakdown':
      case 'orgList':
      case 'orgExport':
      case 'orgTopics': {
        const result = await organiserRequest(request as OrganiserRequest, { event: event!, lang, text: input.text, teams: input.channelId === 'msteams' }, this.deps.reports);
        this.deps.log.info({ audit: { action: request, actor: auditIdOf(input.identity), eventId: event!.id, channel: input.channelId, rows: result.rows, allowed: true } }, 'organiser data accessed');
        return { replies: result.replies, memory };
      }
      case 'orgOverview': {
        const mine = this.deps.catalogue.upcoming(now).filter((e) => this.deps.organisers(e).isOrganiser(input.identity));
        return { replies: [await overview(mine, lang, this.deps.reports)], memory };
      }
      default:
        // Requests of features this deployment does not offer (yet) are answered as a question would be.
        return this.question({ kind: 'question', lang, frames: [] }, input, memory, event, now);
    }
  }

  private listEvents(memory: Memory, lang: Lang, now: DateTime): TurnResult {
    const e = messages(lang).events;
    const upcoming = this.deps.catalogue.upcoming(now);
    if (upcoming.length === 0) return { replies: [reply(this.deps.catalogue.all().length ? e.onlyPast : e.none, lang)], memory };
    const options = upcoming.map((event) => ({ id: event.id, label: e.option(titleOf(event, lang), formatWhen(event, lang)) }));
    return {
      replies: [reply(e.list(options.map((o, i) => `${i + 1}. ${o.label}`)), lang, { card: { kind: 'events', title: e.choose(options.length), options } })],
      memory: { ...memory, dialog: { kind: 'chooseEvent', lang } },
    };
  }

  private audit(action: string, input: TurnInput, event: MeetingEvent | undefined, allowed: boolean): void {
    const entry = { action, actor: auditIdOf(input.identity), eventId: event?.id, channel: input.channelId, allowed };
    if (allowed) return;
    this.deps.log.info({ audit: entry }, 'organiser request refused');
  }
}
