import { DateTime } from 'luxon';
import type { Clock } from '../clock';
import { endOf, startOf } from '../event/format';
import type { MeetingEvent } from '../event/schema';
import { KeyedQueue } from '../util/keyedQueue';
import { ConflictError, PreconditionFailedError, type RegistrationStore } from '../storage/port';
import { randomUUID } from 'node:crypto';
import { personKeyOf, type Identity } from '../identity';
import {
  isActive,
  registrationIdOf,
  type ActiveRegistration,
  type Answers,
  type CancellationRecord,
  type StoredActiveRegistration,
  type StoredRegistration,
} from './model';

export type SignUpWindow = { open: true } | { open: false; reason: 'started' | 'deadline'; closedAt: DateTime };

export type RegisterOutcome =
  | { kind: 'registered'; registration: StoredActiveRegistration }
  | { kind: 'waitlisted'; registration: StoredActiveRegistration; position: number }
  | { kind: 'updated'; registration: StoredActiveRegistration }
  | { kind: 'unchanged'; registration: StoredActiveRegistration }
  | { kind: 'closed'; window: Extract<SignUpWindow, { open: false }> };

export type CancelOutcome = { kind: 'cancelled'; promoted?: StoredActiveRegistration } | { kind: 'notRegistered' };

/** Fields a cancelled registration keeps for the organiser's count; everything personal goes. */
const KEPT_AFTER_CANCEL = new Set(['municipality', 'municipalityOther', 'role']);
const MAX_RETRIES = 5;

const activeOrUndefined = (registration: StoredRegistration | undefined) => (isActive(registration) ? registration : undefined);
const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
/** The stored registration is the very one this call wrote (its answer may have been lost on the way back). */
const landed = (stored: StoredRegistration | undefined, written: ActiveRegistration): stored is StoredActiveRegistration =>
  isActive(stored) && stored.status === written.status && stored.createdAt === written.createdAt && stored.updatedAt === written.updatedAt && sameAnswers(stored.answers, written.answers);

/**
 * The rules of signing up, over any RegistrationStore: one registration per person per event,
 * a closing time, an optional capacity with a waiting list. Plain TypeScript, no botbuilder.
 */
export class RegistrationService {
  /** Sign-ups and cancellations of one event run one at a time in this instance, so seats are counted right. */
  private readonly seats = new KeyedQueue();

  constructor(
    private readonly store: RegistrationStore,
    readonly event: MeetingEvent,
    private readonly clock: Clock,
    /** Days after the meeting's end that registrations are kept. */
    private readonly retentionDays = 30,
  ) {}

  /** When this event's registrations must be gone (GDPR storage limitation). */
  expiresAt(): DateTime {
    return endOf(this.event).plus({ days: this.retentionDays });
  }

  /** Deletes every registration of the event once its retention has run out. Returns how many. */
  async purgeExpired(): Promise<number> {
    if (this.clock() < this.expiresAt()) return 0;
    const all = await this.store.list(this.event.id);
    for (const registration of all) await this.store.delete(this.event.id, registration.id);
    return all.length;
  }

  get storeKind() {
    return this.store.kind;
  }

  window(): SignUpWindow {
    const now = this.clock();
    const start = startOf(this.event);
    const deadline = this.event.registration.deadline
      ? DateTime.fromISO(this.event.registration.deadline, { zone: this.event.timeZone })
      : undefined;
    if (deadline && deadline < start && now >= deadline) return { open: false, reason: 'deadline', closedAt: deadline };
    if (now >= start) return { open: false, reason: 'started', closedAt: start };
    return { open: true };
  }

  private idOf(person: Identity): string {
    return registrationIdOf(this.event.id, person);
  }

  private find(person: Identity): Promise<StoredRegistration | undefined> {
    return this.store.get(this.event.id, this.idOf(person));
  }

  async findActive(person: Identity): Promise<StoredActiveRegistration | undefined> {
    return activeOrUndefined(await this.find(person));
  }

