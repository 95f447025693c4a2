import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopStaleServer } from './embedded-postgres';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stopping a stale embedded server', () => {
  let root: string;
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'inno-stale-'));
    dataDir = join(root, 'postgres');
    mkdirSync(dataDir);
    // A stand-in whose program name is "postgres" (the name it is started by).
    mkdirSync(join(root, 'bin'));
    symlinkSync('/bin/sleep', join(root, 'bin', 'postgres'));
  });
  afterEach(() => {
    if (child?.pid && running(child.pid)) child.kill('SIGKILL');
    child = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  const start = async (program: string, cwd: string) => {
    child = spawn(program, ['30'], { cwd, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(join(dataDir, 'postmaster.pid'), `${child.pid}\n${dataDir}\n`);
    return child.pid!;
  };
  const exited = (pid: number) => new Promise<boolean>((r) => (child!.exitCode !== null || child!.signalCode ? r(true) : child!.once('exit', () => r(!running(pid)))));

  it('leaves alone a process that took over the old pid, and clears the file', async () => {
    const pid = await start('/bin/sleep', root);
    await stopStaleServer(dataDir, () => undefined);
    expect(running(pid)).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('leaves alone the postgres of another data directory', async () => {
    const pid = await start(join(root, 'bin', 'postgres'), root);
    await stopStaleServer(dataDir, () => undefined);
    expect(running(pid)).toBe(true);
  });

  it('stops the postgres that still runs in this data directory', async () => {
    const pid = await start(join(root, 'bin', 'postgres'), dataDir);
    await stopStaleServer(dataDir, () => undefined);
    expect(await exited(pid)).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
