import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { endOf, startOf } from '../../src/event/format';
import { loadEventFile } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { aadIdentity, channelIdentity, personKeyOf, type Identity } from '../../src/identity';
import { isActive, registrationIdOf, SEAT_LEDGER_ID, type SeatLedger } from '../../src/registrations/model';
import { keptAfterCancel, RegistrationService } from '../../src/registrations/service';
import { LocalRegistrationStore } from '../../src/storage/local/localRegistrationStore';
import { eventFileFrom, klEvent, KL_NOW, syntheticEvent, SYNTHETIC_NOW, TEST_EVENTS } from '../helpers/event';
import {
  answersFor,
  choiceAt,
  fieldOfKind,
  fieldsOf,
  keptFieldIds,
  otherAnswer,
  otherMeeting,
  testClock,
  withRegistration,
} from '../helpers/registrations';
import { tempDataDir } from '../helpers/testBot';

const person = (id: string): Identity => channelIdentity('msteams', id);

/** A service over a fresh embedded store, its clock settable. */
function setup(now: string, retentionDays = 30) {
  const { clock, read } = testClock(now);
  const store = new LocalRegistrationStore(tempDataDir());
  const service = new RegistrationService(store, read, retentionDays);
  return { service, store, clock, read };
}

/** The event with seats: its own capacity, else two. */
const withSeats = (event: MeetingEvent, seats?: number) =>
  withRegistration(event, (registration) => (registration.capacity = seats ?? registration.capacity ?? 2));

/** Fills every seat of `event` with people s0, s1, …; returns their identities. */
async function fillSeats(service: RegistrationService, event: MeetingEvent): Promise<Identity[]> {
  const seated: Identity[] = [];
  for (let n = 0; n < event.registration!.capacity!; n++) {
    const seat = person(`s${n}`);
    assert.equal((await service.register(event, seat, answersFor(event, 100 + n))).kind, 'registered');
    seated.push(seat);
  }
  return seated;
}

