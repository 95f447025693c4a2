import { Injectable } from '@nestjs/common';
import type { CategoryRef, CategoryView } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { Category } from './category.entity';

/** The taxonomy is small reference data: read once, then answered from memory. */
@Injectable()
export class CategoriesService {
  private loaded?: Promise<Map<string, Category>>;

  constructor(private readonly dataSource: DataSource) {}

  private all(): Promise<Map<string, Category>> {
    this.loaded ??= this.dataSource
      .getRepository(Category)
      .find({ order: { level: 'ASC', position: 'ASC' } })
      .then((rows) => new Map(rows.map((c) => [c.code, c])));
    return this.loaded;
  }

  async tree(): Promise<CategoryView[]> {
    const all = [...(await this.all()).values()];
    const build = (parentCode: string | null): CategoryView[] =>
      all
        .filter((c) => c.parentCode === parentCode)
        .map((c) => ({ code: c.code, nameKo: c.nameKo, nameEn: c.nameEn, level: c.level, parentCode: c.parentCode, children: build(c.code) }));
    return build(null);
  }

  async exists(code: string): Promise<boolean> {
    return (await this.all()).has(code);
  }

  /** The codes from the large category down to `code`, or null for an unknown code. */
  async pathOf(code: string): Promise<string[] | null> {
    const all = await this.all();
    const path: string[] = [];
    for (let current = all.get(code); current; current = current.parentCode ? all.get(current.parentCode) : undefined) {
      path.unshift(current.code);
    }
    return path.length ? path : null;
  }

  async refs(path: string[]): Promise<CategoryRef[]> {
    const all = await this.all();
    return path.map((code) => all.get(code)!).map(({ code, nameKo, nameEn }) => ({ code, nameKo, nameEn }));
  }
}
