import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { OrderAction, orderMachine, OrderStep, Role, rolesFor, type OrderView, type ProductPurchaseCount } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, PartyAccess, Public, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { sendFile } from '../storage/files.controller';
import { UploadRoute } from '../storage/upload-route';
import { UploadsService } from '../storage/uploads.service';
import { OrderDto, OrderQueryDto, OrderReasonDto, OrderStepDto } from './dto/order.dto';
import { OrdersService } from './orders.service';

const STAFF = [Role.OPERATOR, Role.ADMIN];
/** An order belongs to the ordering institution (its buyers) and to the product's company (its suppliers). */
const PARTIES: OwnershipRule[] = [
  { role: Role.BUYER, resource: 'order', param: 'id' },
  { role: Role.SUPPLIER, resource: 'order', param: 'id' },
];
const move = (action: OrderAction) => PartyAccess(rolesFor(orderMachine, action), PARTIES);

@ApiTags('orders')
@Controller('v1')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly uploads: UploadsService,
  ) {}

  @Post('orders')
  @Access({ roles: [Role.BUYER] })
  @ApiCreatedResponse({ description: 'OrderView (ORDERED), with its legal basis' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The product is not in force today, or its company is sanctioned' })
  place(@CurrentActor() actor: Actor, @Body() dto: OrderDto): Promise<OrderView> {
    return this.orders.place(actor, dto);
  }

  /** Buyers see their institution's, suppliers their company's, the agency all. */
  @Get('orders')
  @Access({ roles: [Role.BUYER, Role.SUPPLIER, ...STAFF] })
  @ApiOkResponse({ description: 'Page of OrderView, newest first' })
  list(@CurrentActor() actor: Actor, @Query() query: OrderQueryDto) {
    return this.orders.list(actor, query);
  }

  @Get('orders/:id')
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiOkResponse({ description: 'OrderView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.get(actor, id);
  }

  @Post('orders/:id/accept')
  @HttpCode(200)
  @move(OrderAction.ACCEPT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The order is not ORDERED (WRONG_STATE)' })
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.orders.act(actor, id, OrderAction.ACCEPT);
  }

  @Post('orders/:id/decline')
  @HttpCode(200)
  @move(OrderAction.DECLINE)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A reason is required' })
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderReasonDto) {
    return this.orders.act(actor, id, OrderAction.DECLINE, dto);
  }

  @Post('orders/:id/deliver')
  @HttpCode(200)
  @move(OrderAction.DELIVER)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'The date is before acceptance or after today' })
  deliver(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.DELIVER, dto);
  }

  @Post('orders/:id/inspect')
  @HttpCode(200)
  @move(OrderAction.INSPECT)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'The date is before delivery or after today' })
  inspect(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.INSPECT, dto);
  }

  @Post('orders/:id/pay')
  @HttpCode(200)
  @move(OrderAction.PAY)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'The date is before inspection or after today' })
  pay(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.PAY, dto);
  }

  /** The buyer before acceptance; either side after it, with a reason. */
  @Post('orders/:id/cancel')
  @HttpCode(200)
  @move(OrderAction.CANCEL)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A reason is required once the order is accepted' })
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderReasonDto) {
    return this.orders.act(actor, id, OrderAction.CANCEL, dto);
  }

  @Post('orders/:id/documents')
  @Access({ roles: [], owners: PARTIES })
  @UploadRoute()
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'step'],
      properties: { file: { type: 'string', format: 'binary' }, step: { type: 'string', enum: Object.values(OrderStep) } },
    },
  })
  @ApiCreatedResponse({ description: 'OrderView with the document (PDF, or an image, up to 20 MB)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto })
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.orders.addDocument(actor, id, await this.uploads.readMultipart(request));
  }

  @Get('orders/:id/documents/:fileId')
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiOkResponse({ description: 'The document file' })
  async document(@UuidParam('id') id: string, @UuidParam('fileId') fileId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, this.uploads, await this.orders.documentFile(id, fileId), false);
  }

  /** How many institutions bought the product: a count, never which. */
  @Get('products/:id/purchase-count')
  @Public()
  @ApiOkResponse({ description: 'ProductPurchaseCount' })
  purchaseCount(@UuidParam('id') id: string): Promise<ProductPurchaseCount> {
    return this.orders.purchaseCount(id);
  }
}
