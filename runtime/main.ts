import { readConfig } from './config';
import { startServer } from './server';

/** `npm start`: the runtime with its configuration from the environment. */
async function main() {
  const config = readConfig();
  const running = await startServer(config);
  console.log(`Callflow Studio runtime on ${running.url} (data in ${config.DATA_DIR})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await running.close();
    process.exit(0);
  };
  // A promise one call forgot to handle must not hang up every other call: logged loudly, kept running.
  process.on('unhandledRejection', (reason) => console.error('unhandled rejection (the runtime keeps running):', reason));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
