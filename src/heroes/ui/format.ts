/** Number formatting for the demo readouts: SI digit grouping and a true minus sign. */

/** Narrow no-break space, the SI digit-group separator (keeps a number on one line). */
const groupSep = '\u202f';

/** Fixed-point with digits grouped in threes on both sides of the point: 979069.5634 → "979 069.563". */
export function groupedFixed(value: number, decimals: number): string {
  const [int = '', frac = ''] = Math.abs(value).toFixed(decimals).split('.');
  const intGrouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  const fracGrouped = frac.replace(/(\d{3})(?=\d)/g, `$1${groupSep}`);
  return `${value < 0 ? '−' : ''}${intGrouped}${frac ? `.${fracGrouped}` : ''}`;
}

/** Fixed-point with a sign always shown (+1.2 / −3.4, true minus sign). */
export function signedFixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return `${value < 0 && Number(text) !== 0 ? '−' : '+'}${text}`;
}

/** Fixed-point with a true minus sign. */
export function fixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return `${value < 0 && Number(text) !== 0 ? '−' : ''}${text}`;
}
