import { instrumentPaletteSize } from '../../../layout/instruments';

/** Light body paints of the generic instruments, multiplied into the models' white parts. */
export const instrumentPalette: readonly string[] = [
  '#f2f1ec',
  '#dfe4e8',
  '#ebe3d2',
  '#cfdacf',
  '#c8d6e8',
  '#f0dbc6',
];

if (instrumentPalette.length !== instrumentPaletteSize)
  throw new Error(`the instrument palette needs ${instrumentPaletteSize} colours`);
