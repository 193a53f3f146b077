// A document's text as blocks, for the print page and the Word file alike: paragraphs split on
// blank lines (their lines kept), and runs of lines starting "- " as a list.

export type DocumentBlock =
  { type: 'paragraph'; lines: string[] } | { type: 'list'; items: string[] };

const ITEM = /^\s*-\s+/;

export function documentBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', lines: paragraph });
      if (list.length > 0) blocks.push({ type: 'list', items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      if (ITEM.test(line)) {
        if (paragraph.length > 0) {
          blocks.push({ type: 'paragraph', lines: paragraph });
          paragraph = [];
        }
        list.push(line.replace(ITEM, ''));
      } else {
        if (list.length > 0) {
          blocks.push({ type: 'list', items: list });
          list = [];
        }
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}
