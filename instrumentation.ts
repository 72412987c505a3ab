// Runs once when a server starts: migrate the database, and seed the demo household in demo mode.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startUp } = await import('./server/startup');
  await startUp();
}
