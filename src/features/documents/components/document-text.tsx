import { Fragment } from 'react';
import { documentBlocks } from '../lib/document-blocks';

/** A document's text as the reader sees it: paragraphs (their line breaks kept) and lists. */
export function DocumentText({ text }: { text: string }) {
  return (
    <div className="app-document__text">
      {documentBlocks(text).map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index} className="govuk-body">
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </p>
        ) : (
          <ul key={index} className="govuk-list govuk-list--bullet">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
