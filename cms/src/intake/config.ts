import { type IntakeEnv, intakeEnv } from '@vg/shared-schema';

let cached: IntakeEnv | undefined;

/** The intake settings from the environment (validated once; a bad value stops the CMS at start-up). */
export function intakeConfig(): IntakeEnv {
  cached ??= intakeEnv(process.env);
  return cached;
}
