import { Injectable } from '@nestjs/common';
import type { Language, MailPreferencesView } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { User } from '../users/user.entity';

/** A user's language and the mail kinds they turned off. */
@Injectable()
export class MailPreferences {
  constructor(private readonly dataSource: DataSource) {}

  async read(userId: string): Promise<MailPreferencesView> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId }, select: { id: true, language: true, mutedMailKinds: true } });
    return { language: user.language, mutedKinds: user.mutedMailKinds };
  }

  async update(userId: string, preferences: MailPreferencesView): Promise<MailPreferencesView> {
    await this.dataSource.getRepository(User).update(userId, { language: preferences.language, mutedMailKinds: preferences.mutedKinds });
    return this.read(userId);
  }

  /** The language alone: the muted kinds stay as they are. */
  async setLanguage(userId: string, language: Language): Promise<MailPreferencesView> {
    await this.dataSource.getRepository(User).update(userId, { language });
    return this.read(userId);
  }
}
