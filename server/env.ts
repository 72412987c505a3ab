import 'server-only';
import { z } from 'zod';

const boolFlag = z
  .enum(['1', '0', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SQLITE_PATH: z.string().min(1).default('./data/anxin.sqlite'),
  ANXIN_DEMO: boolFlag,
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RP_NAME: z.string().min(1).default('Anxin'),
  /** An operator's speech recognizer over HTTP (see README); absent: no server recognition. */
  SPEECH_RECOGNIZER_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The one place that reads process.env. Fails at start-up with every problem listed. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
