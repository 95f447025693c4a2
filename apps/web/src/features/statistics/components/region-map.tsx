import { KOREAN_REGIONS } from '@inno/contracts';
import { useStatisticsTranslation } from './statistics-i18n';

type Region = (typeof KOREAN_REGIONS)[number];

/** Each 시·도 as one tile, placed roughly where it lies (column west to east, row north to south). */
const TILES: Record<Region, [column: number, row: number]> = {
  경기도: [1, 0],
  강원특별자치도: [2, 0],
  인천광역시: [0, 1],
  서울특별시: [1, 1],
  충청북도: [2, 1],
  경상북도: [3, 1],
  충청남도: [0, 2],
  세종특별자치시: [1, 2],
  대전광역시: [2, 2],
  대구광역시: [3, 2],
  울산광역시: [4, 2],
  전북특별자치도: [1, 3],
  경상남도: [2, 3],
  부산광역시: [3, 3],
  광주광역시: [0, 4],
  전라남도: [1, 4],
  제주특별자치도: [0, 5],
};

const SIZE = 64;
const GAP = 4;
/** Light to dark: five steps of the primary blue; the darker two take white text (each pair above 4.5:1). */
const SHADES = ['#e8f1fb', '#b9d3f0', '#6fa3dc', '#2f6fb8', '#0b3f7a'];

/**
 * A tile-grid map of the 17 provinces and metropolitan cities, each shaded by its count. Drawn in
 * SVG (no map data to fetch); a picture only, the table beside it lists every region.
 */
export function RegionMap({ counts }: { counts: { key: string; count: number }[] }) {
  const { t } = useStatisticsTranslation();
  const top = Math.max(1, ...counts.map((c) => c.count));
  const countOf = (region: string) => counts.find((c) => c.key === region)?.count ?? 0;
  const shade = (count: number) => (count === 0 ? 0 : 1 + Math.min(3, Math.floor((count / top) * 4 - 1e-9)));
  const width = 5 * (SIZE + GAP);
  const height = 6 * (SIZE + GAP);
  return (
    <svg className="region-map" viewBox={`0 0 ${width} ${height}`} role="presentation" data-testid="region-map">
      {KOREAN_REGIONS.map((region) => {
        const [column, row] = TILES[region];
        const count = countOf(region);
        const step = shade(count);
        const x = column * (SIZE + GAP);
        const y = row * (SIZE + GAP);
        return (
          <g key={region} data-region={region} data-count={count}>
            <rect x={x} y={y} width={SIZE} height={SIZE} rx={6} fill={SHADES[step]} stroke="#1b1f24" strokeOpacity={0.15} />
            <text x={x + SIZE / 2} y={y + 26} textAnchor="middle" className="region-map__name" fill={step >= 3 ? '#fff' : '#1b1f24'}>
              {t(`regionShort.${region}`)}
            </text>
            <text x={x + SIZE / 2} y={y + 46} textAnchor="middle" className="region-map__count" fill={step >= 3 ? '#fff' : '#1b1f24'}>
              {count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
