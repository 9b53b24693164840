export { startRuntimeProcess, startProcess } from '../test/support/process';
