import { stopPlatform } from '../../../../scripts/platform.mjs';

export default async function globalTeardown() {
  const platform = globalThis.__INNO_PLATFORM__;
  if (platform) await stopPlatform(platform);
}
