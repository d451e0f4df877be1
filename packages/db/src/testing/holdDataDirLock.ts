// A process that takes a data directory's lock and keeps it until its stdin ends (or it is
// killed): dataDirLock.test.ts races several of these and kills them, as real processes.
//   node --import tsx holdDataDirLock.ts <dataDir> <command name>
// Prints one JSON line: {"held":true} or {"held":false,"message":"…"}.
import { describeThisProcess, lockDataDir } from '../dataDirLock';

const [dataDir, command = 'holder'] = process.argv.slice(2);
describeThisProcess(command);
try {
  const lock = await lockDataDir(dataDir!);
  console.log(JSON.stringify({ held: true }));
  process.stdin.on('data', () => undefined);
  process.stdin.on('end', () => {
    lock?.release();
    process.exit(0);
  });
} catch (error) {
  console.log(JSON.stringify({ held: false, message: (error as Error).message }));
  process.exit(2);
}
