import type { OrderLegalBasis, OrderStatus, OrderStep } from '@inno/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A buyer's order of a designated product by negotiated contract (수의계약), from order to payment. */
@Entity({ name: 'orders' })
@Check('CHK_orders_amount', '"amount" = "quantity" * "unit_price"')
export class Order {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Index() @Column({ name: 'institution_id', type: 'uuid' }) institutionId: string;
  @Index() @Column({ type: 'varchar', length: 16 }) status: OrderStatus;
  @Column({ type: 'int' }) quantity: number;
  /** The supplier's asking price on the order date, kept beside the price agreed. */
  @Column({ name: 'asking_price', type: 'bigint', transformer: bigintAsNumber }) askingPrice: number;
  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber }) unitPrice: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount: number;
  @Column({ name: 'delivery_place', type: 'varchar', length: 300 }) deliveryPlace: string;
  @Column({ name: 'delivery_due_on', type: 'date' }) deliveryDueOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'legal_basis', type: 'varchar', length: 40 }) legalBasis: OrderLegalBasis;
  /** The designation the contract stands on, as it was on the order date. */
  @Column({ name: 'designation_number', type: 'varchar', length: 30, nullable: true }) designationNumber: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil: string | null;
  @Column({ name: 'ordered_on', type: 'date' }) orderedOn: string;
  /** The contract date (the supplier's acceptance): the fiscal year the purchase counts in. */
  @Index() @Column({ name: 'contracted_on', type: 'date', nullable: true }) contractedOn: string | null;
  @Column({ name: 'delivered_on', type: 'date', nullable: true }) deliveredOn: string | null;
  @Column({ name: 'inspected_on', type: 'date', nullable: true }) inspectedOn: string | null;
  @Column({ name: 'paid_on', type: 'date', nullable: true }) paidOn: string | null;
  @Column({ name: 'step_notes', type: 'jsonb', default: () => "'{}'" }) stepNotes: Partial<Record<OrderStep, string>>;
  /** Why it was declined or cancelled. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A document of one step of an order (delivery note, inspection report, payment record). */
@Entity({ name: 'order_documents' })
export class OrderDocument {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' }) fileId: string;
  @Index() @Column({ name: 'order_id', type: 'uuid' }) orderId: string;
  @Column({ type: 'varchar', length: 16 }) step: OrderStep;
}
