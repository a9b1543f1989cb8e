// Every CLI command, in the order `--help` lists them. Each area adds its command here.
import type { Command } from './command';
import { initCommand } from './init';
import { serveCommand } from './serve';
import { verifyCommand } from './verify';

export const commands: readonly Command[] = [initCommand, verifyCommand, serveCommand];