for (const { name, event, now, file } of TEST_EVENTS) {
  describe(`registration rules (${name} event)`, () => {
    it('when a person registers, then one registration is stored under their identity, with their answers', async () => {
      const { service, store } = setup(now);
      const anna = aadIdentity('6F1C0D3E-0000-4000-8000-000000000001');
      const answers = answersFor(event, 1);
      const outcome = await service.register(event, anna, answers);
      assert.equal(outcome.kind, 'registered');
      // An Entra id has one spelling: the lower-case one finds it.
      const found = await service.findActive(event, aadIdentity('6f1c0d3e-0000-4000-8000-000000000001'));
      assert.deepEqual(found?.answers, answers);
      assert.equal(found?.personKey, personKeyOf(anna));
      assert.equal(found?.id, registrationIdOf(event.id, anna));
      // A channel user whose id spells the Entra id is someone else.
      assert.equal(await service.findActive(event, channelIdentity('aad', '6f1c0d3e-0000-4000-8000-000000000001')), undefined);
      assert.equal((await store.list(event.id)).length, 1);
    });

    it('when they register again, then it reports no change, or updates, and never duplicates', async () => {
      const { service, store } = setup(now);
      const anna = person('u1');
      const answers = answersFor(event, 1);
      await service.register(event, anna, answers);
      assert.equal((await service.register(event, anna, { ...answers })).kind, 'unchanged');
      const email = fieldOfKind(event, 'email');
      const choice = fieldOfKind(event, 'choice');
      const changed = { ...answers, [email.id]: 'ny@example.dk', [choice.id]: choiceAt(choice, 2).id };
      const updated = await service.register(event, anna, changed);
      assert.equal(updated.kind, 'updated');
      assert.deepEqual((await service.findActive(event, anna))?.answers, changed);
      assert.equal((await store.list(event.id)).length, 1);
    });

    it('when the same person submits twice at once, then exactly one registration exists', async () => {
      const { service, store } = setup(now);
      const outcomes = await Promise.all([
        service.register(event, person('u1'), answersFor(event, 1)),
        service.register(event, person('u1'), answersFor(event, 1)),
      ]);
      assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['registered', 'unchanged']);
      assert.equal((await store.list(event.id)).length, 1);
    });

    it('when two instances on one store take the same person at once, then the store still keeps one', async () => {
      const { service, store, read } = setup(now);
      const second = new RegistrationService(store, read);
      const outcomes = await Promise.all([
        service.register(event, person('u1'), answersFor(event, 1)),
        second.register(event, person('u1'), answersFor(event, 1)),
      ]);
      // The one that lost the race says "registered" too when it found nothing at first: for that user it is true.
      assert.ok(outcomes.some((o) => o.kind === 'registered'));
      assert.ok(
        outcomes.every((o) => o.kind === 'registered' || o.kind === 'unchanged'),
        outcomes.map((o) => o.kind).join(),
      );
      assert.equal((await store.list(event.id)).length, 1);
    });

    it('when two instances race for the last seat, then one gets it and the other waits (no overbooking)', async () => {
      const full = withSeats(event);
      const { service, store, read } = setup(now);
      for (let n = 0; n < full.registration!.capacity! - 1; n++) await service.register(full, person(`s${n}`), answersFor(full, n));
      const other = new RegistrationService(store, read);
      const outcomes = await Promise.all([
        service.register(full, person('a'), answersFor(full, 10)),
        other.register(full, person('b'), answersFor(full, 11)),
      ]);
      assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['registered', 'waitlisted']);
      assert.equal(await store.count(full.id, 'registered'), full.registration!.capacity);
      assert.equal(await store.count(full.id, 'waitlisted'), 1);
    });

    it('when many sign up at once through three instances, then exactly the seats are taken and the rest wait in distinct places', async () => {
      const full = withSeats(event);
      const { service, store, read } = setup(now);
      const instances = [service, new RegistrationService(store, read), new RegistrationService(store, read)];
      const people = Array.from({ length: 7 }, (_, n) => person(`crowd${n}`));
      const outcomes = await Promise.all(people.map((p, n) => instances[n % 3]!.register(full, p, answersFor(full, n))));
      const capacity = full.registration!.capacity!;
      assert.equal(outcomes.filter((o) => o.kind === 'registered').length, capacity);
      assert.equal(await store.count(full.id, 'registered'), capacity);
      const waiting = await Promise.all(people.map(async (p) => service.findActive(full, p)));
      const positions = await Promise.all(waiting.filter((r) => r?.status === 'waitlisted').map((r) => service.waitlistPosition(full, r!)));
      assert.deepEqual(
        positions.sort(),
        Array.from({ length: people.length - capacity }, (_, i) => i + 1),
      );
    });

    it('when registrations were stored before the event had a seat ledger, then they hold the seats and a newcomer waits', async () => {
      const full = withSeats(event);
      const { service, store, read } = setup(now);
      const at = read().toUTC().toISO()!;
      const earlier = Array.from({ length: full.registration!.capacity! }, (_, n) => ({
        id: registrationIdOf(full.id, person(`old${n}`)),
        eventId: full.id,
        personKey: personKeyOf(person(`old${n}`)),
        status: 'registered' as const,
        answers: answersFor(full, n),
        createdAt: at,
        updatedAt: at,
      }));
      for (const registration of earlier) await store.create(registration);
      assert.equal((await service.register(full, person('new'), answersFor(full, 9))).kind, 'waitlisted');
      assert.deepEqual((await store.seats(full.id))?.holders.map((h) => h.id).sort(), earlier.map((r) => r.id).sort());
      const cancelled = await service.cancel(full, person('old0'));
      assert.equal(cancelled.kind === 'cancelled' && cancelled.promoted?.id, registrationIdOf(full.id, person('new')));
    });

    it('when a seat was taken by a sign-up that never got written, then it is given back a minute later, not before', async () => {
      const full = withSeats(event, 1);
      const { service, store, clock, read } = setup(now);
      await store.create<SeatLedger>({
        id: SEAT_LEDGER_ID,
        eventId: full.id,
        status: 'seats',
        holders: [{ id: 'an-instance-stopped-here', since: read().toUTC().toISO()! }],
      });
      assert.equal((await service.register(full, person('a'), answersFor(full, 1))).kind, 'waitlisted', 'it may still be written');
      clock.now = clock.now.plus({ minutes: 2 });
      assert.equal((await service.register(full, person('b'), answersFor(full, 2))).kind, 'waitlisted', 'the one waiting comes first');
      assert.equal((await service.findActive(full, person('a')))?.status, 'registered');
      assert.deepEqual(
        (await store.seats(full.id))?.holders.map((h) => h.id),
        [registrationIdOf(full.id, person('a'))],
      );
      assert.equal(await store.count(full.id, 'registered'), 1);
      assert.equal((await service.takePromotionNotices([full], person('a'))).length, 1, 'and is told at their next message');
    });

    it('when the retention has run out, then the seat ledger goes with the registrations', async () => {
      const full = withSeats(event);
      const { service, store, clock } = setup(now);
      await service.register(full, person('a'), answersFor(full, 1));
      assert.ok(await store.seats(full.id));
      clock.now = service.expiresAt(full).plus({ minutes: 1 });
      assert.equal(await service.purgeExpired([full]), 1);
      assert.equal(await store.seats(full.id), undefined);
    });

    it('when the meeting has started, then sign-up is closed as "started", and after it as "past"', async () => {
      const { service, clock } = setup(now);
      clock.now = startOf(event).minus({ minutes: 1 });
      // The synthetic event's deadline is before its start: only an event without one is still open here.
      if (!event.registration?.deadline) assert.equal(service.window(event).open, true);
      clock.now = startOf(event);
      const outcome = await service.register(event, person('late'), answersFor(event, 1));
      assert.equal(outcome.kind === 'closed' && outcome.window.reason, 'started');
      clock.now = endOf(event).plus({ minutes: 1 });
      const after = service.window(event);
      assert.equal(!after.open && after.reason, 'past');
      assert.equal(await service.findActive(event, person('late')), undefined);
    });

    it('when a meeting lasts two days, then on its second day sign-up is closed as "started", not as held', async () => {
      const twoDays = loadEventFile(
        eventFileFrom(file, (raw) => {
          raw.end = DateTime.fromISO(String(raw.start)).plus({ days: 1, hours: 4 }).toFormat("yyyy-MM-dd'T'HH:mm");
          delete (raw.registration as Record<string, unknown>).deadline;
        }),
      );
      const { service, clock } = setup(now);
      clock.now = startOf(twoDays).plus({ days: 1, hours: 1 });
      assert.equal(endOf(twoDays) > clock.now, true, 'still going on');
      const window = service.window(twoDays);
      assert.equal(!window.open && window.reason, 'started');
      clock.now = endOf(twoDays).plus({ minutes: 1 });
      const over = service.window(twoDays);
      assert.equal(!over.open && over.reason, 'past');
    });

    it('when a deadline day has passed, then sign-up is closed by the deadline; until its end it is open', async () => {
      const deadlineDay = startOf(event).minus({ days: 3 }).toISODate()!;
      const withDeadline = loadEventFile(
        eventFileFrom(file, (raw) => ((raw.registration as Record<string, unknown>).deadline = deadlineDay)),
      );
      const { service, clock } = setup(now);
      clock.now = DateTime.fromISO(`${deadlineDay}T23:58`, { zone: event.timeZone });
      const open = service.window(withDeadline);
      assert.equal(open.open, true);
      assert.equal(open.open && open.deadline?.toISODate(), deadlineDay);
      assert.equal((await service.register(withDeadline, person('in-time'), answersFor(event, 1))).kind, 'registered');
      clock.now = DateTime.fromISO(`${deadlineDay}T23:59:30`, { zone: event.timeZone });
      const closed = await service.register(withDeadline, person('too-late'), answersFor(event, 2));
      assert.equal(closed.kind === 'closed' && closed.window.reason, 'deadline');
      assert.equal(closed.kind === 'closed' && closed.window.closedAt?.toISODate(), deadlineDay);
      // The one registered in time may not change it after the deadline either.
      assert.equal((await service.register(withDeadline, person('in-time'), answersFor(event, 3))).kind, 'closed');
    });

    it('when a deadline has a time, then sign-up closes at that minute', async () => {
      const deadline = startOf(event).minus({ days: 2 }).set({ hour: 12, minute: 0 });
      const timed = withRegistration(event, (registration) => (registration.deadline = deadline.toFormat("yyyy-MM-dd'T'HH:mm")));
      const { service, clock } = setup(now);
      clock.now = deadline.minus({ minutes: 1 });
      assert.equal(service.window(timed).open, true);
      clock.now = deadline;
      const window = service.window(timed);
      assert.equal(!window.open && window.reason, 'deadline');
    });

    it('when the event says no sign-up is needed, or offers none, then the chat takes none', async () => {
      const { service } = setup(now);
      const notRequired = withRegistration(event, (registration) => (registration.required = false));
      const outcome = await service.register(notRequired, person('u1'), answersFor(event, 1));
      assert.equal(outcome.kind === 'closed' && outcome.window.reason, 'notRequired');
      const none: MeetingEvent = { ...structuredClone(event), registration: undefined };
      const window = service.window(none);
      assert.equal(!window.open && window.reason, 'notOffered');
    });

    it('when the meeting is full, then later sign-ups wait in order, the first moves up when a seat frees, and is told once', async () => {
      const full = withSeats(event);
      const { service } = setup(now);
      const [first] = await fillSeats(service, full);
      const c = await service.register(full, person('c'), answersFor(full, 3));
      const d = await service.register(full, person('d'), answersFor(full, 4));
      assert.equal(c.kind === 'waitlisted' && c.position, 1);
      assert.equal(d.kind === 'waitlisted' && d.position, 2);

      const cancelled = await service.cancel(full, first!);
      assert.equal(cancelled.kind === 'cancelled' && cancelled.promoted?.personKey, personKeyOf(person('c')));
      assert.equal((await service.findActive(full, person('c')))?.status, 'registered');
      const waiting = await service.findActive(full, person('d'));
      assert.equal(waiting?.status, 'waitlisted');
      assert.equal(await service.waitlistPosition(full, waiting), 1);

      // c is told once, the next time they write; d, still waiting, is told nothing.
      const notices = await service.takePromotionNotices([full], person('c'));
      assert.deepEqual(
        notices.map((n) => [n.event.id, n.registration.personKey]),
        [[full.id, personKeyOf(person('c'))]],
      );
      assert.deepEqual(await service.takePromotionNotices([full], person('c')), []);
      assert.deepEqual(await service.takePromotionNotices([full], person('d')), []);
    });

    it('when someone on the waiting list cancels, then nobody moves up and the others keep their order', async () => {
      const full = withSeats(event);
      const { service, store } = setup(now);
      await fillSeats(service, full);
      await service.register(full, person('b'), answersFor(full, 2));
      await service.register(full, person('c'), answersFor(full, 3));
      const outcome = await service.cancel(full, person('b'));
      assert.equal(outcome.kind, 'cancelled');
      assert.equal(outcome.kind === 'cancelled' && outcome.promoted, undefined);
      const c = await service.findActive(full, person('c'));
      assert.equal(c?.status, 'waitlisted');
      assert.equal(await service.waitlistPosition(full, c), 1);
      assert.equal(await store.count(full.id, 'registered'), full.registration!.capacity);
    });

    it('when a registration is cancelled, then only the answers kept after cancelling remain, under a random id, with nothing that leads to the person', async () => {
      const { service, store } = setup(now);
      const choice = fieldOfKind(event, 'choice');
      const answers = {
        ...answersFor(event, 1, { text: 'Et emne jeg har', name: 'Anna Jensen' }),
        ...otherAnswer(choice, 'Et sted udenfor listen'),
      };
      await service.register(event, person('a'), answers);
      const outcome = await service.cancel(event, person('a'));
      assert.equal(outcome.kind, 'cancelled');
      const kept = keptFieldIds(event);
      assert.ok(kept.length > 0, 'the event keeps something for counting cancellations');
      assert.deepEqual(outcome.kind === 'cancelled' && [...outcome.kept].sort(), kept.filter((id) => answers[id] !== undefined).sort());

      const stored = await store.list(event.id);
      assert.equal(stored.length, 1);
      const [record] = stored;
      assert.equal(record?.status, 'cancelled');
      const expected = Object.fromEntries(Object.entries(answers).filter(([key]) => kept.includes(key.replace(/Other$/, ''))));
      assert.deepEqual(record?.answers, expected);
      for (const field of fieldsOf(event).filter((f) => f.personal)) assert.equal(record?.answers[field.id], undefined, field.id);
      // No person key, no timestamps, and not under the id derived from the person.
      assert.deepEqual(Object.keys(record).sort(), ['answers', 'etag', 'eventId', 'expiresAt', 'id', 'status']);
      assert.notEqual(record?.id, registrationIdOf(event.id, person('a')));
      const text = JSON.stringify(stored);
      assert.ok(!text.includes('msteams') && !text.includes('Anna Jensen') && !text.includes('p1@example.dk'), text);
      assert.equal(await service.findActive(event, person('a')), undefined);
      assert.deepEqual(await service.cancel(event, person('a')), { kind: 'notRegistered' });
    });

    it('when the event marks other fields to keep, then a cancellation keeps those — but never a personal answer', async () => {
      const text = fieldOfKind(event, 'text');
      const email = fieldOfKind(event, 'email');
      const marked = withRegistration(event, (registration) => {
        for (const field of registration.fields) {
          if (field.id === text.id) Object.assign(field, { keepAfterCancel: true, personal: false });
          else if (field.id === email.id)
            field.keepAfterCancel = true; // still personal
          else field.keepAfterCancel = false;
        }
      });
      const { service, store } = setup(now);
      await service.register(marked, person('a'), answersFor(marked, 1, { text: 'Trafikken på Kirkevej' }));
      const outcome = await service.cancel(marked, person('a'));
      assert.deepEqual(outcome.kind === 'cancelled' && outcome.kept, [text.id]);
      assert.deepEqual(
        (await store.list(marked.id)).map((r) => r.answers),
        [{ [text.id]: 'Trafikken på Kirkevej' }],
      );
      assert.deepEqual(keptAfterCancel(marked, { [email.id]: 'a@example.dk', [text.id]: 'x' }), { [text.id]: 'x' });
    });

    it('when someone cancelled and signs up again, then they are registered afresh and the count of cancellations stays', async () => {
      const { service, store } = setup(now);
      await service.register(event, person('a'), answersFor(event, 1));
      await service.cancel(event, person('a'));
      assert.equal((await service.register(event, person('a'), answersFor(event, 1))).kind, 'registered');
      assert.deepEqual((await store.list(event.id)).map((r) => r.status).sort(), ['cancelled', 'registered']);
    });

    it('when a person deletes their data, then nothing of theirs is stored and their seat is passed on', async () => {
      const full = withSeats(event, 1);
      const { service, store } = setup(now);
      await service.register(full, person('a'), answersFor(full, 1));
      await service.register(full, person('b'), answersFor(full, 2));
      assert.equal(await service.deleteUserData([full], person('a')), true);
      assert.equal(await store.get(full.id, registrationIdOf(full.id, person('a'))), undefined);
      assert.equal((await service.findActive(full, person('b')))?.status, 'registered');
      assert.equal((await store.list(full.id)).length, 1);
      assert.equal(await service.deleteUserData([full], person('a')), false);
    });

    it('when the retention period after the meeting has run out, then its registrations and cancellations are purged', async () => {
      const { service, store, clock } = setup(now);
      await service.register(event, person('a'), answersFor(event, 1));
      await service.register(event, person('b'), answersFor(event, 2));
      await service.cancel(event, person('b'));
      const expiry = endOf(event).plus({ days: event.retentionDays ?? 30 });
      assert.equal(service.expiresAt(event).toMillis(), expiry.toMillis());
      for (const stored of await store.list(event.id)) assert.equal(Date.parse(stored.expiresAt!), expiry.toMillis());
      clock.now = expiry.minus({ minutes: 1 });
      assert.equal(await service.purgeExpired([event]), 0);
      clock.now = expiry.plus({ minutes: 1 });
      assert.equal(await service.purgeExpired([event]), 2);
      assert.equal((await store.list(event.id)).length, 0);
    });

    it('when two meetings like this one are open at once, then one person has one registration in each, and cancelling one leaves the other', async () => {
      const second = otherMeeting(event);
      const { service, store } = setup(now);
      const anna = person('anna');
      assert.equal((await service.register(event, anna, answersFor(event, 1))).kind, 'registered');
      assert.equal((await service.register(second, anna, answersFor(second, 2))).kind, 'registered');
      const both = await service.registrationsOf([event, second], anna);
      assert.deepEqual(
        both.map((entry) => [entry.event.id, entry.registration.eventId]),
        [
          [event.id, event.id],
          [second.id, second.id],
        ],
      );
      assert.notEqual(both[0]!.registration.id, both[1]!.registration.id);
      await service.cancel(second, anna);
      assert.equal((await service.findActive(event, anna))?.answers[fieldOfKind(event, 'email').id], 'p1@example.dk');
      assert.equal(await service.findActive(second, anna), undefined);
      assert.deepEqual(
        (await store.list(event.id)).map((r) => r.status),
        ['registered'],
      );
      assert.deepEqual(
        (await store.list(second.id)).map((r) => r.status),
        ['cancelled'],
      );
    });
  });
}

