import type { DateTime } from 'luxon';
import type { DialogEnv, DialogInput, DialogState, MemberProfile, Submit } from '../../dialogs/dialog';
import { continueFaqAnswer, questionRequest, type ShownLists } from '../../dialogs/faqAnswer';
import { continueConfirm, showRegistrations, startCancel, startDelete } from '../../dialogs/manage';
import { continueSignUp, othersReply, startSignUp } from '../../dialogs/signUp';
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
import { organiserRequest, overview } from '../organisers/requests';
import { chatSignUpOpen } from '../event/window';
import { commandLanguage, faqCommandOf } from '../questions/requests';
import { NOTICE_DAYS, type QuestionService } from '../questions/service';
import type { RegistrationService } from '../registrations/service';
import { reply, type Reply } from '../replies';
import type { EventKnowledge } from '../understanding/knowledge';
import type { Request } from '../understanding/lexicon/requests';
import { eventsNamed } from '../understanding/eventNames';
import { understand } from '../understanding/understand';
import type { FollowUpContext, Understanding } from '../understanding/frame';
import { bindHere, placeCommandOf, unbindHere, type ChannelBindings, type Place } from './channelBinding';
import { eventIdIn } from './deepLinks';
import { INTENTS } from './intents';
import { welcomeReplies } from './welcome';

/** What the bot remembers of a conversation between messages (in its conversation state). */
export interface Memory extends ShownLists {
  /** The meeting this conversation is about. */
  eventId?: string;
  dialog?: DialogState;
  /** The last question's topics, items and language, for follow-ups. */
  followUp?: FollowUpContext;
  /** The last question, for "og på engelsk?". */
  lastQuestion?: string;
  toldOriginalLanguage?: boolean;
  lang?: Lang;
  /** The event this place was bound to when last looked at: a new or removed binding applies once, then choices rule. */
  boundEventId?: string;
  /** The event a deep link last opened this conversation on: a new link applies once, then choices rule. */
  linkedEventId?: string;
  /** The conversation has been welcomed (Web Chat: the join event and the member-added update each try). */
  welcomed?: boolean;
  /** The question the last answer answered, for "Var det svaret? 👍 / 👎". */
  answered?: { eventId: string; question: string; topic?: string; lang: Lang };
  /** A question asked here may still be answered by the organisers until then: the bot looks when the person writes. */
  awaitingAnswerUntil?: string;
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
  /** The Teams channel and team, or group chat, the message was written in (most specific first); none elsewhere. */
  places?: Place[];
  /** Whether the channel takes file attachments from the bot. */
  filesAllowed: boolean;
  profile(): Promise<MemberProfile | undefined>;
  /** Where to write to the person later (a personal chat's conversation reference, no names); never in a channel or group. */
  address?: Record<string, unknown>;
  /** The conversation's state could not be read: answer from the invitation, record nothing. */
  withoutState?: boolean;
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
  /** Channel bindings; without them no place is bound. */
  bindings?: ChannelBindings;
  /** Unanswered questions and the organisers' answers to them. */
  questions: QuestionService;
  /** Brings what the bot knows up to date with answers added on any instance (awaited before every turn). */
  refreshKnowledge?(): Promise<void>;
}

export interface TurnResult {
  replies: Reply[];
  memory: Memory;
  /** The request involves personal data and was asked in a group: the bot moves it to a 1:1 chat. */
  divert?: boolean;
  /** "slet mine data" was confirmed: the bot erases the person's state everywhere. */
  erase?: boolean;
  /** An organiser answered invitees' questions of this event: those who asked are owed the answer. */
  answered?: string;
  /** The replies say the invitation does not answer the message. */
  dontKnow?: boolean;
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
    await this.applyContext(input, next);
    const lang = next.lang ?? input.hint ?? 'da';
    await this.deps.refreshKnowledge?.();
    // A Teams deep link's message ends with the event's id: the conversation starts afresh on that meeting.
    const linked = input.submit ? undefined : this.deps.catalogue.byId(eventIdIn(input.text));
    if (linked)
      return {
        replies: welcomeReplies(this.deps.catalogue, now, lang, linked),
        memory: { ...next, eventId: linked.id, dialog: undefined },
      };

