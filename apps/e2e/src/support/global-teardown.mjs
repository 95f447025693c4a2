export default async function globalTeardown() {
  const platform = globalThis.__INNO_PLATFORM__;
  if (!platform || platform.exitCode !== null) return;
  const exited = new Promise((done) => platform.on('exit', done));
  platform.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (platform.exitCode === null) platform.kill('SIGKILL');
}
