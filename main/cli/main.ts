// `npm run --silent till -- <command>`: one entry for every command-line task.
import { CliError, type Command, EXIT_CANNOT_RUN, wantsHelp } from './command';
import { commands } from './commands';

function help(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'usage: npm run --silent till -- <command> [options]   (each command has --help)',
    '',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'exit codes: 0 done, 1 ran and found faults, 2 could not run',
  ].join('\n');
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  // Two-word commands (`import products`) are matched before one-word ones.
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = commands.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    console.log(help(commands));
    return argv.length === 0 ? EXIT_CANNOT_RUN : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    console.error(`unknown command: ${argv.slice(0, 2).join(' ')}\n\n${help(commands)}`);
    return EXIT_CANNOT_RUN;
  }
  if (wantsHelp(found.rest)) {
    console.log(`usage: npm run --silent till -- ${found.command.usage}\n\n${found.command.summary}`);
    return 0;
  }
  try {
    const run = await found.command.load();
    return await run(found.rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`till ${found.command.name}: ${error.message}`);
      return EXIT_CANNOT_RUN;
    }
    console.error(`till ${found.command.name}: could not run:`, error instanceof Error ? error.message : error);
    return EXIT_CANNOT_RUN;
  }
}
