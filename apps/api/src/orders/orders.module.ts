import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { OwnershipRegistry } from '../auth/ownership';
import { Order } from './order.entity';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({ imports: [AuthModule], controllers: [OrdersController], providers: [OrdersService], exports: [OrdersService] })
export class OrdersModule implements OnModuleInit {
  constructor(
    private readonly ownership: OwnershipRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.ownership.register('order', async (id) => {
      const order = await this.dataSource.getRepository(Order).findOne({ where: { id }, select: { companyId: true, institutionId: true } });
      return order ? { companyId: order.companyId, institutionId: order.institutionId } : null;
    });
  }
}
