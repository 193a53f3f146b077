import type { RenderedDocument } from '@/lib/api/schemas';
import { documentBlocks } from './document-blocks';

// A document as a Word file (.docx), written with the docx package. It loads only when someone
// downloads a document, so it never adds to the first download (bench/bundle.bench.ts).

const FONT = 'Arial';
/** Half-points: 12 pt body text, 16 pt title (large enough to read easily when printed). */
const BODY_SIZE = 24;
const TITLE_SIZE = 32;

export async function wordDocument(document: RenderedDocument): Promise<Blob> {
  const { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = await import('docx');
  const children = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun({ text: document.title, size: TITLE_SIZE, font: FONT })],
      spacing: { after: 240 },
    }),
  ];
  for (const block of documentBlocks(document.text)) {
    if (block.type === 'paragraph') {
      children.push(
        new Paragraph({
          spacing: { after: 200 },
          children: block.lines.map(
            (line, index) =>
              new TextRun({ text: line, break: index === 0 ? 0 : 1, size: BODY_SIZE, font: FONT }),
          ),
        }),
      );
    } else {
      for (const item of block.items) {
        children.push(
          new Paragraph({
            numbering: { reference: 'bullets', level: 0 },
            children: [new TextRun({ text: item, size: BODY_SIZE, font: FONT })],
          }),
        );
      }
    }
  }
  const file = new Document({
    title: document.title,
    creator: 'IRO Review Tracker',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', style: {} }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBlob(file);
}

/** A file name without the child's name (files are shared and synced): kind, reference, number. */
export function wordFileName(document: RenderedDocument, childRef: string, index: number): string {
  const safe = childRef.replace(/[^A-Za-z0-9-]/g, '');
  return `${document.kind}-${safe}${index > 0 ? `-${index}` : ''}.docx`;
}
