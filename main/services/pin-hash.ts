import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum; 2 is Argon2id.
const ARGON2ID = 2;

/** argon2id parameters. Production uses OWASP's minimum: 19 MiB, 2 iterations, 1 lane. */
export interface PinHashCost {
  memoryCost: number;
  timeCost: number;
}

export const productionPinHashCost: PinHashCost = { memoryCost: 19_456, timeCost: 2 };

/** Only tests construct this (through createApp's `pinHashCost` option); no setting or variable reads it. */
export const testOnlyPinHashCost: PinHashCost = { memoryCost: 1024, timeCost: 1 };

export function hashPin(pin: string, cost: PinHashCost, salt?: Uint8Array): Promise<string> {
  return hash(pin, { algorithm: ARGON2ID, parallelism: 1, ...cost, ...(salt ? { salt } : {}) });
}

export function verifyPin(pinHash: string, pin: string): Promise<boolean> {
  return verify(pinHash, pin);
}
