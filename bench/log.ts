/** A progress line of `npm run bench`: the time of day, then the message. */
export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
