import { DEMO_API_HELP, DemoApiOptionsError, parseDemoApiOptions, wantsHelp } from './options.ts';
import { describeDemoApiOptions, startDemoApiServer } from './server.ts';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(DEMO_API_HELP);
    return;
  }
  const options = parseDemoApiOptions(argv, process.env);
  const running = await startDemoApiServer(options);
  console.log(`Demo API listening on ${running.url}`);
  console.log(describeDemoApiOptions(options));

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}, shutting down`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof DemoApiOptionsError) {
    console.error(`demo-api: ${error.message}`);
    process.exit(2);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    console.error(`demo-api: cannot listen: ${error instanceof Error ? error.message : String(error)}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
