import type { CategoryRef, CategoryView } from '@inno/contracts';

/** A category's name in the current language. */
export function categoryName(category: Pick<CategoryRef, 'nameKo' | 'nameEn'>, language: string): string {
  return language === 'en' && category.nameEn ? category.nameEn : category.nameKo;
}

/** The path from the large category down to `code` (empty when the code is unknown). */
export function categoryPath(tree: readonly CategoryView[], code: string): CategoryView[] {
  for (const node of tree) {
    if (node.code === code) return [node];
    const below = categoryPath(node.children, code);
    if (below.length) return [node, ...below];
  }
  return [];
}

/** "Large › Middle › Small" in the current language; the bare code while the tree is unknown. */
export function categoryLabel(tree: readonly CategoryView[] | undefined, code: string, language: string): string {
  const path = tree ? categoryPath(tree, code) : [];
  return path.length ? path.map((node) => categoryName(node, language)).join(' › ') : code;
}
