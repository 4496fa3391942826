/**
 * Letters written for the tests of meetings held on alternative dates (each invitee comes to one of them), and one
 * of a course over two days (everyone comes both days) that must not be read as alternatives. Made-up places and
 * people; as lines, so a test can change one.
 */

/** Two groups ("hold"), each with its own date, time, place and deadline. */
export const TEAMS_DA: readonly string[] = [
  'Kursus i digital journalføring',
  '',
  'Vestby Kommune, 12. januar 2027',
  '',
  'Kære medarbejder',
  '',
  'Vi inviterer til et kursus i det nye journalsystem. Kurset afholdes to gange med samme indhold, så du kan vælge det hold, der passer dig bedst.',
  '',
  'Hold 1: tirsdag den 2. marts 2027 kl. 9.00–12.00',
  'Sted: Vestby Rådhus, mødelokale 2',
  'Tilmelding senest den 16. februar 2027',
  '',
  'Hold 2: tirsdag den 9. marts 2027 kl. 13.00–16.00',
  'Sted: Nordby Bibliotek, Skolegade 4, 6100 Nordby',
  'Tilmelding senest den 23. februar 2027',
  '',
  'Tilmeld dig på vestby.example/kursus og skriv, hvilket hold du vælger.',
  '',
  'Med venlig hilsen',
  'Mette Bang, uddannelseskonsulent',
];

/** A webinar that runs twice, the dates in one sentence, the same time for both. */
export const TWICE_EN: readonly string[] = [
  'Webinar: New Rules for Public Procurement',
  '',
  'Dear colleagues,',
  '',
  'The webinar runs twice: Tuesday 4 May 2027 and Tuesday 11 May 2027, both from 10:00 to 11:30. Choose the date that suits you.',
  '',
  'The webinar is held on Microsoft Teams; the link is sent after registration.',
  '',
  'Register at procurement.example/webinar by 28 April 2027.',
  '',
  'Kind regards,',
  'Peter Lund, Procurement Network',
];

/** A course over two days: both days are one meeting. */
export const TWO_DAYS_DA: readonly string[] = [
  'Kursus i konflikthåndtering',
  '',
  'Kære kollega',
  '',
  'Vi inviterer til et kursus over to dage. Du deltager begge dage.',
  '',
  'Dag 1: torsdag den 15. april 2027 kl. 9.00–15.00',
  'Dag 2: torsdag den 22. april 2027 kl. 9.00–15.00',
  '',
  'Sted: Vestby Rådhus, Torvet 1, 6000 Vestby',
  '',
  'Med venlig hilsen',
  'Anne Kjær',
];
