import type { ProductSummary, ProductView } from '@inno/contracts';
import { toFileView } from '../storage/uploads.service';
import { FilePurpose, type StoredFile } from '../storage/stored-file.entity';
import type { Product } from './product.entity';

export function toProductView(product: Product, categoryPath: ProductView['categoryPath'], files: StoredFile[], companyRegion: string): ProductView {
  const byPosition = (a: StoredFile, b: StoredFile) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime();
  return {
    id: product.id,
    goodsId: product.goodsId,
    kind: product.kind,
    status: product.status,
    company: { id: product.companyId, name: product.companyName, region: companyRegion },
    nameKo: product.nameKo,
    nameEn: product.nameEn,
    modelName: product.modelName,
    description: product.description,
    categoryCode: product.categoryCode,
    categoryPath,
    goodsClassNo: product.goodsClassNo,
    detailItemNo: product.detailItemNo,
    tradingUnit: product.tradingUnit,
    askingPrice: product.askingPrice,
    certifications: product.certifications,
    patents: product.patents,
    trl: product.trl,
    region: product.region,
    images: files.filter((f) => f.purpose === FilePurpose.PRODUCT_IMAGE).sort(byPosition).map((f) => toFileView(f)),
    documents: files.filter((f) => f.purpose === FilePurpose.PRODUCT_DOCUMENT).sort(byPosition).map((f) => toFileView(f)),
    designation: product.designatedOn
      ? {
          designatingBody: product.designatingBody ?? '',
          certificateNumber: product.certificateNumber,
          designationNumber: product.designationNumber,
          designatedOn: product.designatedOn,
          validUntil: product.validUntil!,
          extensionStage: product.extensionStage,
        }
      : null,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** A search row (snake_case from catalogSearchSql) as the summary the catalogue shows. */
export function toSummaryFromRow(row: Record<string, unknown>): ProductSummary {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    id: String(row.id),
    goodsId: String(row.goods_id),
    kind: row.kind as ProductSummary['kind'],
    status: row.status as ProductSummary['status'],
    nameKo: String(row.name_ko),
    nameEn: String(row.name_en),
    modelName: String(row.model_name),
    companyName: String(row.company_name),
    categoryCode: String(row.category_code),
    region: String(row.region),
    askingPrice: Number(row.asking_price),
    imageUrl: row.image_id ? `/api/v1/files/${row.image_id}` : null,
    designatingBody: (row.designating_body as string | null) ?? null,
    designatedOn: date(row.designated_on),
    validUntil: date(row.valid_until),
  };
}
