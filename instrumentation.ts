// Runs once when a server starts: answer what the framework cannot route (TRACE, a URL that does
// not decode), migrate the database, and seed the demo household in demo mode.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnroutable } = await import('./server/http/unroutable');
  refuseUnroutable();
  const { startUp } = await import('./server/startup');
  await startUp();
}
