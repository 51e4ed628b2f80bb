// What only kiosk mode shows: fetched as one chunk, and only when kiosk mode is on.
export { Joystick } from './Joystick';
export { KioskAttract } from './KioskAttract';
export { KioskIdlePrompt } from './KioskIdlePrompt';
