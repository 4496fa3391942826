import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** The meeting's name as letters call it: behind a forward mark, after "hermed indkaldes til", or only in prose. */

const titleOf = (lines: string[]) => JSON.stringify(draftOf(lines).result.event.title);

const signature = ['', 'Venlig hilsen', 'Eva Lund', 'Sekretær, Vestby Kommune', 'Tlf. 86 12 34 57'];

describe('the title a letter gives its meeting', () => {
  it('a forwarded subject loses its "VS:" and "Invitation til"', () => {
    const title = titleOf([
      'Emne: VS: Invitation til temamøde om trafiksikkerhed',
      '',
      'Hej alle, se nedenfor.',
      '',
      'Temamødet holdes tirsdag den 8. juni 2027 kl. 17.00-19.00 på Rådhuset, Torvet 1, 9990 Vestby.',
      ...signature,
    ]);
    assert.match(title, /^"Temamøde om trafiksikkerhed"$/i, title);
  });

  it('"Hermed indkaldes til …" names the meeting after the call', () => {
    const title = titleOf([
      'Hermed indkaldes til ordinær generalforsamling i Vestby Roklub',
      '',
      'Torsdag den 10. juni 2027 kl. 19.00 i klubhuset, Havnevej 2, 9990 Vestby.',
      '',
      'Dagsorden:',
      '1. Valg af dirigent',
      '2. Beretning',
      ...signature,
    ]);
    assert.match(title, /^"Ordinær generalforsamling i Vestby Roklub"$/, title);
  });

  it('a chatty letter with only a numbered agenda and a signature takes its name from "tid til årets …"', () => {
    const title = titleOf([
      'Hej alle sammen 👋',
      '',
      'Så er det tid til årets generalforsamling igen! Vi ses torsdag den 10. juni 2027 kl. 19.00 i klubhuset på Havnevej 2, 9990 Vestby.',
      '',
      'Dagsorden:',
      '1. Valg af dirigent og referent',
      '2. Formandens beretning',
      '',
      'Sportslig hilsen',
      'Eva Lund',
    ]);
    assert.match(title, /^"Generalforsamling"$/, title);
  });
});
