// The HTTP server as its own process, for tests that kill it: started with `node --import tsx`, so
// the PID is the server's own (an npx wrapper would die and leave the server running), stopped by
// that PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));
const STARTED = /on http:\/\/127\.0\.0\.1:(\d+)/;

export interface ServerProcess {
  readonly pid: number;
  /** http://127.0.0.1:PORT */
  readonly base: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** kill -9, and wait until it is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (it closes the database cleanly), and wait: its exit code (or the signal's name). */
  stop(): Promise<number | string>;
}

/** Its exit code, or the signal that ended it. */
function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
}

/**
 * Starts `mocks/http-server.ts --port 0 ...args` with `env` (DATABASE_URL and IRO_DATA_DIR only
 * from `env`, never inherited), resolving once it prints the port it listens on and where its
 * data is.
 */
export async function startServerProcess(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.IRO_DATA_DIR;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/http-server.ts', '--port', '0', ...args],
    { cwd: REPOSITORY, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.pid === undefined) throw new Error('The server process did not start');
  const pid = child.pid;
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      const match = STARTED.exec(output);
      if (match !== null && /^Data: .*$/m.test(output)) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before it started:\n${output}`));
    });
  });

  return {
    pid,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    async kill9() {
      const done = exited(child);
      process.kill(pid, 'SIGKILL');
      await done;
    },
    async stop() {
      const done = exited(child);
      process.kill(pid, 'SIGTERM');
      const result = await done;
      if (result !== 0) console.error(`The server ended with ${result}:\n${output}`);
      return result;
    },
  };
}