describe('registrations across the KL and the synthetic event', () => {
  /** Anna signs up for both (each while its sign-up is open), on one store; with one seat each, Bo waits in both. */
  async function inBoth(options: { seats?: boolean } = {}) {
    const kl = options.seats ? withSeats(klEvent, 1) : klEvent;
    const synthetic = options.seats ? withSeats(syntheticEvent, 1) : syntheticEvent;
    const { service, store, clock } = setup(KL_NOW);
    const anna = person('anna');
    const bo = person('bo');
    assert.equal((await service.register(kl, anna, answersFor(kl, 1))).kind, 'registered');
    if (options.seats) assert.equal((await service.register(kl, bo, answersFor(kl, 2))).kind, 'waitlisted');
    clock.now = DateTime.fromISO(SYNTHETIC_NOW, { setZone: true });
    assert.equal((await service.register(synthetic, anna, answersFor(synthetic, 1))).kind, 'registered');
    if (options.seats) assert.equal((await service.register(synthetic, bo, answersFor(synthetic, 3))).kind, 'waitlisted');
    return { service, store, clock, kl, synthetic, anna, bo };
  }

  it('when one person signs up for both, then there are two registrations, one per event, found together', async () => {
    const { service, store, kl, synthetic, anna } = await inBoth();
    const found = await service.registrationsOf([kl, synthetic], anna);
    assert.deepEqual(
      found.map((entry) => entry.registration.eventId),
      [kl.id, synthetic.id],
    );
    assert.deepEqual(
      found.map((entry) => Object.keys(entry.registration.answers).sort()),
      [kl, synthetic].map((e) =>
        fieldsOf(e)
          .map((f) => f.id)
          .sort(),
      ),
    );
    assert.equal((await store.list(kl.id)).length, 1);
    assert.equal((await store.list(synthetic.id)).length, 1);
  });

  it('when they cancel one, then the other stays as it was', async () => {
    const { service, kl, synthetic, anna } = await inBoth();
    const before = await service.findActive(synthetic, anna);
    assert.equal((await service.cancel(kl, anna)).kind, 'cancelled');
    assert.equal(await service.findActive(kl, anna), undefined);
    assert.deepEqual(await service.findActive(synthetic, anna), before);
    assert.deepEqual(
      (await service.registrationsOf([kl, synthetic], anna)).map((entry) => entry.event.id),
      [synthetic.id],
    );
  });

  it('when they delete their data, then it goes from every event given, seats pass on in each, and others stay', async () => {
    const { service, store, kl, synthetic, anna, bo } = await inBoth({ seats: true });
    assert.equal(await service.deleteUserData([kl, synthetic], anna), true);
    for (const event of [kl, synthetic]) {
      const stored = await store.list(event.id);
      assert.ok(
        stored.every((r) => !isActive(r) || r.personKey !== personKeyOf(anna)),
        event.id,
      );
      assert.equal(await store.get(event.id, registrationIdOf(event.id, anna)), undefined);
    }
    // Each event's waiting list moved up.
    assert.equal((await service.findActive(kl, bo))?.status, 'registered');
    assert.equal((await service.findActive(synthetic, bo))?.status, 'registered');
    assert.equal(await service.deleteUserData([kl, synthetic], anna), false);
  });

  it('when deleting their data names only one event, then the other registration stays', async () => {
    const { service, kl, synthetic, anna } = await inBoth();
    assert.equal(await service.deleteUserData([synthetic], anna), true);
    assert.equal((await service.findActive(kl, anna))?.status, 'registered');
    assert.equal(await service.findActive(synthetic, anna), undefined);
  });

  it('when someone moves up in both, then they are told of both at once, once', async () => {
    const { service, kl, synthetic, anna, bo } = await inBoth({ seats: true });
    await service.cancel(kl, anna);
    assert.deepEqual(await service.takePromotionNotices([synthetic], bo), [], 'still waiting there');
    await service.cancel(synthetic, anna);
    assert.deepEqual(
      (await service.takePromotionNotices([kl, synthetic], bo)).map((n) => [n.event.id, n.registration.status]),
      [
        [kl.id, 'registered'],
        [synthetic.id, 'registered'],
      ],
    );
    assert.deepEqual(await service.takePromotionNotices([kl, synthetic], bo), []);
    assert.deepEqual(await service.takePromotionNotices([kl, synthetic], anna), []);
  });

  it("when one event's retention has run out, then only its registrations are purged; each event by its own retention", async () => {
    const shortKeep = otherMeeting(syntheticEvent, 'kort');
    shortKeep.retentionDays = 5;
    const { service, store, clock } = setup(KL_NOW);
    await service.register(klEvent, person('a'), answersFor(klEvent, 1));
    clock.now = DateTime.fromISO(SYNTHETIC_NOW, { setZone: true });
    await service.register(syntheticEvent, person('a'), answersFor(syntheticEvent, 1));
    await service.register(shortKeep, person('a'), answersFor(shortKeep, 1));
    const events = [klEvent, syntheticEvent, shortKeep];
    // At the synthetic sign-up time the KL meeting is long past its 30 days.
    assert.equal(await service.purgeExpired(events), 1);
    assert.deepEqual(await Promise.all(events.map(async (e) => (await store.list(e.id)).length)), [0, 1, 1]);
    clock.now = endOf(shortKeep).plus({ days: 5, minutes: -1 });
    assert.equal(await service.purgeExpired(events), 0);
    clock.now = endOf(shortKeep).plus({ days: 5, minutes: 1 });
    assert.equal(await service.purgeExpired(events), 1);
    assert.deepEqual(await Promise.all(events.map(async (e) => (await store.list(e.id)).length)), [0, 1, 0]);
    clock.now = endOf(syntheticEvent).plus({ days: 30, minutes: 1 });
    assert.equal(await service.purgeExpired(events), 1);
    assert.equal((await store.list(syntheticEvent.id)).length, 0);
  });

  it('when the service has its own retention, then an event without one uses it', async () => {
    const { service } = setup(KL_NOW, 90);
    assert.equal(service.expiresAt(klEvent).toMillis(), endOf(klEvent).plus({ days: 90 }).toMillis());
    const own = withRegistration(klEvent, (_registration, copy) => (copy.retentionDays = 7));
    assert.equal(service.expiresAt(own).toMillis(), endOf(klEvent).plus({ days: 7 }).toMillis());
  });
});
