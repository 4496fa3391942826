import path from 'node:path';
import { QUESTIONS_DIR } from '../helpers/questionSets';
import { describeFloors } from '../helpers/questionSetFloors';

// The development letters' question sets, asked of the drafts the importer makes of them (unedited): every letter is
// imported afresh and asked about 3,800 questions, too long for the fast suite. Floors of the figures in bench/README.md.
describeFloors({
  name: 'development letters (imported drafts)',
  folder: path.join(QUESTIONS_DIR, 'dev'),
  floor: 0.9,
  inventedAtMost: 18,
});
