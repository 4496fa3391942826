import path from 'node:path';
import { describeNoMeetingInCode } from '../helpers/meetingInCode';
import { eventOfQuestionSet, loadQuestionSet, questionSetFiles, QUESTIONS_DIR } from '../helpers/questionSets';

// The development letters as the importer reads them: the understanding is worked on with their questions, so a name
// of theirs in the code would be a rule fitted to one letter. Importing every one of them takes longer than the rest
// of the shape checks together, so this half lives in the slow suite.
describeNoMeetingInCode('development letters', () =>
  questionSetFiles(path.join(QUESTIONS_DIR, 'dev')).map((file) => eventOfQuestionSet(loadQuestionSet(file)).event),
);
