import { describe, expect, it } from 'vitest';
import { sameShape } from './same-shape';

const form = {
  heldOn: { day: '', month: '', year: '' },
  participationCode: '',
  advocacyOffered: null as boolean | null,
  attendees: [{ name: '', role: '' }],
  recommendations: [] as { text: string }[],
};

describe('sameShape', () => {
  it('accepts values of the form’s own shape, whatever was typed', () => {
    expect(
      sameShape(form, {
        heldOn: { day: '20', month: '11', year: '2026' },
        participationCode: 'PN1',
        advocacyOffered: true,
        attendees: [
          { name: 'A carer', role: 'carer' },
          { name: 'The child', role: 'child' },
        ],
        recommendations: [{ text: 'Anything' }],
      }),
    ).toBe(true);
  });

  it('refuses a missing or extra field, a changed kind of value, or a row of another shape', () => {
    const { participationCode: _dropped, ...missing } = form;
    expect(sameShape(form, missing)).toBe(false);
    expect(sameShape(form, { ...form, colour: 'red' })).toBe(false);
    expect(sameShape(form, { ...form, participationCode: 1 })).toBe(false);
    expect(sameShape(form, { ...form, heldOn: '2026-11-20' })).toBe(false);
    expect(sameShape(form, { ...form, attendees: [{ name: 'A carer' }] })).toBe(false);
    expect(sameShape(form, { ...form, attendees: { name: '', role: '' } })).toBe(false);
    expect(sameShape(form, 'text')).toBe(false);
  });
});
