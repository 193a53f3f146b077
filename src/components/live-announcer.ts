// One polite live region for the whole document, outside React's tree, so a message survives the
// component that sent it (a loading state announces "Child record loaded" as it goes away).

const ID = 'app-live-announcer';

function region(): HTMLElement {
  const existing = document.getElementById(ID);
  if (existing) return existing;
  const element = document.createElement('div');
  element.id = ID;
  element.className = 'govuk-visually-hidden';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  document.body.appendChild(element);
  return element;
}

/** Says `message` to screen reader users without moving focus. */
export function announcePolitely(message: string): void {
  const element = region();
  // A new text node each time, so the same message said twice is announced twice.
  element.textContent = '';
  element.appendChild(document.createTextNode(message));
}
