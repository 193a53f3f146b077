import { InsetText, Tag } from '@/components';
import { LETTER_READING_AGE_TARGET, readingAge, readingAgeAdvice } from '@/domain';

/** The letter's reading age (Flesch-Kincaid grade + 5), so the IRO can simplify it. */
export function ReadingAgeNote({ text }: { text: string }) {
  const age = readingAge(text);
  if (age === null) return null;
  const easy = age.readingAge <= LETTER_READING_AGE_TARGET;
  return (
    <InsetText className="app-no-print">
      <p className="govuk-body">
        <Tag colour={easy ? 'green' : 'yellow'}>{easy ? 'Plain English' : 'Hard to read'}</Tag>{' '}
        {readingAgeAdvice(age)}.
      </p>
      <p className="govuk-body-s">
        Worked out with the Flesch-Kincaid grade level (a US school grade; the reading age is the
        grade plus 5 years) from {age.words} words in {age.sentences} sentences. Change the review’s
        decisions or recommendations, or ask a team manager to change the template, to simplify it.
      </p>
    </InsetText>
  );
}
