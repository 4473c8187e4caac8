#!/usr/bin/env node
// Thin launcher: register tsx so the TypeScript CLI runs directly, then hand over the arguments.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2));
