/**
 * How the rest of the app stops or resets the live demos without loading them: state/demos.ts fills these
 * in when it loads, with the views that show a demo (a demo can only be running once it has loaded).
 */
export const demoControl = {
  /** Stops the running demo, if any. */
  stop: (): void => {},
  /** Stops every demo and forgets their results. */
  reset: (): void => {},
};
