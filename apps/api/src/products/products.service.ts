import { Injectable } from '@nestjs/common';
import {
  DesignationStatus,
  nextExtensionYears,
  LISTED_STATUSES,
  normalizeBusinessNumber,
  PRICE_COMPARISON_MIN,
  ProductKind,
  Role,
  type Page,
  type PriceComparison,
  type ProductDetail,
  type ProductSummary,
  type ProductVersionView,
  type ProductView,
  type StoredFileView, message } from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { CategoriesService } from '../categories/categories.service';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { retryingTransaction } from '../common/transactions';
import { Company } from '../companies/company.entity';
import { currentDesignation, openDesignation, termsOf, yearsHeldBefore } from '../designations/designation-record';
import { PublicReads } from '../database/public-reads';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, IMAGE_MAX_BYTES, IMAGE_TYPES } from '../storage/file-type';
import { FilePurpose, StoredFile } from '../storage/stored-file.entity';
import { toFileView, UploadsService, type UploadedPart } from '../storage/uploads.service';
import { filterTagsOf, similarProductsSql, smallCategoryPricesSql, toSummaryFromRow } from './catalogue-search';
import { CatalogueService } from './catalogue.service';
import type { ProductInputDto, ProductUpdateDto, Type1ProductDto } from './dto/product-input.dto';
import { ProductPrice } from './product-price.entity';
import { ProductVersion } from './product-version.entity';
import { Product } from './product.entity';
import { toProductView } from './product.view';

const EDITABLE_FIELDS = [
  'nameKo', 'nameEn', 'modelName', 'description', 'categoryCode', 'goodsClassNo', 'detailItemNo',
  'tradingUnit', 'askingPrice', 'certifications', 'patents', 'trl', 'region',
] as const;

const MAX_IMAGES = 10;
const MAX_DOCUMENTS = 10;
const SIMILAR_COUNT = 4;

