/**
 * Resolves in a later turn of the event loop, after pending I/O (a request waiting): setImmediate
 * in Node, a zero timeout in the browser (which has no setImmediate).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
