// Entry point of `npm run --silent till -- …`.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
