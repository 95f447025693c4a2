import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { PilotApplication } from './pilot-application.entity';
import { PilotsController } from './pilots.controller';
import { PilotsService } from './pilots.service';

@Module({ imports: [AuthModule], controllers: [PilotsController], providers: [PilotsService] })
export class PilotsModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.ownership.register('pilot', async (id) => {
      const pilot = await this.dataSource.getRepository(PilotApplication).findOne({ where: { id }, select: { companyId: true, institutionId: true } });
      return pilot ? { companyId: pilot.companyId, institutionId: pilot.institutionId } : null;
    });
  }
}