@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditService,
    private readonly uploads: UploadsService,
    private readonly ruleSettings: RuleSettingsService,
    private readonly clock: Clock,
    private readonly publicReads: PublicReads,
  ) {}

  /** A supplier registers a product of its company; it enters the catalogue once designated. */
  async create(actor: Actor, dto: ProductInputDto): Promise<ProductView> {
    const categoryPath = await this.categoryPathOrFail(dto.categoryCode);
    const product = await this.dataSource.transaction(async (manager) => {
      const company = await manager.findOneByOrFail(Company, { id: actor.companyId! });
      const created = await this.insertProduct(manager, company, dto, categoryPath, {
        kind: ProductKind.TYPE2,
        status: DesignationStatus.UNDESIGNATED,
      });
      await this.recordPrice(manager, created, actor.userId);
      await this.audit.record(manager, actor, {
        action: 'product.created',
        entityType: 'product',
        entityId: created.id,
        toState: created.status,
        data: { goodsId: created.goodsId, nameKo: created.nameKo, askingPrice: created.askingPrice },
      });
      return created;
    });
    return this.view(product);
  }

  /**
   * A ministry-designated (Type 1) product, recorded by an operator. The company is found by its
   * business number, or registered from the record. It runs under the designation terms of the
   * rule settings at recording time (it has no call); already expired when that period has passed.
   */
  async recordType1(actor: Actor, dto: Type1ProductDto, manager?: EntityManager, options = { audit: true }): Promise<Product> {
    const categoryPath = await this.categoryPathOrFail(dto.categoryCode);
    const work = async (tx: EntityManager) => {
      const company = await this.findOrRegisterCompany(tx, dto.company, actor, options.audit);
      const terms = termsOf((await this.ruleSettings.current(tx)).designation);
      const today = koreanDate(this.clock.now());
      const product = await this.insertProduct(tx, company, dto, categoryPath, {
        kind: ProductKind.TYPE1,
        status: DesignationStatus.DESIGNATED,
        designatingBody: dto.designatingBody,
        certificateNumber: dto.certificateNumber,
        designatedOn: dto.designatedOn,
      });
      const designation = await openDesignation(tx, product, dto.designatedOn, terms, { proposalId: null, callId: null }, today);
      const status = designation.endedAs ? DesignationStatus.EXPIRED : DesignationStatus.DESIGNATED;
      await tx.update(Product, product.id, { validUntil: designation.validUntil, status });
      Object.assign(product, { validUntil: designation.validUntil, status });
      await this.recordPrice(tx, product, actor.userId);
      // An import audits once for all its rows.
      if (options.audit) await this.audit.record(tx, actor, {
        action: 'product.type1_recorded',
        entityType: 'product',
        entityId: product.id,
        toState: status,
        data: { goodsId: product.goodsId, designatingBody: dto.designatingBody, certificateNumber: dto.certificateNumber, designatedOn: dto.designatedOn },
      });
      await this.catalogue.invalidate(tx);
      return product;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async recordType1View(actor: Actor, dto: Type1ProductDto): Promise<ProductView> {
    return this.view(await this.recordType1(actor, dto));
  }

  /**
   * An edit by the product's supplier. The row is locked for the edit; the version before it
   * is kept with what changed, a new price joins the price history, and the audit log records it.
   */
  async update(actor: Actor, id: string, dto: ProductUpdateDto): Promise<ProductView> {
    const categoryPath = dto.categoryCode !== undefined ? await this.categoryPathOrFail(dto.categoryCode) : undefined;
    const product = await retryingTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('product', id);
      if (current.status === DesignationStatus.REVOKED) throw new ConflictError('A revoked product can no longer be edited', 'PRODUCT_REVOKED');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of EDITABLE_FIELDS) {
        const next = dto[field];
        if (next !== undefined && JSON.stringify(next) !== JSON.stringify(current[field])) changes[field] = { from: current[field], to: next };
      }
      if (Object.keys(changes).length === 0) return current;
      const snapshot = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, current[f]]));
      await manager.save(manager.create(ProductVersion, { productId: id, version: current.version, snapshot, changes, changedBy: actor.userId }));
      const updated = manager.merge(Product, current, Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.to])), {
        version: current.version + 1,
        ...(categoryPath ? { categoryPath } : {}),
      });
      updated.filterTags = filterTagsOf(updated);
      await manager.save(updated);
      if (changes.askingPrice) await this.recordPrice(manager, updated, actor.userId);
      await this.audit.record(manager, actor, {
        action: 'product.updated',
        entityType: 'product',
        entityId: id,
        data: { version: updated.version, changes },
      });
      await this.catalogue.invalidate(manager);
      return updated;
    });
    return this.view(product);
  }

  /** Public for a product in force; otherwise only its supplier and the agency's staff see it. Anonymous readers' from a replica. */
  detail(id: string, viewer: Actor | null): Promise<ProductDetail> {
    return this.publicReads.run(viewer, async (manager) => {
      const product = await manager.findOneBy(Product, { id });
      if (!product || !this.canSee(product, viewer)) throw new NotFoundError('product', id);
      const [view, priceHistory, similar, priceComparison] = await Promise.all([
        this.view(product, manager),
        this.priceHistory(manager, id),
        this.similar(manager, product),
        this.priceComparison(manager, product),
      ]);
      return { ...view, priceHistory, similar, priceComparison };
    });
  }

  private canSee(product: Product, viewer: Actor | null): boolean {
    if (LISTED_STATUSES.includes(product.status)) return true;
    if (!viewer) return false;
    return viewer.role === Role.OPERATOR || viewer.role === Role.ADMIN || viewer.companyId === product.companyId;
  }

  async versions(id: string): Promise<ProductVersionView[]> {
    const versions = await this.dataSource.getRepository(ProductVersion).find({ where: { productId: id }, order: { version: 'DESC' } });
    return versions.map((v) => ({ version: v.version, changedAt: v.changedAt.toISOString(), changedBy: v.changedBy, changes: v.changes }));
  }

  async companyProducts(companyId: string, query: PageQueryDto): Promise<Page<ProductSummary>> {
    const [rows, total] = await this.dataSource
      .getRepository(Product)
      .findAndCount({ where: { companyId }, order: { updatedAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    const images = await this.firstImages(rows.map((p) => p.id));
    return toPage(
      rows.map((p) => ({
        id: p.id,
        goodsId: p.goodsId,
        kind: p.kind,
        status: p.status,
        nameKo: p.nameKo,
        nameEn: p.nameEn,
        modelName: p.modelName,
        companyName: p.companyName,
        categoryCode: p.categoryCode,
        region: p.region,
        askingPrice: p.askingPrice,
        imageUrl: images.get(p.id) ?? null,
        designatingBody: p.designatingBody,
        designatedOn: p.designatedOn,
        validUntil: p.validUntil,
      })),
      total,
      query,
    );
  }

  async addFile(actor: Actor, productId: string, part: UploadedPart, purpose: typeof FilePurpose.PRODUCT_IMAGE | typeof FilePurpose.PRODUCT_DOCUMENT): Promise<StoredFileView> {
    const image = purpose === FilePurpose.PRODUCT_IMAGE;
    const file = await this.dataSource.transaction(async (manager) => {
      const product = await manager.findOne(Product, { where: { id: productId }, lock: { mode: 'pessimistic_write' } });
      if (!product) throw new NotFoundError('product', productId);
      const count = await manager.countBy(StoredFile, { productId, purpose });
      if (count >= (image ? MAX_IMAGES : MAX_DOCUMENTS)) throw new ConflictError(`A product has at most ${image ? MAX_IMAGES : MAX_DOCUMENTS} ${image ? 'images' : 'documents'}`, 'TOO_MANY_FILES', undefined, { max: image ? MAX_IMAGES : MAX_DOCUMENTS });
      const stored = await this.uploads.store(
        manager,
        part,
        image ? { accept: IMAGE_TYPES, maxBytes: IMAGE_MAX_BYTES } : { accept: DOCUMENT_TYPES, maxBytes: DOCUMENT_MAX_BYTES },
        { purpose, companyId: product.companyId, productId, uploadedBy: actor.userId },
      );
      await manager.update(StoredFile, stored.id, { position: count });
      await this.audit.record(manager, actor, {
        action: image ? 'product.image_added' : 'product.document_added',
        entityType: 'product',
        entityId: productId,
        data: { fileId: stored.id, name: stored.downloadName, size: stored.size, sha256: stored.sha256 },
      });
      return stored;
    });
    return toFileView(file);
  }

  async removeFile(actor: Actor, productId: string, fileId: string): Promise<void> {
    const file = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOneBy(StoredFile, { id: fileId, productId });
      if (!stored) throw new NotFoundError('file', fileId);
      await manager.delete(StoredFile, stored.id);
      await this.audit.record(manager, actor, {
        action: 'product.file_removed',
        entityType: 'product',
        entityId: productId,
        data: { fileId, name: stored.downloadName, sha256: stored.sha256 },
      });
      return stored;
    });
    await this.uploads.remove(file);
  }

  private async insertProduct(
    manager: EntityManager,
    company: Company,
    input: ProductInputDto,
    categoryPath: string[],
    designation: Partial<Product> & Pick<Product, 'kind' | 'status'>,
  ): Promise<Product> {
    const [{ goods_id }] = await manager.query(`SELECT lpad(nextval('product_goods_id_seq')::text, 8, '0') AS goods_id`);
    const product = manager.create(Product, {
      ...Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, input[f]])),
      goodsId: goods_id,
      companyId: company.id,
      companyName: company.name,
      categoryPath,
      designatingBody: null,
      certificateNumber: null,
      designationNumber: null,
      designatedOn: null,
      validUntil: null,
      ...designation,
    });
    product.filterTags = filterTagsOf(product);
    return manager.save(product);
  }

  private async findOrRegisterCompany(manager: EntityManager, registration: Type1ProductDto['company'], actor: Actor, audit: boolean): Promise<Company> {
    const businessNumber = normalizeBusinessNumber(registration.businessNumber)!;
    const existing = await manager.findOneBy(Company, { businessNumber });
    if (existing) return existing;
    // Two rows of one import naming the same new company: the unique number decides, the loser reads.
    await manager.query(
      `INSERT INTO companies (name, business_number, size, region) VALUES ($1, $2, $3, $4) ON CONFLICT (business_number) DO NOTHING`,
      [registration.name, businessNumber, registration.size, registration.region],
    );
    const company = await manager.findOneByOrFail(Company, { businessNumber });
    if (audit) await this.audit.record(manager, actor, {
      action: 'company.registered',
      entityType: 'company',
      entityId: company.id,
      data: { name: company.name, businessNumber, source: 'type1-record' },
    });
    return company;
  }

  private async categoryPathOrFail(code: string): Promise<string[]> {
    const path = await this.categories.pathOf(code);
    if (!path) throw new InvalidInputError('categoryCode', `categoryCode ${code} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code }));
    return path;
  }

  private recordPrice(manager: EntityManager, product: Product, changedBy: string | null) {
    return manager.insert(ProductPrice, { productId: product.id, price: product.askingPrice, changedBy });
  }

  private async priceHistory(manager: EntityManager, productId: string) {
    const prices = await manager.find(ProductPrice, { where: { productId }, order: { changedAt: 'ASC', id: 'ASC' } });
    return prices.map((p) => ({ price: p.price, changedAt: p.changedAt.toISOString() }));
  }

  /** Products in force of the same middle category, nearest in price first. */
  private async similar(manager: EntityManager, product: Product): Promise<ProductSummary[]> {
    const category = product.categoryPath[Math.min(1, product.categoryPath.length - 1)];
    const { text, values } = similarProductsSql(category, product.askingPrice, product.id, SIMILAR_COUNT);
    const rows: Record<string, unknown>[] = await manager.query(text, values);
    return rows.map(toSummaryFromRow);
  }

  /** Only products of the same small category are alike enough to compare prices with (a purifier is not a dust sensor). */
  private async priceComparison(manager: EntityManager, product: Product): Promise<PriceComparison> {
    const small = product.categoryPath[2];
    if (!small) return { count: 0, median: null };
    const { text, values } = smallCategoryPricesSql(small, product.id);
    const [row]: { count: number; median: number | null }[] = await manager.query(text, values);
    return { count: row.count, median: row.count >= PRICE_COMPARISON_MIN ? Math.round(Number(row.median)) : null };
  }

  private async firstImages(productIds: string[]): Promise<Map<string, string>> {
    if (productIds.length === 0) return new Map();
    const images = await this.dataSource
      .getRepository(StoredFile)
      .find({ where: { productId: In(productIds), purpose: FilePurpose.PRODUCT_IMAGE }, order: { position: 'ASC', createdAt: 'ASC' } });
    const first = new Map<string, string>();
    for (const image of images) if (!first.has(image.productId!)) first.set(image.productId!, toFileView(image).url);
    return first;
  }

  private async view(product: Product, manager = this.dataSource.manager): Promise<ProductView> {
    const [categoryPath, files, company, designation, heldBefore] = await Promise.all([
      this.categories.refs(product.categoryPath),
      manager.findBy(StoredFile, { productId: product.id }),
      manager.findOneByOrFail(Company, { id: product.companyId }),
      currentDesignation(manager, product.id),
      yearsHeldBefore(manager, product.id),
    ]);
    const terms = designation ? { terms: designation.terms, nextExtensionYears: nextExtensionYears(designation.terms, designation.extensionStage, heldBefore + designation.years) } : { terms: null, nextExtensionYears: null };
    return toProductView(product, categoryPath, files, company.region, terms);
  }
}
