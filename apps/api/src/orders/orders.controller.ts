import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { OrderAction, orderMachine, OrderStep, Role, rolesFor, type OrderView, type ProductPurchaseCount } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, PartyAccess, Public, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { ApiFile, ApiPage, ApiView } from '../openapi/api-response.decorator';
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
  @ApiOperation({ summary: 'Order a designated product by negotiated contract (수의계약 주문)' })
  @Access({ roles: [Role.BUYER] })
  @ApiView('OrderView', { description: 'OrderView (ORDERED), with its legal basis' })
  @ApiConflictResponse({ description: 'The product is not in force today, or its company is sanctioned' })
  place(@CurrentActor() actor: Actor, @Body() dto: OrderDto): Promise<OrderView> {
    return this.orders.place(actor, dto);
  }

  /** Buyers see their institution's, suppliers their company's, the agency all. */
  @Get('orders')
  @ApiOperation({ summary: 'Orders, newest first (주문 목록)' })
  @Access({ roles: [Role.BUYER, Role.SUPPLIER, ...STAFF] })
  @ApiPage('OrderView')
  list(@CurrentActor() actor: Actor, @Query() query: OrderQueryDto) {
    return this.orders.list(actor, query);
  }

  @Get('orders/:id')
  @ApiOperation({ summary: 'An order (주문 상세)' })
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiView('OrderView', { description: 'OrderView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.get(actor, id);
  }

  @Post('orders/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an order (주문 수락)' })
  @move(OrderAction.ACCEPT)
  @ApiView('OrderView')
  @ApiConflictResponse({ description: 'The order is not ORDERED (WRONG_STATE)' })
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.orders.act(actor, id, OrderAction.ACCEPT);
  }

  @Post('orders/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline an order with a reason (주문 거절)' })
  @move(OrderAction.DECLINE)
  @ApiView('OrderView')
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderReasonDto) {
    return this.orders.act(actor, id, OrderAction.DECLINE, dto);
  }

  @Post('orders/:id/deliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the delivery (납품 등록)' })
  @move(OrderAction.DELIVER)
  @ApiView('OrderView')
  deliver(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.DELIVER, dto);
  }

  @Post('orders/:id/inspect')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the inspection (검수 등록)' })
  @move(OrderAction.INSPECT)
  @ApiView('OrderView')
  inspect(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.INSPECT, dto);
  }

  @Post('orders/:id/pay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the payment (대금 지급 등록)' })
  @move(OrderAction.PAY)
  @ApiView('OrderView')
  pay(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderStepDto) {
    return this.orders.act(actor, id, OrderAction.PAY, dto);
  }

  /** The buyer before acceptance; either side after it, with a reason. */
  @Post('orders/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an order (주문 취소)' })
  @move(OrderAction.CANCEL)
  @ApiView('OrderView')
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: OrderReasonDto) {
    return this.orders.act(actor, id, OrderAction.CANCEL, dto);
  }

  @Post('orders/:id/documents')
  @ApiOperation({ summary: "Add a document to an order's step (주문 증빙 첨부)" })
  @Access({ roles: [], owners: PARTIES })
  @UploadRoute()
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'step'],
      properties: { file: { type: 'string', format: 'binary' }, step: { type: 'string', enum: Object.values(OrderStep) } },
    },
  })
  @ApiView('OrderView', { description: 'OrderView with the document (PDF, or an image, up to 20 MB)' })
  @ApiPayloadTooLargeResponse()
  async addDocument(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
    return this.orders.addDocument(actor, id, await this.uploads.readMultipart(request));
  }

  @Get('orders/:id/documents/:fileId')
  @ApiOperation({ summary: "Download an order's document (주문 증빙 내려받기)" })
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiFile(['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], 'The document file')
  async document(@UuidParam('id') id: string, @UuidParam('fileId') fileId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, this.uploads, await this.orders.documentFile(id, fileId), false);
  }

  /** How many institutions bought the product: a count, never which. */
  @Get('products/:id/purchase-count')
  @ApiOperation({ summary: 'How many institutions bought a product (구매 기관 수)' })
  @Public()
  @ApiView('ProductPurchaseCount')
  purchaseCount(@UuidParam('id') id: string): Promise<ProductPurchaseCount> {
    return this.orders.purchaseCount(id);
  }
}
