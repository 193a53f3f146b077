import { describe, expect, it } from 'vitest';
import { checkText } from './text';

describe('checkText', () => {
  const rule = { label: 'Reason for rescheduling', limit: 5, required: 'Enter reason' };

  it('trims the text', () => {
    expect(checkText('  Ill \n', rule)).toEqual({ text: 'Ill', error: null });
  });

  it('asks for required text when it is blank', () => {
    expect(checkText('   ', rule)).toEqual({ text: '', error: 'Enter reason' });
  });

  it('allows optional text to be blank', () => {
    expect(checkText(' ', { label: 'Note', limit: 5 })).toEqual({ text: '', error: null });
  });

  it('counts the trimmed text against the limit', () => {
    expect(checkText(' 12345 ', rule).error).toBeNull();
    expect(checkText('123456', rule).error).toBe(
      'Reason for rescheduling must be 5 characters or fewer',
    );
  });
});
