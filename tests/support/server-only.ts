// Tests import server/ modules directly; the real 'server-only' marker throws outside Next.
export {};
