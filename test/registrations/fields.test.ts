import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFieldByName, matchChoice, parseFieldAnswer, parseOtherAnswer } from '../../src/registrations/fields';
import { recognizeYesNo } from '../../src/registrations/yesNo';
import { bundledEvent } from '../helpers/event';

const field = (id: string) => bundledEvent.registration.fields.find((f) => f.id === id)!;
const parse = (id: string, text: string, lang: 'da' | 'en' = 'da') => parseFieldAnswer(field(id), text, lang);

describe('sign-up answers', () => {
  it('names: letters, spaces, hyphens and apostrophes; no markup, no emoji, not too long', () => {
    assert.deepEqual(parse('fullName', '  Anne-Marie   Ø. Sørensen '), { ok: true, value: 'Anne-Marie Ø. Sørensen' });
    assert.deepEqual(parse('fullName', "Seán O'Brien"), { ok: true, value: "Seán O'Brien" });
    assert.deepEqual(parse('fullName', '**Anna**'), { ok: false, problem: 'markup' });
    assert.deepEqual(parse('fullName', '<script>alert(1)</script>'), { ok: false, problem: 'markup' });
    assert.deepEqual(parse('fullName', '<at>Mødebot</at>'), { ok: false, problem: 'markup' });
    assert.deepEqual(parse('fullName', '😀😀'), { ok: false, problem: 'notAName' });
    assert.deepEqual(parse('fullName', 'Anna 😀'), { ok: false, problem: 'notAName' });
    assert.deepEqual(parse('fullName', 'x'.repeat(5000)), { ok: false, problem: 'tooLong' });
    assert.deepEqual(parse('fullName', '   '), { ok: false, problem: 'empty' });
  });

  it('e-mail: checked with zod and lower-cased', () => {
    assert.deepEqual(parse('email', 'Anna_Jensen@Herning.DK'), { ok: true, value: 'anna_jensen@herning.dk' });
    assert.deepEqual(parse('email', 'anna@'), { ok: false, problem: 'notAnEmail' });
    assert.deepEqual(parse('email', 'anna herning.dk'), { ok: false, problem: 'notAnEmail' });
  });

  it('municipalities match forgivingly', () => {
    const m = (text: string) => matchChoice(field('municipality'), text, 'da')?.id;
    assert.equal(m('ringkobing'), 'ringkoebing-skjern');
    assert.equal(m('Ringkøbing-Skjern Kommune'), 'ringkoebing-skjern');
    assert.equal(m('aarhus kommune'), 'aarhus');
    assert.equal(m('Århus'), 'aarhus');
    assert.equal(m('Silkebrg'), 'silkeborg');
    assert.equal(m('samsoe'), 'samsoe');
    assert.equal(m('19'), 'aarhus');
    assert.equal(m('Hørsholm'), undefined);
  });

  it('a place not on the list becomes "other" as typed; "andet" asks for the text', () => {
    assert.deepEqual(parse('municipality', 'Region Midtjylland'), { ok: true, value: 'other', other: 'Region Midtjylland' });
    assert.deepEqual(parse('municipality', 'andet'), { ok: true, value: 'other' });
    assert.deepEqual(parseOtherAnswer(field('municipality'), 'KL'), { ok: true, value: 'other', other: 'KL' });
    assert.deepEqual(parse('municipality', '🙂'), { ok: false, problem: 'noSuchChoice' });
  });

  it('roles must be one of the choices', () => {
    assert.deepEqual(parse('role', 'udvalgsformand'), { ok: true, value: 'udvalgsformand' });
    assert.deepEqual(parse('role', 'Committee member', 'en'), { ok: true, value: 'udvalgsmedlem' });
    assert.deepEqual(parse('role', 'direktor'), { ok: true, value: 'direktoer' });
    assert.deepEqual(parse('role', 'astronaut'), { ok: false, problem: 'noSuchChoice' });
  });

  it('the optional topic can be skipped in both languages', () => {
    assert.deepEqual(parse('topic', 'spring over'), { ok: true, value: '' });
    assert.deepEqual(parse('topic', 'skip', 'en'), { ok: true, value: '' });
    assert.deepEqual(parse('topic', 'Inklusion i udskolingen'), { ok: true, value: 'Inklusion i udskolingen' });
    assert.deepEqual(parse('topic', 'x'.repeat(501)), { ok: false, problem: 'tooLong' });
  });

  it('fields are found by the names users call them', () => {
    const fields = bundledEvent.registration.fields;
    assert.equal(findFieldByName(fields, 'ret min e-mail')?.id, 'email');
    assert.equal(findFieldByName(fields, 'change my email')?.id, 'email');
    assert.equal(findFieldByName(fields, 'skift mit navn')?.id, 'fullName');
    assert.equal(findFieldByName(fields, 'ret kommune')?.id, 'municipality');
    assert.equal(findFieldByName(fields, 'rolle')?.id, 'role');
    assert.equal(findFieldByName(fields, 'ret noget'), undefined);
  });

  it('yes and no in Danish and English', () => {
    for (const yes of ['ja', 'Ja!', 'jep', 'ja tak', 'yes', 'Yep', 'ok', '👍', 'prøv igen']) assert.equal(recognizeYesNo(yes), true, yes);
    for (const no of ['nej', 'Nej tak', 'no', 'nope', '👎']) assert.equal(recognizeYesNo(no), false, no);
    for (const neither of ['jamen hvor er det?', 'måske', '']) assert.equal(recognizeYesNo(neither), undefined, neither);
  });
});
