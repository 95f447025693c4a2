import { Injectable } from '@nestjs/common';
import { UserStatus, type CompanyDocumentView, type CompanyMemberView, type CompanyView } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { RequestValidationError, validateInput } from '../common/validation';
import { Product } from '../products/product.entity';
import { CatalogueService } from '../products/catalogue.service';
import { DOCUMENT_MAX_BYTES, IMAGE_TYPES, DOCUMENT_TYPES } from '../storage/file-type';
import { FilePurpose, StoredFile } from '../storage/stored-file.entity';
import { toFileView, UploadsService, type UploadedPart } from '../storage/uploads.service';
import { User } from '../users/user.entity';
import { CompanyDocument } from './company-document.entity';
import { Company } from './company.entity';
import { CompanyDocumentFieldsDto, type CompanyProfileUpdateDto } from './dto/company.dto';

export const toCompanyView = (c: Company): CompanyView & { certifications: string[] } => ({
  id: c.id,
  name: c.name,
  businessNumber: c.businessNumber,
  size: c.size,
  region: c.region,
  address: c.address,
  representative: c.representative,
  certifications: c.certifications,
  sanctionedUntil: c.sanctionedUntil,
});

const toMemberView = (u: User): CompanyMemberView => ({ userId: u.id, name: u.name, email: u.email, status: u.status, companyAdmin: u.companyAdmin });

@Injectable()
export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly uploads: UploadsService,
    private readonly catalogue: CatalogueService,
  ) {}

  async get(id: string) {
    const company = await this.dataSource.getRepository(Company).findOneBy({ id });
    if (!company) throw new NotFoundError('company', id);
    return toCompanyView(company);
  }

  /** Only the company's administrator edits it (operators and admins through their own tools). */
  private async assertAdministrator(actor: Actor, companyId: string): Promise<void> {
    if (actor.companyId !== companyId) return; // staff: the route's policy already allowed them
    const user = await this.dataSource.getRepository(User).findOneBy({ id: actor.userId });
    if (!user?.companyAdmin) throw new ForbiddenError('Only the company’s administrator may do this', 'NOT_COMPANY_ADMIN');
  }

  async update(actor: Actor, id: string, dto: CompanyProfileUpdateDto) {
    await this.assertAdministrator(actor, id);
    const company = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Company, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('company', id);
      const changes = Object.fromEntries(
        Object.entries(dto)
          .filter(([field, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(current[field as keyof Company]))
          .map(([field, value]) => [field, { from: current[field as keyof Company], to: value }]),
      );
      if (Object.keys(changes).length === 0) return current;
      const updated = await manager.save(manager.merge(Company, current, dto));
      // The catalogue searches the company's name with each product's text.
      if (changes.name) await manager.update(Product, { companyId: id }, { companyName: updated.name });
      await this.audit.record(manager, actor, { action: 'company.updated', entityType: 'company', entityId: id, data: { changes } });
      await this.catalogue.invalidate(manager);
      return updated;
    });
    return toCompanyView(company);
  }

  async members(id: string): Promise<CompanyMemberView[]> {
    const users = await this.dataSource.getRepository(User).find({ where: { companyId: id }, order: { createdAt: 'ASC' } });
    return users.map(toMemberView);
  }

  /** The administrator admits (or turns away) a user who signed up with the company's business number. */
  async decideMember(actor: Actor, companyId: string, userId: string, approve: boolean): Promise<CompanyMemberView> {
    await this.assertAdministrator(actor, companyId);
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(User, { where: { id: userId, companyId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw new NotFoundError('member', userId);
      if (member.status !== UserStatus.PENDING) {
        throw new ConflictError(`This member is ${member.status}: only a pending request can be decided`, 'WRONG_STATE', undefined, { status: member.status });
      }
      const to = approve ? UserStatus.ACTIVE : UserStatus.REJECTED;
      await manager.update(User, member.id, { status: to });
      await this.audit.record(manager, actor, {
        action: approve ? 'company.member_approved' : 'company.member_rejected',
        entityType: 'user',
        entityId: member.id,
        fromState: member.status,
        toState: to,
        data: { companyId },
      });
      return toMemberView({ ...member, status: to });
    });
  }

  async documents(companyId: string): Promise<CompanyDocumentView[]> {
    const documents = await this.dataSource
      .getRepository(CompanyDocument)
      .find({ where: { companyId }, relations: { file: true }, order: { createdAt: 'DESC' } });
    return documents.map((d) => this.toDocumentView(d));
  }

  async addDocument(actor: Actor, companyId: string, part: UploadedPart): Promise<CompanyDocumentView> {
    const { value: fields, details, detailCodes } = await validateInput(CompanyDocumentFieldsDto, part.fields);
    if (Object.keys(details).length) throw new RequestValidationError(details, detailCodes);
    const document = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Company, { id: companyId }))) throw new NotFoundError('company', companyId);
      const file = await this.uploads.store(
        manager,
        part,
        { accept: [...DOCUMENT_TYPES, ...IMAGE_TYPES], maxBytes: DOCUMENT_MAX_BYTES },
        { purpose: FilePurpose.COMPANY_DOCUMENT, companyId, uploadedBy: actor.userId },
      );
      const saved = await manager.save(
        manager.create(CompanyDocument, {
          companyId,
          kind: fields.kind,
          title: fields.title,
          number: fields.number ?? null,
          expiresOn: fields.expiresOn ?? null,
          fileId: file.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'company.document_added',
        entityType: 'company',
        entityId: companyId,
        data: { documentId: saved.id, kind: saved.kind, title: saved.title, sha256: file.sha256 },
      });
      return Object.assign(saved, { file });
    });
    return this.toDocumentView(document);
  }

  async removeDocument(actor: Actor, companyId: string, documentId: string): Promise<void> {
    const file = await this.dataSource.transaction(async (manager) => {
      const document = await manager.findOne(CompanyDocument, { where: { id: documentId, companyId }, relations: { file: true } });
      if (!document) throw new NotFoundError('document', documentId);
      await manager.delete(CompanyDocument, document.id);
      await manager.delete(StoredFile, document.fileId);
      await this.audit.record(manager, actor, {
        action: 'company.document_removed',
        entityType: 'company',
        entityId: companyId,
        data: { documentId, title: document.title },
      });
      return document.file!;
    });
    await this.uploads.remove(file);
  }

  async documentFile(companyId: string, documentId: string): Promise<StoredFile> {
    const document = await this.dataSource.getRepository(CompanyDocument).findOne({ where: { id: documentId, companyId }, relations: { file: true } });
    if (!document) throw new NotFoundError('document', documentId);
    return document.file!;
  }

  private toDocumentView(d: CompanyDocument): CompanyDocumentView {
    return {
      id: d.id,
      kind: d.kind,
      title: d.title,
      number: d.number,
      expiresOn: d.expiresOn,
      file: toFileView(d.file!, `/api/v1/companies/${d.companyId}/documents/${d.id}/file`),
      createdAt: d.createdAt.toISOString(),
    };
  }
}
