// Every CLI command, in the order `--help` lists them. Each area adds its command here.
import { backupCommand } from './backup';
import type { Command } from './command';
import { importHouseholdsCommand } from './households-import';
import { initCommand } from './init';
import { printTestCommand } from './print-test';
import { exportProductsCommand } from './products-export';
import { importProductsCommand } from './products-import';
import { reportMonthlyCommand } from './report-monthly';
import { restoreCommand } from './restore';
import { retentionCommand } from './retention';
import { serveCommand } from './serve';
import { verifyCommand } from './verify';

export const commands: readonly Command[] = [
  initCommand,
  verifyCommand,
  serveCommand,
  backupCommand,
  restoreCommand,
  retentionCommand,
  importHouseholdsCommand,
  importProductsCommand,
  exportProductsCommand,
  reportMonthlyCommand,
  printTestCommand,
];
