import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentBlocks } from './document-blocks';
import { wordDocument, wordFileName } from './word';

const LETTER = {
  id: 'letter-to-child',
  kind: 'letter-to-child' as const,
  name: 'Letter to the child (the record of the review)',
  title: 'Your review on 20 November 2026',
  text: 'Dear Amara,\n\nWhat will happen next:\n- Monthly contact with your brother\n- A new bike\n\nBest wishes,\nHannah Okoye',
  recipient: null,
};

describe('documentBlocks', () => {
  it('splits paragraphs on blank lines, keeps line breaks, and makes lists of "- " lines', () => {
    expect(documentBlocks(LETTER.text)).toEqual([
      { type: 'paragraph', lines: ['Dear Amara,'] },
      { type: 'paragraph', lines: ['What will happen next:'] },
      { type: 'list', items: ['Monthly contact with your brother', 'A new bike'] },
      { type: 'paragraph', lines: ['Best wishes,', 'Hannah Okoye'] },
    ]);
  });
});

describe('wordDocument', () => {
  it('is a .docx: a zip whose word/document.xml holds the title, the text and the list', async () => {
    const blob = await wordDocument(LETTER);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Your review on 20 November 2026');
    expect(xml).toContain('Dear Amara,');
    expect(xml).toContain('Monthly contact with your brother');
    expect(xml).toContain('<w:numPr>');
  });

  it('is named by kind and the child’s reference, never their name', () => {
    expect(wordFileName(LETTER, 'LA123456', 0)).toBe('letter-to-child-LA123456.docx');
    expect(wordFileName({ ...LETTER, kind: 'invitation' }, 'LA 12/34', 2)).toBe(
      'invitation-LA1234-2.docx',
    );
  });
});
