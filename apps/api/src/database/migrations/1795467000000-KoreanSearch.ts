import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `SEARCH_LETTERS` of libs/contracts/src/search-text.ts as it was when this migration was written. */
const LETTERS = '0-9a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u3040-\\u30ff\\u3131-\\u318e\\u4e00-\\u9fff\\uac00-\\ud7a3';
const LISTED = `status IN ('DESIGNATED', 'EXTENDED')`;

/**
 * Korean search (docs/performance.md): text compared compacted, so a word is found inside a compound
 * and spacing does not matter, with its character bigrams in the catalogue's GIN index instead of
 * pg_trgm's trigrams (a two-syllable word has no trigram inside a compound, and pg_trgm sees no
 * Hangul under the `C` ctype). The functions are the normalisation of libs/contracts' search-text.ts,
 * code points only, so they give the same result under every locale; any table can call them.
 */
export class KoreanSearch1795467000000 implements MigrationInterface {
  name = 'KoreanSearch1795467000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_words(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN btrim(regexp_replace(lower(normalize(t, NFC)), '[^${LETTERS}]+', ' ', 'g'))`);
    await queryRunner.query(`CREATE FUNCTION search_compact(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN replace(search_words(t), ' ', '')`);
    // 초성 of the Hangul syllables, by code point: (c - 0xAC00) / 588 is the initial's index.
    await queryRunner.query(`CREATE FUNCTION search_initials(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      BEGIN ATOMIC
        SELECT coalesce(string_agg(substr('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ', (ascii(c) - 44032) / 588 + 1, 1), '' ORDER BY i), '')
        FROM regexp_split_to_table(t, '') WITH ORDINALITY AS s(c, i) WHERE ascii(c) BETWEEN 44032 AND 55203;
      END`);
    // The distinct two-character pieces of a compact text; a space separates texts that must not run together.
    // Each word's pairs from its first and from its second character: substr(t, i, 2) over every i is
    // quadratic in multibyte text (1.9 ms a product against 0.6).
    await queryRunner.query(`CREATE FUNCTION search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      BEGIN ATOMIC
        SELECT coalesce(array_agg(DISTINCT m[1]), '{}') FROM regexp_split_to_table(t, ' ') AS w,
          LATERAL (SELECT regexp_matches(w, '..', 'g') UNION ALL SELECT regexp_matches(substr(w, 2), '..', 'g')) AS x(m);
      END`);
    await queryRunner.query(`ALTER TABLE "products" ADD "search_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "products" ADD "search_grams" text array NOT NULL DEFAULT '{}'`);
    // search_name: the name, English name and model as words (ranking: in the name, as a whole word);
    // search_text: each field compacted, then the name's initials; search_grams: its bigrams, and the
    // bigrams of the compacted name marked by a leading space (no text bigram has one), so that
    // "every word in the name" is an index lookup too.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION products_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ko text := search_words(NEW.name_ko);
        en text := search_words(NEW.name_en);
        model text := search_words(NEW.model_name);
      BEGIN
        NEW.search_name := ' ' || concat_ws(' ', nullif(ko, ''), nullif(en, ''), nullif(model, '')) || ' ';
        NEW.search_text := concat_ws(' ', replace(ko, ' ', ''), replace(en, ' ', ''), replace(model, ' ', ''),
          search_compact(NEW.company_name), search_compact(NEW.description), search_initials(NEW.name_ko));
        NEW.search_grams := search_grams(NEW.search_text) || ARRAY(SELECT ' ' || g FROM unnest(search_grams(replace(NEW.search_name, ' ', ''))) AS g);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`UPDATE "products" SET "name_ko" = "name_ko"`);
    await queryRunner.query(`ALTER TABLE "products" ALTER COLUMN "search_name" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "products" ALTER COLUMN "search_grams" DROP DEFAULT`);
    await queryRunner.query(`DROP INDEX "idx_products_catalogue_search"`);
    await queryRunner.query(`CREATE INDEX "idx_products_catalogue_search" ON "products" USING gin ("search_grams", "filter_tags") WHERE ${LISTED}`);
    await queryRunner.query(
      `CREATE TABLE "search_synonyms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "words" text array NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_search_synonyms" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "search_synonyms" ("words") VALUES ('{드론,무인기}'), ('{cctv,폐쇄회로}'), ('{공기청정기,공기정화기}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_synonyms"`);
    await queryRunner.query(`DROP INDEX "idx_products_catalogue_search"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION products_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(' ' || NEW.name_ko || ' ' || NEW.name_en || ' ' || NEW.model_name || ' ' || NEW.company_name || ' ' || NEW.description);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`UPDATE "products" SET "name_ko" = "name_ko"`);
    await queryRunner.query(`CREATE INDEX "idx_products_catalogue_search" ON "products" USING gin ("search_text" gin_trgm_ops, "filter_tags") WHERE ${LISTED}`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "search_grams"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "search_name"`);
    await queryRunner.query(`DROP FUNCTION search_grams(text)`);
    await queryRunner.query(`DROP FUNCTION search_initials(text)`);
    await queryRunner.query(`DROP FUNCTION search_compact(text)`);
    await queryRunner.query(`DROP FUNCTION search_words(text)`);
  }
}
