/**
 * How the end-to-end tests and the benchmark start Debian's Chromium: software WebGL (SwiftShader) by
 * default, since this machine has no GPU and Playwright's own browser downloads cannot work here.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const common = [
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Flags for software WebGL through ANGLE's SwiftShader backend. */
export const swiftShaderArgs = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  ...common,
];

/** Flags that ask for a hardware GPU through ANGLE's Vulkan backend (the benchmark tries these first when a GPU is present). */
export const gpuArgs = ['--use-gl=angle', '--use-angle=vulkan', '--enable-features=Vulkan', ...common];

/** Adds --no-sandbox when running as root (Chromium refuses to start sandboxed as root). */
export function withSandboxFlag(args: readonly string[]): string[] {
  return process.getuid?.() === 0 ? [...args, '--no-sandbox'] : [...args];
}
