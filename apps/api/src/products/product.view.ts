import type { DesignationView, ProductView } from '@inno/contracts';
import { toFileView } from '../storage/uploads.service';
import { FilePurpose, type StoredFile } from '../storage/stored-file.entity';
import type { Product } from './product.entity';

export function toProductView(
  product: Product,
  categoryPath: ProductView['categoryPath'],
  files: StoredFile[],
  companyRegion: string,
  current: Pick<DesignationView, 'terms' | 'nextExtensionYears'>,
): ProductView {
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
          ...current,
        }
      : null,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
