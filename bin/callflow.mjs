#!/usr/bin/env node
// Registers tsx so the CLI runs straight from the TypeScript sources, without a build step.
import { register } from 'tsx/esm/api';

// `callflow schema | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv);