  /** The waiting list in queue order. */
  private async waitingList(): Promise<StoredActiveRegistration[]> {
    return (await this.store.list(this.event.id))
      .filter((r): r is StoredActiveRegistration => r.status === 'waitlisted')
      .sort((a, b) => (a.waitlistNumber ?? 0) - (b.waitlistNumber ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** The number that puts a new arrival at the end of the waiting list. */
  private async nextWaitlistNumber(): Promise<number> {
    return ((await this.waitingList()).at(-1)?.waitlistNumber ?? 0) + 1;
  }

  async waitlistPosition(registration: ActiveRegistration): Promise<number> {
    return (await this.waitingList()).findIndex((r) => r.id === registration.id) + 1;
  }

  /**
   * Registers, or updates an existing registration. Never makes a second one for the same person.
   *
   * A write whose answer was lost (Cosmos DB stored it, then the connection dropped) is tried again by the store and
   * meets 409 or 412; reading again then finds exactly what this call wrote — same status, answers and timestamps —
   * and it is reported as done ("registered", "updated"), not as "already registered" or "unchanged".
   */
  register(person: Identity, answers: Answers): Promise<RegisterOutcome> {
    return this.seats.run(this.event.id, async () => {
      const window = this.window();
      if (!window.open) return { kind: 'closed', window };
      let written: { registration: ActiveRegistration; kind: 'new' | 'update' } | undefined;
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const existing = await this.find(person);
        if (written && landed(existing, written.registration)) {
          return written.kind === 'update' ? { kind: 'updated', registration: existing } : this.seatedOutcome(existing);
        }
        const active = activeOrUndefined(existing);
        try {
          if (active) {
            if (sameAnswers(active.answers, answers)) return { kind: 'unchanged', registration: active };
            const change: StoredActiveRegistration = { ...active, answers, updatedAt: this.clock().toUTC().toISO()!, expiresAt: this.expiry() };
            written = { registration: change, kind: 'update' };
            const registration = await this.store.replace(change);
            return { kind: 'updated', registration };
          }
          const status = (await this.seatFree()) ? 'registered' : 'waitlisted';
          const now = this.clock().toUTC().toISO()!;
          const fresh: ActiveRegistration = {
            id: this.idOf(person),
            eventId: this.event.id,
            personKey: personKeyOf(person),
            status,
            answers,
            createdAt: now,
            updatedAt: now,
            expiresAt: this.expiry(),
          };
          if (status === 'waitlisted') fresh.waitlistNumber = await this.nextWaitlistNumber();
          written = { registration: fresh, kind: 'new' };
          const registration = existing ? await this.store.replace({ ...fresh, etag: existing.etag }) : await this.store.create(fresh);
          return await this.seatedOutcome(registration);
        } catch (error) {
          // Someone else wrote first (a second message of the same person, another instance), or our own write
          // landed and only its answer was lost: read again.
          if (error instanceof ConflictError || error instanceof PreconditionFailedError) continue;
          throw error;
        }
      }
      throw new PreconditionFailedError();
    });
  }

  /** A new registration as stored: seated (capacity checked again), or on the waiting list with its place. */
  private async seatedOutcome(registration: StoredActiveRegistration): Promise<RegisterOutcome> {
    if (registration.status === 'registered') {
      const seated = await this.confirmSeat(registration);
      if (seated.status === 'registered') return { kind: 'registered', registration: seated };
      return { kind: 'waitlisted', registration: seated, position: await this.waitlistPosition(seated) };
    }
    return { kind: 'waitlisted', registration, position: await this.waitlistPosition(registration) };
  }

  private expiry(): string {
    return this.expiresAt().toUTC().toISO()!;
  }

  /**
   * Another instance may have taken the last seat between our count and our write. Every instance orders the
   * registered by (createdAt, id) alike, so whoever ranks past the capacity moves itself to the waiting list.
   */
  private async confirmSeat(registration: StoredActiveRegistration): Promise<StoredActiveRegistration> {
    const capacity = this.event.registration.capacity;
    if (capacity === undefined) return registration;
    const registered = (await this.store.list(this.event.id))
      .filter((r): r is StoredActiveRegistration => r.status === 'registered')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const rank = registered.findIndex((r) => r.id === registration.id) + 1;
    if (rank <= capacity) return registration;
    return (await this.store.replace({ ...registration, status: 'waitlisted', waitlistNumber: await this.nextWaitlistNumber() })) as StoredActiveRegistration;
  }

  private async seatFree(): Promise<boolean> {
    const capacity = this.event.registration.capacity;
    if (capacity === undefined) return true;
    return (await this.store.count(this.event.id, 'registered')) < capacity;
  }

  /**
   * Cancels: the person's registration is deleted, and what the event keeps for the organisers' count of
   * cancellations (e.g. municipality and role) is stored apart, under a random id, with no person key and no
   * timestamps. The first on the waiting list moves up into a freed seat.
   */
  cancel(person: Identity): Promise<CancelOutcome> {
    return this.seats.run(this.event.id, async () => {
      const existing = activeOrUndefined(await this.find(person));
      if (!existing) return { kind: 'notRegistered' };
      // Deleted first: should the second write fail, a cancellation goes uncounted rather than a person kept.
      await this.store.delete(this.event.id, existing.id);
      const record: CancellationRecord = {
        id: randomUUID(),
        eventId: this.event.id,
        status: 'cancelled',
        answers: Object.fromEntries(Object.entries(existing.answers).filter(([key]) => KEPT_AFTER_CANCEL.has(key))),
        expiresAt: this.expiry(),
      };
      try {
        await this.store.create(record);
      } catch (error) {
        // A retry of this very write, whose first answer was lost: the record is there.
        if (!(error instanceof ConflictError)) throw error;
      }
      const promoted = existing.status === 'registered' ? await this.promoteNext() : undefined;
      return promoted ? { kind: 'cancelled', promoted } : { kind: 'cancelled' };
    });
  }

  /** Removes everything stored about the person for this event (GDPR erasure). True when something was there. */
  deleteUserData(person: Identity): Promise<boolean> {
    return this.seats.run(this.event.id, async () => {
      const existing = await this.find(person);
      if (!existing) return false;
      await this.store.delete(this.event.id, existing.id);
      if (existing.status === 'registered') await this.promoteNext();
      return true;
    });
  }

  private async promoteNext(): Promise<StoredActiveRegistration | undefined> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      if (!(await this.seatFree())) return undefined;
      const [next] = await this.waitingList();
      if (!next) return undefined;
      const now = this.clock().toUTC().toISO()!;
      try {
        return (await this.store.replace({ ...next, status: 'registered', promotedAt: now, promotionNoticePending: true, updatedAt: now })) as StoredActiveRegistration;
      } catch (error) {
        if (error instanceof PreconditionFailedError) continue;
        throw error;
      }
    }
    return undefined;
  }

  /** If the person moved up from the waiting list and was not told yet: returns the registration and marks it told. */
  async takePromotionNotice(person: Identity): Promise<StoredActiveRegistration | undefined> {
    const existing = await this.find(person);
    if (!isActive(existing) || !existing.promotionNoticePending || existing.status !== 'registered') return undefined;
    try {
      return (await this.store.replace({ ...existing, promotionNoticePending: false })) as StoredActiveRegistration;
    } catch (error) {
      if (error instanceof PreconditionFailedError) return undefined; // told by a parallel turn
      throw error;
    }
  }
}
