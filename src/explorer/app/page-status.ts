import { ApiError } from './api';
import { byId } from './dom';
import { GraphJsonError } from './exports';
import { LinkError } from './loaded-graph';
import { ViewStateError } from './view-state';

/**
 * How the page tells a person what happens: the busy state while an action
 * runs, a message in words when one fails (what the canvas shows stays), and
 * announcements for screen readers.
 */

const message = byId('message');
const live = byId('live');
const body = document.body;

export function say(text: string): void {
  live.textContent = '';
  // A fresh node each time, so screen readers announce a repeat too.
  setTimeout(() => (live.textContent = text), 30);
}

export function showMessage(text: string | null): void {
  message.textContent = text ?? '';
  message.hidden = text === null;
}

/** A failure in words: the explorer's own errors say what went wrong; anything else is logged. */
export function describe(error: unknown): string {
  if (
    error instanceof ApiError ||
    error instanceof LinkError ||
    error instanceof ViewStateError ||
    error instanceof GraphJsonError
  )
    return error.message;
  console.warn(error);
  return 'Something went wrong in the explorer; what is shown stays.';
}

let busy = 0;
/** Runs an action with the page marked busy; a failure becomes the message, and is announced. */
export async function run(action: () => Promise<unknown>): Promise<void> {
  busy++;
  body.dataset.state = 'busy';
  try {
    await action();
    showMessage(null);
  } catch (error) {
    showMessage(describe(error));
    say(describe(error));
  } finally {
    if (--busy === 0) body.dataset.state = 'ready';
  }
}
