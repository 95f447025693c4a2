import { Global, Injectable, Module } from '@nestjs/common';

/** Where "now" comes from: call windows, deadlines and expiry read it, and tests move it. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** The date in Korea (YYYY-MM-DD): designation and expiry dates are Korean calendar days. */
export function koreanDate(at: Date): string {
  return new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
