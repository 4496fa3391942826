import { randomUUID } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { Clock } from '../clock';
import { lastEndOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { personKeyOf, type Identity } from '../identity';
import { ConflictError, PreconditionFailedError, type RegistrationStore } from '../storage/port';
import { KeyedQueue } from '../util/keyedQueue';
import {
  isActive,
  registrationIdOf,
  SEAT_LEDGER_ID,
  type SeatLedger,
  type ActiveRegistration,
  type Answers,
  type CancellationRecord,
  type StoredActiveRegistration,
  type StoredRegistration,
} from './model';
import { signUpWindow, type SignUpWindow } from '../event/window';

export type { SignUpWindow };

export type RegisterOutcome =
  | { kind: 'registered'; registration: StoredActiveRegistration }
  | { kind: 'waitlisted'; registration: StoredActiveRegistration; position: number }
  | { kind: 'updated'; registration: StoredActiveRegistration }
  | { kind: 'unchanged'; registration: StoredActiveRegistration }
  | { kind: 'closed'; window: Extract<SignUpWindow, { open: false }> };

export type CancelOutcome = { kind: 'cancelled'; kept: string[]; promoted?: StoredActiveRegistration } | { kind: 'notRegistered' };

const MAX_RETRIES = 5;
/** Seats are contended by every instance at once: a lost race on the ledger is tried again this many times. */
const SEAT_RETRIES = 20;
/**
 * A seat whose registration is not there after this long was taken by a sign-up that never finished (its instance
 * stopped between the two writes): it is given back when the seats are full. Younger ones may still be written.
 */
const UNFINISHED_SEAT_MS = 60_000;

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
const activeOrUndefined = (registration: StoredRegistration | undefined) => (isActive(registration) ? registration : undefined);

/** The answers a cancellation keeps for the organisers' count: the fields the event marks so; everything personal goes. */
export function keptAfterCancel(event: MeetingEvent, answers: Answers): Answers {
  const kept = new Set(
    event.registration?.fields
      .filter((field) => field.keepAfterCancel && !field.personal)
      .flatMap((field) => [field.id, `${field.id}Other`]) ?? [],
  );
  return Object.fromEntries(Object.entries(answers).filter(([key]) => kept.has(key)));
}

/**
 * The rules of signing up, for any event, over any RegistrationStore: one registration per person per event (a
 * deterministic id, so a second sign-up collides instead of duplicating), a closing time, an optional capacity with
 * a waiting list. Plain TypeScript, no botbuilder.
 */
export class RegistrationService {
  /** Sign-ups and cancellations of one event run one at a time in this instance (other instances meet in the ledger). */
  private readonly seats = new KeyedQueue();

  constructor(
    private readonly store: RegistrationStore,
    private readonly clock: Clock,
    /** Days after a meeting's end that its registrations are kept, unless the event says otherwise. */
    private readonly retentionDays = 30,
  ) {}

  get storeKind() {
    return this.store.kind;
  }

  /** When this event's registrations must be gone (GDPR storage limitation). */
  expiresAt(event: MeetingEvent): DateTime {
    return lastEndOf(event).plus({ days: event.retentionDays ?? this.retentionDays });
  }

  /** Deletes every registration of the events whose retention has run out. Returns how many. */
  async purgeExpired(events: readonly MeetingEvent[]): Promise<number> {
    let purged = 0;
    for (const event of events) {
      if (this.clock() < this.expiresAt(event)) continue;
      for (const registration of await this.store.list(event.id)) {
        await this.store.delete(event.id, registration.id);
        purged++;
      }
      await this.store.delete(event.id, SEAT_LEDGER_ID);
    }
    return purged;
  }

  window(event: MeetingEvent): SignUpWindow {
    return signUpWindow(event, this.clock());
  }

  private find(event: MeetingEvent, person: Identity): Promise<StoredRegistration | undefined> {
    return this.store.get(event.id, registrationIdOf(event.id, person));
  }

  async findActive(event: MeetingEvent, person: Identity): Promise<StoredActiveRegistration | undefined> {
    return activeOrUndefined(await this.find(event, person));
  }

  /** The person's active registrations among these events, in their order. */
  async registrationsOf(
    events: readonly MeetingEvent[],
    person: Identity,
  ): Promise<Array<{ event: MeetingEvent; registration: StoredActiveRegistration }>> {
    const found = await Promise.all(events.map(async (event) => ({ event, registration: await this.findActive(event, person) })));
    return found.filter(
      (entry): entry is { event: MeetingEvent; registration: StoredActiveRegistration } => entry.registration !== undefined,
    );
  }

  /** The waiting list in queue order. */
  private async waitingList(event: MeetingEvent): Promise<StoredActiveRegistration[]> {
    return (await this.store.list(event.id))
      .filter((r): r is StoredActiveRegistration => r.status === 'waitlisted')
      .sort(
        (a, b) => (a.waitlistNumber ?? 0) - (b.waitlistNumber ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
  }

  private async nextWaitlistNumber(event: MeetingEvent): Promise<number> {
    return ((await this.waitingList(event)).at(-1)?.waitlistNumber ?? 0) + 1;
  }

  async waitlistPosition(event: MeetingEvent, registration: ActiveRegistration): Promise<number> {
    return (await this.waitingList(event)).findIndex((r) => r.id === registration.id) + 1;
  }

  /**
   * Registers, or updates an existing registration; never makes a second one for the same person. A write that lost
   * a race (409, 412) reads again and decides afresh. If its own write landed after all (its answer was lost, and the
   * store's retry met the write itself), the answers are already there: that is reported as what this call did —
   * registered or updated, as judged by what was stored when it began — never as "unchanged".
   */
  register(event: MeetingEvent, person: Identity, answers: Answers): Promise<RegisterOutcome> {
    return this.seats.run(event.id, async () => {
      const window = this.window(event);
      if (!window.open) return { kind: 'closed', window };
      let before: 'none' | 'same' | 'different' | undefined;
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const existing = await this.find(event, person);
        const active = activeOrUndefined(existing);
        before ??= !active ? 'none' : sameAnswers(active.answers, answers) ? 'same' : 'different';
        try {
          if (active) {
            if (sameAnswers(active.answers, answers)) {
              if (before === 'different') return { kind: 'updated', registration: active };
              if (before === 'none') return await this.outcomeOf(event, active);
              return { kind: 'unchanged', registration: active };
            }
            const registration = await this.store.replace({ ...active, answers, updatedAt: this.now(), expiresAt: this.expiry(event) });
            return { kind: 'updated', registration };
          }
          const id = registrationIdOf(event.id, person);
          const status = (await this.seatForNewcomer(event, id)) ? 'registered' : 'waitlisted';
          const now = this.now();
          const fresh: ActiveRegistration = {
            id,
            eventId: event.id,
            personKey: personKeyOf(person),
            status,
            answers,
            createdAt: now,
            updatedAt: now,
            expiresAt: this.expiry(event),
          };
          if (status === 'waitlisted') fresh.waitlistNumber = await this.nextWaitlistNumber(event);
          const registration = existing ? await this.store.replace({ ...fresh, etag: existing.etag }) : await this.store.create(fresh);
          return await this.outcomeOf(event, registration);
        } catch (error) {
          if (error instanceof ConflictError || error instanceof PreconditionFailedError) continue;
          throw error;
        }
      }
      throw new PreconditionFailedError();
    });
  }

  private now(): string {
    return this.clock().toUTC().toISO()!;
  }

  private expiry(event: MeetingEvent): string {
    return this.expiresAt(event).toUTC().toISO()!;
  }

  /** A new registration as stored: seated, or on the waiting list with its place. */
  private async outcomeOf(event: MeetingEvent, registration: StoredActiveRegistration): Promise<RegisterOutcome> {
    if (registration.status === 'registered') return { kind: 'registered', registration };
    return { kind: 'waitlisted', registration, position: await this.waitlistPosition(event, registration) };
  }

  /**
   * Takes a seat for this registration id in the event's seat ledger; true when it holds one (also when it held one
   * already: a retried sign-up), false when all are taken. Always true for an event without a capacity. The ledger is
   * changed only with its ETag, so of two instances after the last seat exactly one gets it.
   */
  private async takeSeat(event: MeetingEvent, id: string): Promise<boolean> {
    const capacity = event.registration?.capacity;
    if (capacity === undefined) return true;
    for (let attempt = 0; attempt < SEAT_RETRIES; attempt++) {
      try {
        const ledger = (await this.store.seats(event.id)) ?? (await this.startLedger(event));
        if (ledger.holders.some((holder) => holder.id === id)) return true;
        let holders = ledger.holders;
        if (holders.length >= capacity) holders = await this.withoutUnfinished(event, holders);
        if (holders.length >= capacity) return false;
        await this.store.replace({ ...ledger, holders: [...holders, { id, since: this.now() }] });
        return true;
      } catch (error) {
        if (error instanceof ConflictError || error instanceof PreconditionFailedError) continue;
        throw error;
      }
    }
    throw new PreconditionFailedError();
  }

  /**
   * The first ledger of an event: its registered registrations hold the seats (those stored before the event had a
   * ledger, or before it had a capacity), in the order they signed up. ConflictError when another instance wrote it
   * first.
   */
  private async startLedger(event: MeetingEvent): Promise<SeatLedger & { etag: string }> {
    const registered = (await this.store.list(event.id))
      .filter((r): r is StoredActiveRegistration => r.status === 'registered')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return this.store.create<SeatLedger>({
      id: SEAT_LEDGER_ID,
      eventId: event.id,
      status: 'seats',
      holders: registered.map((r) => ({ id: r.id, since: r.createdAt })),
      expiresAt: this.expiry(event),
    });
  }

  /** The holders but those whose registration is gone, or was never written and will not be any more. */
  private async withoutUnfinished(event: MeetingEvent, holders: SeatLedger['holders']): Promise<SeatLedger['holders']> {
    const active = new Set((await this.store.list(event.id)).filter(isActive).map((r) => r.id));
    const now = this.clock().toMillis();
    return holders.filter((holder) => active.has(holder.id) || now - Date.parse(holder.since) < UNFINISHED_SEAT_MS);
  }

  /** Gives back the seat this registration id holds, if any. */
  private async releaseSeat(event: MeetingEvent, id: string): Promise<void> {
    for (let attempt = 0; attempt < SEAT_RETRIES; attempt++) {
      const ledger = await this.store.seats(event.id);
      if (!ledger?.holders.some((holder) => holder.id === id)) return;
      try {
        await this.store.replace({ ...ledger, holders: ledger.holders.filter((holder) => holder.id !== id) });
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
      }
    }
    throw new PreconditionFailedError();
  }

  /**
   * Cancels: the person's registration is deleted, and what the event keeps for the organisers' count of
   * cancellations (e.g. municipality and role) is stored apart, under a random id, with no person key and no
   * timestamps. The first on the waiting list moves up into a freed seat.
   */
  cancel(event: MeetingEvent, person: Identity): Promise<CancelOutcome> {
    return this.seats.run(event.id, async () => {
      const existing = activeOrUndefined(await this.find(event, person));
      if (!existing) return { kind: 'notRegistered' };
      // Deleted first: should the second write fail, a cancellation goes uncounted rather than a person kept.
      await this.store.delete(event.id, existing.id);
      const answers = keptAfterCancel(event, existing.answers);
      const record: CancellationRecord = {
        id: randomUUID(),
        eventId: event.id,
        status: 'cancelled',
        answers,
        expiresAt: this.expiry(event),
      };
      try {
        await this.store.create(record);
      } catch (error) {
        // A retry of this very write, whose first answer was lost: the record is there.
        if (!(error instanceof ConflictError)) throw error;
      }
      const kept = Object.keys(answers).filter((key) => !key.endsWith('Other'));
      const promoted = existing.status === 'registered' ? await this.freeSeat(event, existing.id) : undefined;
      return promoted ? { kind: 'cancelled', kept, promoted } : { kind: 'cancelled', kept };
    });
  }

  /** Removes everything stored about the person for these events (GDPR erasure). True when something was there. */
  async deleteUserData(events: readonly MeetingEvent[], person: Identity): Promise<boolean> {
    let had = false;
    for (const event of events) {
      const deleted = await this.seats.run(event.id, async () => {
        const existing = await this.find(event, person);
        if (!existing) return false;
        await this.store.delete(event.id, existing.id);
        if (existing.status === 'registered') await this.freeSeat(event, existing.id);
        return true;
      });
      had ||= deleted;
    }
    return had;
  }

  /** A seat for someone signing up now, if one is free and nobody waits: those waiting get a free seat first. */
  private async seatForNewcomer(event: MeetingEvent, id: string): Promise<boolean> {
    if (event.registration?.capacity === undefined) return true;
    if ((await this.waitingList(event)).length > 0) {
      await this.promoteWaiting(event);
      if ((await this.waitingList(event)).length > 0) return false;
    }
    return this.takeSeat(event, id);
  }

  /** Gives back a deleted registration's seat, and moves the first on the waiting list up into it. */
  private async freeSeat(event: MeetingEvent, id: string): Promise<StoredActiveRegistration | undefined> {
    if (event.registration?.capacity === undefined) return undefined;
    await this.releaseSeat(event, id);
    return this.promoteWaiting(event);
  }

  /** Moves the first on the waiting list up into a free seat, if there is one. */
  private async promoteWaiting(event: MeetingEvent): Promise<StoredActiveRegistration | undefined> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const [next] = await this.waitingList(event);
      if (!next || !(await this.takeSeat(event, next.id))) return undefined;
      const now = this.now();
      try {
        return await this.store.replace({ ...next, status: 'registered', promotedAt: now, promotionNoticePending: true, updatedAt: now });
      } catch (error) {
        // Changed meanwhile (cancelled, or its answers edited): its seat goes back, and the list is read again.
        if (!(error instanceof PreconditionFailedError)) throw error;
        const current = await this.store.get(event.id, next.id);
        if (current?.status === 'registered') return undefined;
        if (current?.status !== 'waitlisted') await this.releaseSeat(event, next.id);
      }
    }
    return undefined;
  }

  /** Registrations that moved up from the waiting list and whose person was not told yet: returned and marked told. */
  async takePromotionNotices(
    events: readonly MeetingEvent[],
    person: Identity,
  ): Promise<Array<{ event: MeetingEvent; registration: StoredActiveRegistration }>> {
    const told: Array<{ event: MeetingEvent; registration: StoredActiveRegistration }> = [];
    for (const event of events) {
      const existing = await this.find(event, person);
      if (!isActive(existing) || !existing.promotionNoticePending || existing.status !== 'registered') continue;
      try {
        told.push({ event, registration: await this.store.replace({ ...existing, promotionNoticePending: false }) });
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error; // else: told by a parallel turn
      }
    }
    return told;
  }
}
