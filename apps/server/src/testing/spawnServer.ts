// The real entry point (src/main.ts) in a child process, as an operator would run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How long a child may take to say it is up. A test's own timeout would otherwise end the
 * test while the child lives on, holding its port and data directory for the next file.
 */
const startupDeadlineMs = 120_000;

// Children still running when the test process ends (a failed test that never reached its
// stop(), a worker torn down by a timeout) end with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnServer(env: NodeJS.ProcessEnv): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    // The "is up" line below is at info: a LOG_LEVEL of the test's own must not hide it.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      clearTimeout(deadline);
      // A death by signal says which, in the output a failing test prints.
      if (signal) output += `\n[spawnServer] the process ended by ${signal}\n`;
      resolve(code);
    }),
  );
  const deadline = setTimeout(() => {
    output += `\n[spawnServer] not up after ${startupDeadlineMs / 1000} s: killed\n`;
    child.kill('SIGKILL');
  }, startupDeadlineMs);
  deadline.unref();
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Newsroom is up at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(deadline);
        resolve({
          child,
          url: match[1]!.replace('localhost', '127.0.0.1'),
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was up:\n${output}`)));
  });
}