    if (input.submit) {
      const handled = await this.submit(input, next, lang, now);
      if (handled) return handled;
    }
    if (next.dialog) {
      const result = await this.continueDialog(input, next, lang, now);
      if (result) return result;
    }
    // "👍"/"👎" under an answer (a suggested action sends it as text).
    const helpful = /^\s*(👍|👎)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?\s*$/u.exec(input.text)?.[1];
    if (helpful && next.answered) return this.feedback(input, next, helpful === '👍');
    return this.fresh(input, next, now);
  }

  /**
   * What the place and the link say about the meeting: a channel's binding, else a deep link's event. Each applies when
   * it first appears or changes — so a rebinding reaches every thread — and then the conversation's own choices
   * ("skift møde", a meeting named) rule. A removed binding takes its event with it; a store that cannot say changes
   * nothing.
   */
  private async applyContext(input: TurnInput, memory: Memory): Promise<void> {
    if (this.deps.bindings && input.places?.length) {
      const found = await this.deps.bindings.inForce(input.places);
      const bound = found?.binding.eventId;
      if (found !== undefined && bound !== memory.boundEventId) {
        if (bound && this.deps.catalogue.byId(bound)) {
          memory.eventId = bound;
          memory.boundEventId = bound;
        } else {
          if (memory.eventId === memory.boundEventId) delete memory.eventId;
          delete memory.boundEventId;
        }
      }
    }
    const hint = input.eventHint;
    if (hint && hint !== memory.linkedEventId && this.deps.catalogue.byId(hint)) {
      memory.eventId = hint;
      memory.linkedEventId = hint;
    }
  }

  private bindingTurn(input: TurnInput, lang: Lang, now: DateTime) {
    return { text: input.text, identity: input.identity, channelId: input.channelId, places: input.places ?? [], now, lang };
  }

  private bindingDeps() {
    return {
      catalogue: this.deps.catalogue,
      bindings: this.deps.bindings!,
      organisers: (event: MeetingEvent | undefined) => this.deps.organisers(event),
      log: this.deps.log,
    };
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
        const answer = composeAnswer(understanding.frames, {
          event,
          knowledge: this.deps.knowledge(event),
          now: this.deps.clock(),
          lang: understanding.lang,
        });
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
      const choosing = memory.dialog?.kind === 'chooseEvent' ? memory.dialog : undefined;
      if (choosing?.purpose === 'bind' && this.deps.bindings) {
        return bindHere(
          this.bindingDeps(),
          this.bindingTurn({ ...input, text: choosing.pendingText ?? '' }, choosing.lang, now),
          { ...memory, dialog: undefined },
          event,
        );
      }
      const pending = choosing?.pendingText;
      const next: Memory = { ...memory, eventId: event.id, dialog: undefined };
      if (pending) return this.fresh({ ...input, text: pending, submit: undefined }, next, now, event);
      return { replies: [reply(messages(lang).events.chosen(titleOf(event, lang), formatWhen(event, lang)), lang)], memory: next };
    }
    if (submit.action === 'signUp') {
      const event = this.deps.catalogue.byId(submit.eventId ?? memory.eventId) ?? this.defaultEvent(now);
      return this.request('signUp', input, { ...memory, dialog: undefined, eventId: event?.id ?? memory.eventId }, lang, now, [], false);
    }
    if (submit.action === 'feedback') return this.feedback(input, memory, submit.helpful);
    if (!memory.dialog) return { replies: [reply(messages(lang).staleCard, lang)], memory };
    return undefined;
  }

  private async continueDialog(input: TurnInput, memory: Memory, lang: Lang, now: DateTime): Promise<TurnResult | undefined> {
    const dialog = memory.dialog!;
    const dialogInput: DialogInput = { text: input.text, submit: input.submit, lang: dialog.kind === 'chooseEvent' ? lang : dialog.lang };
    const env = this.dialogEnv(input);
    if (dialog.kind === 'chooseEvent') {
      const offered = dialog.options?.map((id) => this.deps.catalogue.byId(id)).filter((event) => event !== undefined);
      const choices = offered ?? this.deps.catalogue.upcoming(now);
      const named = eventsNamed(offered ?? this.deps.catalogue.all(), input.text);
      const byNumber = /^\s*(\d{1,2})\s*$/.exec(input.text)?.[1];
      const chosen = named.length === 1 ? named[0] : byNumber ? choices[Number(byNumber) - 1] : undefined;
      if (!chosen) return this.fresh(input, { ...memory, dialog: undefined }, now);
      if (dialog.purpose === 'bind' && this.deps.bindings) {
        return bindHere(
          this.bindingDeps(),
          this.bindingTurn({ ...input, text: dialog.pendingText ?? '' }, lang, now),
          { ...memory, dialog: undefined },
          chosen,
        );
      }
      const next: Memory = { ...memory, eventId: chosen.id, dialog: undefined };
      if (dialog.pendingText) return this.fresh({ ...input, text: dialog.pendingText }, next, now, chosen);
      // Chosen by a question that names it ("hvor var mødet i Nordby?"): answered, not only acknowledged.
      if (named.length === 1) return this.fresh(input, next, now, chosen);
      return { replies: [reply(messages(lang).events.chosen(titleOf(chosen, lang), formatWhen(chosen, lang)), lang)], memory: next };
    }
    const result =
      dialog.kind === 'signUp'
        ? await continueSignUp(dialog, dialogInput, env)
        : dialog.kind === 'faqAnswer'
          ? await continueFaqAnswer(dialog, dialogInput, env, this.deps.questions, (event) =>
              this.deps.organisers(event).isOrganiser(input.identity),
            )
          : await continueConfirm(dialog, dialogInput, env, this.deps.catalogue.all());
    const next: Memory = { ...memory, dialog: result.state };
    if (result.reroute) {
      const rerouted = await this.fresh({ ...input, submit: undefined }, { ...next, dialog: undefined }, now);
      return { ...rerouted, replies: [...result.replies, ...rerouted.replies] };
    }
    // "slet mine data": who to tell about answered questions goes too.
    if (result.erase) await this.deps.questions.deleteUserData(this.deps.catalogue.all(), input.identity);
    const answered = (result as { answered?: string }).answered;
    return { replies: result.replies, memory: next, erase: result.erase, ...(answered ? { answered } : {}) };
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

  /** A message handled afresh; `chosen` is the meeting just picked for it from a choice card. */
  private async fresh(input: TurnInput, memory: Memory, now: DateTime, chosen?: MeetingEvent): Promise<TurnResult> {
    const event = chosen ?? this.eventFor(input.text, memory, now);
    // Understood with the event's own words; with no event known yet, with the soonest one's (for requests and small talk).
    const knowledgeEvent = event ?? this.deps.catalogue.upcoming(now)[0] ?? this.deps.catalogue.all()[0];
    const lang0 = memory.lang ?? input.hint;
    if (!knowledgeEvent) return { replies: [reply(messages(lang0 ?? 'da').events.none, lang0 ?? 'da')], memory };
    const understanding = understand(input.text, this.deps.knowledge(knowledgeEvent), {
      hint: input.hint,
      context: { ...memory.followUp, lang: memory.lang },
      year: now.year,
    });
    const lang = understanding.lang;
    const next: Memory = { ...memory, lang };
    const named = eventsNamed(this.deps.catalogue.all(), input.text).length === 1;
    if (event && event.id !== memory.eventId && named) next.eventId = event.id;
    // "brug … her" / "brug ikke mødet her": about this channel or chat, not about a meeting.
    const placeCommand = placeCommandOf(input.text);
    if (placeCommand && this.deps.bindings) {
      const turn = this.bindingTurn(input, lang, now);
      return placeCommand === 'bind' ? bindHere(this.bindingDeps(), turn, memory) : unbindHere(this.bindingDeps(), turn, memory);
    }
    // "svar på 2: …": an organiser's command, whatever the answer after it says.
    const command = faqCommandOf(input.text);
    if (command) {
      const commandLang = commandLanguage(input.text, command, { previous: memory.lang, hint: input.hint });
      return this.request(command.request, input, { ...next, lang: commandLang }, commandLang, now, [], false);
    }
    // Only a meeting named ("mødet i Nordby"): that is the meeting from now on, said back with its date.
    if (event && named && understanding.kind === 'question' && understanding.frames.length === 0) {
      return {
        replies: [reply(messages(lang).events.chosen(titleOf(event, lang), formatWhen(event, lang)), lang)],
        memory: { ...next, eventId: event.id },
      };
    }
    switch (understanding.kind) {
      case 'empty':
        return { replies: [reply(messages(lang).emptyMessage, lang)], memory: next };
      case 'smallTalk':
        return { replies: [this.smallTalk(understanding.smallTalk, event, lang, now)], memory: next };
      case 'request':
        return this.request(
          understanding.request,
          input,
          next,
          lang,
          now,
          understanding.frames.length > 0 ? [understanding] : [],
          understanding.others ?? false,
          chosen,
        );
      case 'question':
        return this.question(understanding, input, next, event, now);
    }
  }

  private smallTalk(
    kind: Extract<Understanding, { kind: 'smallTalk' }>['smallTalk'],
    event: MeetingEvent | undefined,
    lang: Lang,
    now: DateTime,
  ): Reply {
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

  /**
   * Several upcoming meetings and no clue which one: ask once, with a card, and handle the message after the answer.
   * `among` narrows the choice (the meetings one is registered for, or organises) and says so.
   */
  private chooseEvent(
    text: string,
    memory: Memory,
    lang: Lang,
    now: DateTime,
    among?: { events: MeetingEvent[]; title: string },
  ): TurnResult {
    const e = messages(lang).events;
    const upcoming = this.deps.catalogue.upcoming(now);
    const events = among?.events ?? (upcoming.length > 0 ? upcoming : this.deps.catalogue.all());
    const options = events.map((event) => ({ id: event.id, label: e.option(titleOf(event, lang), formatWhen(event, lang)) }));
    const title = among?.title ?? e.choose(options.length);
    return {
      replies: [reply(title, lang, { card: { kind: 'events', title, options } })],
      memory: {
        ...memory,
        dialog: {
          kind: 'chooseEvent',
          lang,
          pendingText: text || undefined,
          ...(among ? { options: events.map((event) => event.id) } : {}),
        },
      },
    };
  }

  /**
   * The meeting an organiser's request is about: the one named (theirs or not: refused then); else the conversation's
   * if they organise it; else their only upcoming one; several of theirs: they choose. undefined: none of theirs.
   */
  private organiserEvent(input: TurnInput, memory: Memory, now: DateTime): MeetingEvent | MeetingEvent[] | undefined {
    const isOrganiser = (event: MeetingEvent) => this.deps.organisers(event).isOrganiser(input.identity);
    const named = eventsNamed(this.deps.catalogue.all(), input.text);
    if (named.length === 1) return named[0];
    const current = this.deps.catalogue.byId(memory.eventId) ?? this.defaultEvent(now);
    if (current && isOrganiser(current)) return current;
    const own = this.deps.catalogue.upcoming(now).filter(isOrganiser);
    if (own.length > 1) return own;
    return own[0] ?? current;
  }

  private async question(
    understanding: Extract<Understanding, { kind: 'question' }>,
    input: TurnInput,
    memory: Memory,
    event: MeetingEvent | undefined,
    now: DateTime,
  ): Promise<TurnResult> {
    const lang = understanding.lang;
    if (!event) return this.chooseEvent(input.text, memory, lang, now);
    const answer = composeAnswer(understanding.frames, {
      event,
      knowledge: this.deps.knowledge(event),
      now,
      lang,
      toldOriginalLanguage: memory.toldOriginalLanguage,
    });
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
    // What the invitation does not answer is kept for the organisers (not again for "og på engelsk?").
    if (answer.unanswered.length > 0 && input.text !== memory.lastQuestion && !input.withoutState) {
      const topics = new Map(understanding.frames.map((frame) => [frame.clause, frame.topic]));
      await this.recordQuestions(
        event,
        answer.unanswered.map((clause) => ({ text: clause, topic: topics.get(clause) })),
        lang,
        'unanswered',
        input,
        next,
      );
    }
    // "Var det svaret? 👍 / 👎" under an answer that says something (a plain "I don't know" is recorded already).
    const feedback = answer.kind !== 'dontKnow';
    if (feedback)
      next.answered = {
        eventId: event.id,
        question: input.text,
        lang,
        ...(understanding.frames[0]?.topic ? { topic: understanding.frames[0].topic } : {}),
      };
    else delete next.answered;
    return {
      replies: [
        reply(text, lang, {
          ...(answer.programmeCard ? { card: { kind: 'programme', eventId: event.id } } : {}),
          ...(feedback ? { feedback: true } : {}),
        }),
      ],
      memory: next,
      ...(answer.kind === 'dontKnow' ? { dontKnow: true } : {}),
    };
  }

  /**
   * Keeps questions for the organisers. A store that cannot be written loses the record, never the answer, and delays
   * it by a second at most (the write goes on meanwhile). Asked in a personal chat, the conversation remembers for 14
   * days to look for the answer when the person writes (nobody else pays for that look-up).
   */
  private async recordQuestions(
    event: MeetingEvent,
    clauses: Array<{ text: string; topic?: string }>,
    lang: Lang,
    reason: 'unanswered' | 'feedback',
    input: TurnInput,
    next: Memory,
  ): Promise<void> {
    if (input.scope === 'personal' && input.address)
      next.awaitingAnswerUntil = this.deps.clock().plus({ days: NOTICE_DAYS }).toUTC().toISO()!;
    const recording = this.deps.questions
      .record(event, clauses, lang, reason, { identity: input.identity, address: input.scope === 'personal' ? input.address : undefined })
      .then(
        () => undefined,
        (error: unknown) => this.deps.log.warn({ err: error, eventId: event.id }, 'could not record an unanswered question'),
      );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([recording, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1_000)))]);
    clearTimeout(timer);
  }

  /** "👍"/"👎" (a button, or a reaction in Teams) under the last answer: 👎 keeps the question for the organisers. */
  async feedback(input: TurnInput, memory: Memory, helpful: boolean): Promise<TurnResult> {
    const answered = memory.answered;
    const next: Memory = { ...memory };
    delete next.answered;
    const lang = answered?.lang ?? memory.lang ?? input.hint ?? 'da';
    const f = messages(lang).feedback;
    const event = this.deps.catalogue.byId(answered?.eventId);
    if (!answered || !event) return { replies: [reply(messages(lang).smallTalk.acknowledgement, lang)], memory: next };
    if (helpful) return { replies: [reply(f.thanks, lang)], memory: next };
    await this.recordQuestions(event, [{ text: answered.question, topic: answered.topic }], lang, 'feedback', input, next);
    return { replies: [reply(f.recorded, lang)], memory: next };
  }

  private async request(
    request: Request,
    input: TurnInput,
    memory: Memory,
    lang: Lang,
    now: DateTime,
    questions: Understanding[],
    others: boolean,
    chosen?: MeetingEvent,
  ): Promise<TurnResult> {
    const needs = INTENTS[request];
    const m = messages(lang);
    if (request === 'orgBind') {
      if (!this.deps.bindings) return { replies: [reply(m.events.bindOnlyShared, lang)], memory };
      return bindHere(this.bindingDeps(), this.bindingTurn(input, lang, now), memory);
    }
    let event = chosen ?? (needs.event ? this.eventFor(input.text, memory, now) : this.deps.catalogue.byId(memory.eventId));
    if (needs.organiser && needs.event && !chosen) {
      const own = this.organiserEvent(input, memory, now);
      if (Array.isArray(own))
        return this.chooseEvent(input.text, memory, lang, now, { events: own, title: m.events.chooseOwn(own.length) });
      if (!own) {
        this.audit(request, input, undefined, false);
        return { replies: [reply(m.organiser.notOrganiser, lang)], memory };
      }
      event = own;
    }
    // "afmeld mig" finds its meeting among the person's registrations below.
    if (needs.event && !event && request !== 'cancelRegistration') return this.chooseEvent(input.text, memory, lang, now);
    if (needs.organiser) {
      const allowed =
        request === 'orgOverview'
          ? this.deps.catalogue.all().some((e) => this.deps.organisers(e).isOrganiser(input.identity))
          : this.deps.organisers(event).isOrganiser(input.identity);
      this.audit(request, input, event, allowed);
      if (!allowed) return { replies: [reply(m.organiser.notOrganiser, lang)], memory };
    }
    if (needs.privateChat && input.scope !== 'personal') return { replies: [reply(m.sentPrivately, lang)], memory, divert: true };
    const env = this.dialogEnv(input);
    switch (request) {
      case 'answerInLanguage': {
        const target: Lang = /engelsk|english/i.test(input.text)
          ? 'en'
          : /dansk|danish/i.test(input.text)
            ? 'da'
            : lang === 'da'
              ? 'en'
              : 'da';
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
        if (request === 'signUpOthers') return { replies: [othersReply(event!, lang, env, false)], memory };
        const result = await startSignUp(event!, lang, env, { others });
        const answered = questions.flatMap((u) => (u.kind === 'request' ? u.frames : []));
        const before = answered.length
          ? [reply(composeAnswer(answered, { event: event!, knowledge: this.deps.knowledge(event!), now, lang }).text, lang)]
          : [];
        return { replies: [...before, ...result.replies], memory: { ...memory, dialog: result.state } };
      }
      case 'changeRegistration': {
        const result = await startSignUp(event!, lang, env, { mode: 'change', fieldText: input.text });
        return { replies: result.replies, memory: { ...memory, dialog: result.state } };
      }
      case 'cancelRegistration': {
        const all = this.deps.catalogue.all();
        const named = eventsNamed(all, input.text);
        const mine = (await this.deps.registrations.registrationsOf(all, input.identity)).map((found) => found.event);
        // The meeting picked or named; else the only one the person is registered for; several and none named: ask which.
        const target =
          chosen ??
          (named.length === 1 ? named[0] : undefined) ??
          (mine.length === 1 ? mine[0] : undefined) ??
          (mine.length === 0 ? event : undefined);
        if (!target && mine.length > 1)
          return this.chooseEvent(input.text, memory, lang, now, { events: mine, title: m.events.chooseCancel(mine.length) });
        if (!target) return { replies: [reply(m.registration.notRegistered, lang)], memory };
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
        const result = await organiserRequest(
          request,
          { event: event!, lang, text: input.text, teams: input.channelId === 'msteams' },
          this.deps.reports,
        );
        this.deps.log.info(
          {
            audit: {
              action: request,
              actor: auditIdOf(input.identity),
              eventId: event!.id,
              channel: input.channelId,
              rows: result.rows,
              allowed: true,
            },
          },
          'organiser data accessed',
        );
        return { replies: result.replies, memory };
      }
      case 'orgUnanswered':
      case 'orgAnswer':
      case 'orgShowAnswers':
      case 'orgEditAnswer':
      case 'orgRemoveAnswer': {
        const result = await questionRequest(request, { event: event!, lang, text: input.text, shown: memory }, this.deps.questions);
        this.deps.log.info(
          {
            audit: {
              action: request,
              actor: auditIdOf(input.identity),
              eventId: event!.id,
              channel: input.channelId,
              rows: result.rows,
              allowed: true,
            },
          },
          'organiser data accessed',
        );
        return { replies: result.replies, memory: { ...memory, ...result.shown, dialog: result.state } };
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
      replies: [
        reply(e.list(options.map((o, i) => `${i + 1}. ${o.label}`)), lang, {
          card: { kind: 'events', title: e.choose(options.length), options },
        }),
      ],
      memory: { ...memory, dialog: { kind: 'chooseEvent', lang } },
    };
  }

  private audit(action: string, input: TurnInput, event: MeetingEvent | undefined, allowed: boolean): void {
    const entry = { action, actor: auditIdOf(input.identity), eventId: event?.id, channel: input.channelId, allowed };
    if (allowed) return;
    this.deps.log.info({ audit: entry }, 'organiser request refused');
  }
}
